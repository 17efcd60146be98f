package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.SKU_B;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.OrderStep;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PickupServiceCancelTest {

  /** Open states with the steps that lead there from a placed order. */
  static Stream<Arguments> openStates() {
    Consumer<PickupHarness> none = h -> {};
    Consumer<PickupHarness> accept = h -> h.service().accept(ORDER, NEAR, CommandId.of("a"));
    Consumer<PickupHarness> picking =
        accept.andThen(h -> h.service().startPicking(ORDER, NEAR, CommandId.of("p")));
    Consumer<PickupHarness> ready =
        accept.andThen(h -> h.service().markReady(ORDER, NEAR, CommandId.of("r")));
    Consumer<PickupHarness> arrived =
        ready.andThen(h -> h.service().checkIn(ORDER, CommandId.of("i"), Arrival.IN_STORE));
    return Stream.of(
        Arguments.of(OrderState.SOURCED, none),
        Arguments.of(OrderState.ACCEPTED, accept),
        Arguments.of(OrderState.PICKING, picking),
        Arguments.of(OrderState.READY_FOR_PICKUP, ready),
        Arguments.of(OrderState.CUSTOMER_ARRIVED, arrived));
  }

  @ParameterizedTest
  @MethodSource("openStates")
  void cancel_anyOpenStateReleasesStock(OrderState state, Consumer<PickupHarness> reach) {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    reach.accept(harness);
    assertThat(harness.order(ORDER).state()).isEqualTo(state);

    CommandResult result =
        harness
            .service()
            .cancel(
                ORDER, CommandId.of("cancel"), CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);

    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(result.order().state()).isEqualTo(OrderState.CANCELLED);
    assertThat(result.order().closedReason()).isEqualTo(ReasonCode.CUSTOMER_CANCELLED);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
  }

  @Test
  void cancel_byCustomerCarriesWhoAndWhy() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    CommandId command = CommandId.of("cancel");
    long before = harness.order(ORDER).version();

    harness.service().cancel(ORDER, command, CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);

    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.OrderCancelled(
                ORDER,
                NEAR,
                PickupHarness.START,
                command,
                before + 1,
                CancelledBy.CUSTOMER,
                ReasonCode.CUSTOMER_CANCELLED,
                Map.of(SKU_A, 2L, SKU_B, 1L)));
    List<Notification> cancelled = harness.notifier().deliveries(NotificationType.ORDER_CANCELLED);
    assertThat(cancelled).hasSize(1);
    assertThat(cancelled.get(0).details())
        .isEqualTo(Map.of("cancelledBy", "CUSTOMER", "reason", "CUSTOMER_CANCELLED"));
  }

  @Test
  void cancel_byStoreJournalsReason() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    ReasonCode damaged = new ReasonCode("ITEM_DAMAGED");

    harness.service().cancel(ORDER, CommandId.of("cancel"), CancelledBy.STORE, damaged);

    assertThat(harness.order(ORDER).closedReason()).isEqualTo(damaged);
    assertThat(harness.journal().of(ORDER))
        .filteredOn(m -> m.type() == InventoryMovement.Type.RELEASE)
        .extracting(InventoryMovement::reason)
        .containsOnly(damaged);
    assertThat(harness.events().ofType(OrderEvent.OrderCancelled.class).get(0).by())
        .isEqualTo(CancelledBy.STORE);
  }

  @Test
  void cancel_bySystem() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());

    harness
        .service()
        .cancel(ORDER, CommandId.of("cancel"), CancelledBy.SYSTEM, ReasonCode.SYSTEM_CANCELLED);

    OrderEvent.OrderCancelled event =
        harness.events().ofType(OrderEvent.OrderCancelled.class).get(0);
    assertThat(event.by()).isEqualTo(CancelledBy.SYSTEM);
    assertThat(event.reason()).isEqualTo(ReasonCode.SYSTEM_CANCELLED);
    assertThat(harness.notifier().deliveries(NotificationType.ORDER_CANCELLED).get(0).details())
        .containsEntry("cancelledBy", "SYSTEM");
  }

  @Test
  void cancel_afterShortPickReleasesHeld() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short"), Map.of(SKU_A, 1L));

    harness
        .service()
        .cancel(ORDER, CommandId.of("cancel"), CancelledBy.STORE, ReasonCode.STORE_CANCELLED);

    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.journal().units(ORDER, SKU_A, InventoryMovement.Type.RELEASE)).isEqualTo(1);
    assertThat(harness.events().ofType(OrderEvent.OrderCancelled.class).get(0).released())
        .isEqualTo(Map.of(SKU_A, 1L, SKU_B, 1L));
  }

  @Test
  void cancel_againIsAlreadyInState() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness
        .service()
        .cancel(
            ORDER, CommandId.of("cancel-1"), CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);
    PickupOrder cancelled = harness.order(ORDER);

    CommandResult again =
        harness
            .service()
            .cancel(ORDER, CommandId.of("cancel-2"), CancelledBy.STORE, ReasonCode.STORE_CANCELLED);

    assertThat(again.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(harness.order(ORDER)).isEqualTo(cancelled);
    assertThat(harness.journal().units(ORDER, SKU_A, InventoryMovement.Type.RELEASE)).isEqualTo(2);
    assertThat(harness.notifier().deliveries(NotificationType.ORDER_CANCELLED)).hasSize(1);
  }

  @Test
  void cancel_pickedUpOrderRejected() {
    PickupHarness harness = threeStores().build();
    harness.ready(nearbyOrder().build());
    harness.service().pickUpAll(ORDER, CommandId.of("handover"));
    PickupOrder pickedUp = harness.order(ORDER);

    assertThatThrownBy(
            () ->
                harness
                    .service()
                    .cancel(
                        ORDER,
                        CommandId.of("cancel"),
                        CancelledBy.CUSTOMER,
                        ReasonCode.CUSTOMER_CANCELLED))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.state()).isEqualTo(OrderState.PICKED_UP);
              assertThat(e.step()).isEqualTo(OrderStep.CANCEL);
            });
    assertThat(harness.order(ORDER)).isEqualTo(pickedUp);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
  }
}
