package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.FAR;
import static dev.bopis.core.service.ServiceFixtures.MID;
import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.SKU_B;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.PreparationRule;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.testing.PickupHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickupServiceStoreStepsTest {

  private static PickupPolicy policy(int maxRoutingAttempts, ShortPickPolicy shortPick) {
    return PickupPolicy.defaults()
        .withMaxRoutingAttempts(maxRoutingAttempts)
        .withShortPickPolicy(shortPick);
  }

  private static PickupPolicy withoutShipToHome() {
    return new PickupPolicy(
        3,
        Duration.ofMinutes(30),
        ShortPickPolicy.CONTINUE_WITH_AVAILABLE,
        HoldWindowPolicy.defaults(),
        PreparationRule.WITHIN_ONE_PERIOD,
        10,
        false,
        Duration.ofSeconds(30),
        Duration.ofHours(1));
  }

  @Test
  void accept_movesSourcedOrderToAccepted() {
    PickupHarness harness = threeStores().build();
    PickupOrder placed = harness.placed(nearbyOrder().build());
    CommandId command = CommandId.of("accept-1");
    harness.clock().advance(Duration.ofMinutes(5));

    CommandResult result = harness.service().accept(ORDER, NEAR, command);

    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(result.order().state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(result.order().version()).isEqualTo(placed.version() + 1);
    assertThat(result.order().outcomeOf(command)).contains(CommandOutcome.APPLIED);
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.StoreAccepted(
                ORDER,
                NEAR,
                PickupHarness.START.plus(Duration.ofMinutes(5)),
                command,
                placed.version() + 1));
    assertThat(harness.service().ordersInPreparation(NEAR)).isEqualTo(1);
    assertThat(result.order().dueAt()).isEmpty();
  }

  @Test
  void accept_byAnotherStoreThrowsAndChangesNothing() {
    PickupHarness harness = threeStores().build();
    PickupOrder placed = harness.placed(nearbyOrder().build());

    assertThatThrownBy(() -> harness.service().accept(ORDER, MID, CommandId.of("accept-1")))
        .isInstanceOf(WrongStoreException.class)
        .hasMessageContaining("ORDER-1")
        .hasMessageContaining("STORE-NEAR")
        .hasMessageContaining("STORE-MID");
    assertThat(harness.order(ORDER)).isEqualTo(placed);
  }

  @Test
  void accept_unknownOrderThrows() {
    PickupHarness harness = threeStores().build();

    assertThatThrownBy(() -> harness.service().accept(ORDER, NEAR, CommandId.of("accept-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORDER-1 not found");
  }

  @Test
  void reject_reroutesToNextNearestStore() {
    PickupHarness harness = threeStores().build();
    PickupOrder placed = harness.placed(nearbyOrder().build());
    CommandId command = CommandId.of("reject-1");

    CommandResult result = harness.service().reject(ORDER, NEAR, command, "no staff");

    PickupOrder order = result.order();
    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(order.state()).isEqualTo(OrderState.SOURCED);
    assertThat(order.storeId()).isEqualTo(MID);
    assertThat(order.rejectedBy()).containsExactly(NEAR);
    assertThat(order.stockSettled()).isTrue();
    assertThat(order.acknowledgeBy()).isEqualTo(PickupHarness.START.plus(Duration.ofMinutes(30)));
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.StoreRejected(
                ORDER,
                NEAR,
                PickupHarness.START,
                command,
                placed.version() + 1,
                "rejected by store: no staff",
                MID));
  }

  @Test
  void reject_movesTheReservationToTheNextStore() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());

    harness.service().reject(ORDER, NEAR, CommandId.of("reject-1"), "no staff");

    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.level("STORE-MID", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
    assertThat(harness.level("STORE-MID", "SKU-B")).isEqualTo(new StockLevel(10, 1, 0));
    assertThat(harness.journal().units(NEAR, SKU_A, InventoryMovement.Type.RELEASE)).isEqualTo(2);
    assertThat(harness.journal().of(ORDER))
        .filteredOn(m -> m.type() == InventoryMovement.Type.RELEASE)
        .allMatch(m -> m.reason().equals(ReasonCode.STORE_REJECTED));
  }

  @Test
  void reject_tellsTheNextStore() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());

    harness.service().reject(ORDER, NEAR, CommandId.of("reject-1"), "no staff");

    List<Notification> routed = harness.notifier().deliveries(NotificationType.ORDER_ROUTED);
    assertThat(routed).extracting(Notification::address).containsExactly("STORE-NEAR", "STORE-MID");
    assertThat(routed.get(1).details()).containsEntry("locationId", "STORE-MID");
  }

  @Test
  void reject_neverRoutesBackToAStoreThatRejected() {
    PickupHarness harness = threeStores().policy(policy(5, ShortPickPolicy.REROUTE)).build();
    harness.placed(nearbyOrder().build());

    harness.service().reject(ORDER, NEAR, CommandId.of("reject-1"), "busy");
    harness.service().reject(ORDER, MID, CommandId.of("reject-2"), "busy");
    CommandResult third = harness.service().reject(ORDER, FAR, CommandId.of("reject-3"), "busy");

    assertThat(third.order().state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(third.order().rejectedBy()).containsExactly(NEAR, MID, FAR);
    assertThat(harness.events().ofType(OrderEvent.StoreRejected.class))
        .extracting(OrderEvent.StoreRejected::nextStoreId)
        .containsExactly(MID, FAR, null);
  }

  @Test
  void reject_stopsAfterMaxRoutingAttemptsAsUnfulfillable() {
    PickupHarness harness = threeStores().policy(policy(2, ShortPickPolicy.REROUTE)).build();
    harness.placed(nearbyOrder().build());
    PickupOrder before =
        harness.service().reject(ORDER, NEAR, CommandId.of("reject-1"), "busy").order();
    CommandId last = CommandId.of("reject-2");

    CommandResult result = harness.service().reject(ORDER, MID, last, "busy");

    PickupOrder order = result.order();
    assertThat(order.state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(order.storeId()).isEqualTo(MID);
    assertThat(order.closedReason()).isEqualTo(ReasonCode.STORE_REJECTED);
    assertThat(order.closedAt()).isEqualTo(PickupHarness.START);
    assertThat(harness.events().causedBy(last))
        .containsExactly(
            new OrderEvent.StoreRejected(
                ORDER,
                MID,
                PickupHarness.START,
                last,
                before.version() + 1,
                "rejected by store: busy",
                null),
            new OrderEvent.OrderUnfulfillable(
                ORDER,
                MID,
                PickupHarness.START,
                last,
                before.version() + 1,
                "no pickup store left after 2 stores",
                true));
  }

  @Test
  void reject_unfulfillableReleasesEverythingAndOffersShipToHome() {
    PickupHarness harness = threeStores().policy(policy(2, ShortPickPolicy.REROUTE)).build();
    harness.placed(nearbyOrder().build());
    harness.service().reject(ORDER, NEAR, CommandId.of("reject-1"), "busy");

    harness.service().reject(ORDER, MID, CommandId.of("reject-2"), "busy");

    for (String store : List.of("STORE-NEAR", "STORE-MID", "STORE-FAR")) {
      assertThat(harness.level(store, "SKU-A")).as(store).isEqualTo(new StockLevel(10, 0, 0));
      assertThat(harness.level(store, "SKU-B")).as(store).isEqualTo(new StockLevel(10, 0, 0));
    }
    List<Notification> toCustomer =
        harness.notifier().deliveries().stream()
            .filter(n -> n.type().audience() == NotificationType.Audience.CUSTOMER)
            .toList();
    assertThat(toCustomer)
        .extracting(Notification::type)
        .containsExactly(NotificationType.ORDER_CANCELLED, NotificationType.SHIP_TO_HOME_OFFER);
    assertThat(toCustomer.get(0).details()).containsEntry("reason", "NO_PICKUP_STORE");
    assertThat(toCustomer.get(1).details()).containsEntry("lines", "SKU-A x 2, SKU-B x 1");
  }

  @Test
  void reject_unfulfillableWithoutShipToHomeSendsNoOffer() {
    PickupHarness harness =
        threeStores().policy(withoutShipToHome()).candidates(h -> r -> List.of(NEAR)).build();
    harness.placed(nearbyOrder().build());

    CommandResult result = harness.service().reject(ORDER, NEAR, CommandId.of("r"), "busy");

    assertThat(result.order().state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(harness.notifier().deliveries(NotificationType.SHIP_TO_HOME_OFFER)).isEmpty();
    assertThat(harness.events().ofType(OrderEvent.OrderUnfulfillable.class))
        .extracting(OrderEvent.OrderUnfulfillable::shipToHomeOffered)
        .containsExactly(false);
  }

  @Test
  void reject_noCandidateLeftEndsBeforeTheLimit() {
    PickupHarness harness = threeStores().candidates(h -> request -> List.of(NEAR)).build();
    harness.placed(nearbyOrder().build());

    CommandResult result = harness.service().reject(ORDER, NEAR, CommandId.of("r"), "busy");

    assertThat(result.order().state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(result.order().rejectedBy()).containsExactly(NEAR);
  }

  @Test
  void reject_fromAcceptedOrPickingAlsoReroutes() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.service().startPicking(ORDER, NEAR, CommandId.of("pick"));

    CommandResult result = harness.service().reject(ORDER, NEAR, CommandId.of("r"), "broken");

    assertThat(result.order().state()).isEqualTo(OrderState.SOURCED);
    assertThat(result.order().storeId()).isEqualTo(MID);
    assertThat(harness.service().ordersInPreparation(NEAR)).isZero();
  }

  @Test
  void runDue_unacknowledgedOrderMovesOnAfterTimeout() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    harness.clock().advance(Duration.ofMinutes(30));

    SchedulerRun run = harness.service().runDue();

    PickupOrder order = harness.order(ORDER);
    assertThat(run.acknowledgementTimeouts()).isEqualTo(1);
    assertThat(order.state()).isEqualTo(OrderState.SOURCED);
    assertThat(order.storeId()).isEqualTo(MID);
    assertThat(order.rejectedBy()).containsExactly(NEAR);
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isZero();
    assertThat(harness.level("STORE-MID", "SKU-A").reserved()).isEqualTo(2);
    OrderEvent.StoreRejected event = harness.events().ofType(OrderEvent.StoreRejected.class).get(0);
    assertThat(event.commandId()).isNull();
    assertThat(event.reason()).isEqualTo("not acknowledged by 2025-03-03T09:30:00Z");
    assertThat(event.nextStoreId()).isEqualTo(MID);
  }

  @Test
  void runDue_beforeAcknowledgementDeadlineChangesNothing() {
    PickupHarness harness = threeStores().build();
    PickupOrder placed = harness.placed(nearbyOrder().build());
    harness.clock().advance(Duration.ofMinutes(29));

    SchedulerRun run = harness.service().runDue();

    assertThat(run.acknowledgementTimeouts()).isZero();
    assertThat(harness.order(ORDER)).isEqualTo(placed);
  }

  @Test
  void runDue_acceptedOrderIsNotTimedOut() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.clock().advance(Duration.ofHours(2));

    SchedulerRun run = harness.service().runDue();

    assertThat(run.acknowledgementTimeouts()).isZero();
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(harness.order(ORDER).storeId()).isEqualTo(NEAR);
  }

  @Test
  void runDue_timeoutAtLastStoreEndsUnfulfillable() {
    PickupHarness harness = threeStores().policy(policy(1, ShortPickPolicy.REROUTE)).build();
    harness.placed(nearbyOrder().build());
    harness.clock().advance(Duration.ofMinutes(31));

    harness.service().runDue();

    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isZero();
  }

  @Test
  void startPicking_movesAcceptedOrderToPicking() {
    PickupHarness harness = threeStores().build();
    PickupOrder accepted = harness.accepted(nearbyOrder().build());
    CommandId command = CommandId.of("pick-1");

    CommandResult result = harness.service().startPicking(ORDER, NEAR, command);

    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(result.order().state()).isEqualTo(OrderState.PICKING);
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.PickingStarted(
                ORDER, NEAR, PickupHarness.START, command, accepted.version() + 1));
    assertThat(harness.service().ordersInPreparation(NEAR)).isEqualTo(1);
  }

  @Test
  void reportShortPick_continueWritesOffMissingUnits() {
    PickupHarness harness = threeStores().build();
    PickupOrder accepted = harness.accepted(nearbyOrder().build());
    CommandId command = CommandId.of("short-1");

    CommandResult result =
        harness.service().reportShortPick(ORDER, NEAR, command, Map.of(SKU_A, 1L));

    PickupOrder order = result.order();
    assertThat(order.state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(order.shortPicked()).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(order.pickableQuantities()).isEqualTo(Map.of(SKU_A, 1L, SKU_B, 1L));
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(9, 1, 0));
    assertThat(harness.journal().units(ORDER, SKU_A, InventoryMovement.Type.WRITE_OFF))
        .isEqualTo(1);
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.ShortPicked(
                ORDER,
                NEAR,
                PickupHarness.START,
                command,
                accepted.version() + 1,
                List.of(new Shortage(SKU_A, 2, 1))));
  }

  @Test
  void reportShortPick_tellsTheCustomerWhatIsShort() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());

    harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short-1"), Map.of(SKU_A, 1L));

    List<Notification> shortPick = harness.notifier().deliveries(NotificationType.SHORT_PICK);
    assertThat(shortPick).hasSize(1);
    assertThat(shortPick.get(0).details()).containsEntry("shortLines", "SKU-A x 1");
    assertThat(shortPick.get(0).details()).containsEntry("remainingLines", "SKU-A x 1, SKU-B x 1");
  }

  @Test
  void reportShortPick_reportsAddUp() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short-1"), Map.of(SKU_A, 1L));

    CommandResult second =
        harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short-2"), Map.of(SKU_A, 1L));

    assertThat(second.order().shortPicked()).isEqualTo(Map.of(SKU_A, 2L));
    assertThat(second.order().pickableQuantities()).isEqualTo(Map.of(SKU_B, 1L));
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
  }

  @Test
  void reportShortPick_nothingLeftReroutesEvenWhenContinuing() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    CommandId command = CommandId.of("short-all");

    CommandResult result =
        harness.service().reportShortPick(ORDER, NEAR, command, Map.of(SKU_A, 2L, SKU_B, 1L));

    assertThat(result.order().state()).isEqualTo(OrderState.SOURCED);
    assertThat(result.order().storeId()).isEqualTo(MID);
    assertThat(result.order().shortPicked()).isEmpty();
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(harness.level("STORE-MID", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
    assertThat(harness.events().causedBy(command))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("ShortPicked", "StoreRejected");
  }

  @Test
  void reportShortPick_reroutePolicyMovesWholeOrder() {
    PickupHarness harness = threeStores().policy(policy(3, ShortPickPolicy.REROUTE)).build();
    PickupOrder accepted = harness.accepted(nearbyOrder().build());
    CommandId command = CommandId.of("short-1");

    CommandResult result =
        harness.service().reportShortPick(ORDER, NEAR, command, Map.of(SKU_A, 1L));

    PickupOrder order = result.order();
    assertThat(order.state()).isEqualTo(OrderState.SOURCED);
    assertThat(order.storeId()).isEqualTo(MID);
    assertThat(order.pickableQuantities()).isEqualTo(Map.of(SKU_A, 2L, SKU_B, 1L));
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.level("STORE-MID", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
    assertThat(harness.level("STORE-MID", "SKU-B")).isEqualTo(new StockLevel(10, 1, 0));
    List<OrderEvent> events = harness.events().causedBy(command);
    assertThat(events).hasSize(2);
    assertThat(events).extracting(OrderEvent::version).containsOnly(accepted.version() + 1);
    assertThat(harness.notifier().deliveries(NotificationType.SHORT_PICK)).isEmpty();
  }

  @Test
  void reportShortPick_invalidQuantityThrowsAndChangesNothing() {
    PickupHarness harness = threeStores().build();
    PickupOrder accepted = harness.accepted(nearbyOrder().build());

    assertThatThrownBy(
            () ->
                harness
                    .service()
                    .reportShortPick(ORDER, NEAR, CommandId.of("short-1"), Map.of(SKU_A, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("short pick of 3 x SKU-A")
        .hasMessageContaining("between 1 and 2");
    assertThatThrownBy(
            () ->
                harness
                    .service()
                    .reportShortPick(
                        ORDER, NEAR, CommandId.of("short-2"), Map.of(Sku.of("SKU-Z"), 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SKU-Z");
    assertThatThrownBy(
            () -> harness.service().reportShortPick(ORDER, NEAR, CommandId.of("s3"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lists no SKU");
    assertThat(harness.order(ORDER)).isEqualTo(accepted);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
  }

  @Test
  void reject_lateAnswerFromPreviousStoreIsRefused() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    harness.clock().advance(Duration.ofMinutes(30));
    harness.service().runDue();
    PickupOrder moved = harness.order(ORDER);

    assertThatThrownBy(() -> harness.service().accept(ORDER, NEAR, CommandId.of("late")))
        .isInstanceOf(WrongStoreException.class);
    assertThat(harness.order(ORDER)).isEqualTo(moved);
    assertThat(moved.storeId()).isEqualTo(MID);
  }

  @Test
  void accept_lateAnswerFromPreviousStoreIsRefusedAfterNewStoreAccepted() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    harness.clock().advance(Duration.ofMinutes(30));
    harness.service().runDue();
    harness.service().accept(ORDER, MID, CommandId.of("mid-accepts"));
    PickupOrder accepted = harness.order(ORDER);

    assertThatThrownBy(() -> harness.service().accept(ORDER, NEAR, CommandId.of("near-late")))
        .isInstanceOf(WrongStoreException.class);
    assertThat(harness.order(ORDER)).isEqualTo(accepted);
  }

  @Test
  void markReady_byAnotherStoreIsRefused() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());

    assertThatThrownBy(
            () -> harness.service().markReady(ORDER, StoreId.of("STORE-MID"), CommandId.of("x")))
        .isInstanceOf(WrongStoreException.class);
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(Instant.from(harness.clock().instant())).isEqualTo(PickupHarness.START);
  }
}
