package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.SKU_B;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickupServiceCollectionTest {

  private static final Instant READY_AT = PickupHarness.START.plus(Duration.ofHours(1));

  /** Places the order at the nearest store, accepts it and moves the clock one hour. */
  private static PickupHarness acceptedHarness(PickupMethod method) {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().method(method).build());
    harness.clock().set(READY_AT);
    return harness;
  }

  @Test
  void markReady_opensHoldWindow() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    CommandId command = CommandId.of("ready-1");

    CommandResult result = harness.service().markReady(ORDER, NEAR, command);

    PickupOrder order = result.order();
    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(order.state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(order.readyAt()).isEqualTo(READY_AT);
    assertThat(order.hold())
        .isEqualTo(new HoldWindow(READY_AT, READY_AT.plus(Duration.ofHours(72)), 0));
    assertThat(order.reminderTimes()).containsExactly(READY_AT.plus(Duration.ofHours(48)));
    assertThat(order.remindersSent()).isZero();
    assertThat(order.dueAt()).contains(READY_AT.plus(Duration.ofHours(48)));
  }

  @Test
  void markReady_sendsReadyMessage() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    CommandId command = CommandId.of("ready-1");
    long before = harness.order(ORDER).version();

    harness.service().markReady(ORDER, NEAR, command);

    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.ReadyForPickup(
                ORDER, NEAR, READY_AT, command, before + 1, READY_AT.plus(Duration.ofHours(72))));
    List<Notification> ready = harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP);
    assertThat(ready).hasSize(1);
    assertThat(ready.get(0).address()).isEqualTo("shopper@example.test");
    assertThat(ready.get(0).details()).containsEntry("pickupBy", "2025-03-06T10:00:00Z");
    assertThat(ready.get(0).details()).containsEntry("storeName", "Store STORE-NEAR");
    assertThat(ready.get(0).details()).containsEntry("lines", "SKU-A x 2, SKU-B x 1");
  }

  @Test
  void markReady_fromPickingWorksToo() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().startPicking(ORDER, NEAR, CommandId.of("pick"));

    CommandResult result = harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    assertThat(result.order().state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.service().ordersInPreparation(NEAR)).isZero();
  }

  @Test
  void markReady_keepsTheStockReserved() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);

    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 1, 0));
  }

  @Test
  void checkIn_recordsArrivalAndAlertsTheStore() {
    PickupHarness harness = acceptedHarness(PickupMethod.CURBSIDE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    Arrival arrival = Arrival.curbside("7", "blue hatchback");
    CommandId command = CommandId.of("here");
    long before = harness.order(ORDER).version();

    CommandResult result = harness.service().checkIn(ORDER, command, arrival);

    assertThat(result.order().state()).isEqualTo(OrderState.CUSTOMER_ARRIVED);
    assertThat(result.order().arrival()).isEqualTo(arrival);
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.CustomerArrived(ORDER, NEAR, READY_AT, command, before + 1, arrival));
    List<Notification> alerts = harness.notifier().deliveries(NotificationType.CUSTOMER_ARRIVED);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).address()).isEqualTo("STORE-NEAR");
    assertThat(alerts.get(0).details())
        .isEqualTo(Map.of("method", "CURBSIDE", "bay", "7", "vehicle", "blue hatchback"));
  }

  @Test
  void checkIn_inStoreArrivalHasNoBay() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    harness.service().checkIn(ORDER, CommandId.of("here"), Arrival.IN_STORE);

    assertThat(harness.notifier().deliveries(NotificationType.CUSTOMER_ARRIVED).get(0).details())
        .isEqualTo(Map.of("method", "IN_STORE"));
  }

  @Test
  void pickUpAll_collectsEverything() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    CommandId command = CommandId.of("handover");
    long before = harness.order(ORDER).version();

    CommandResult result = harness.service().pickUpAll(ORDER, command);

    PickupOrder order = result.order();
    assertThat(order.state()).isEqualTo(OrderState.PICKED_UP);
    assertThat(order.collected()).isEqualTo(Map.of(SKU_A, 2L, SKU_B, 1L));
    assertThat(order.closedReason()).isEqualTo(ReasonCode.COLLECTED);
    assertThat(order.closedAt()).isEqualTo(READY_AT);
    assertThat(order.stockSettled()).isTrue();
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.PickedUp(
                ORDER,
                NEAR,
                READY_AT,
                command,
                before + 1,
                Map.of(SKU_A, 2L, SKU_B, 1L),
                Map.of()));
  }

  @Test
  void pickUpAll_afterCheckIn() {
    PickupHarness harness = acceptedHarness(PickupMethod.CURBSIDE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    harness.service().checkIn(ORDER, CommandId.of("here"), Arrival.curbside("3", "van"));

    CommandResult result = harness.service().pickUpAll(ORDER, CommandId.of("handover"));

    assertThat(result.order().state()).isEqualTo(OrderState.PICKED_UP);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
  }

  @Test
  void pickUp_partialReleasesTheRest() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    CommandId command = CommandId.of("handover");

    CommandResult result = harness.service().pickUp(ORDER, command, Map.of(SKU_A, 1L));

    PickupOrder order = result.order();
    assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_PICKED_UP);
    assertThat(order.collected()).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(order.closedReason()).isEqualTo(ReasonCode.NOT_COLLECTED);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.journal().units(ORDER, SKU_A, InventoryMovement.Type.COLLECT)).isEqualTo(1);
    assertThat(harness.journal().units(ORDER, SKU_A, InventoryMovement.Type.RELEASE)).isEqualTo(1);
    assertThat(harness.journal().units(ORDER, SKU_B, InventoryMovement.Type.RELEASE)).isEqualTo(1);
    assertThat(harness.events().ofType(OrderEvent.PickedUp.class).get(0).released())
        .isEqualTo(Map.of(SKU_A, 1L, SKU_B, 1L));
  }

  @Test
  void pickUp_releaseCarriesNotCollectedReason() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    harness.service().pickUp(ORDER, CommandId.of("handover"), Map.of(SKU_A, 2L));

    assertThat(harness.journal().of(ORDER))
        .filteredOn(m -> m.type() == InventoryMovement.Type.RELEASE)
        .extracting(InventoryMovement::reason)
        .containsExactly(ReasonCode.NOT_COLLECTED);
  }

  @Test
  void pickUp_afterShortPick() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short"), Map.of(SKU_A, 1L));
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    CommandResult result = harness.service().pickUpAll(ORDER, CommandId.of("handover"));

    assertThat(result.order().state()).isEqualTo(OrderState.PICKED_UP);
    assertThat(result.order().collected()).isEqualTo(Map.of(SKU_A, 1L, SKU_B, 1L));
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(9, 0, 0));
  }

  @Test
  void pickUp_moreThanPreparedThrows() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    PickupOrder ready = harness.service().markReady(ORDER, NEAR, CommandId.of("ready")).order();

    assertThatThrownBy(
            () -> harness.service().pickUp(ORDER, CommandId.of("handover"), Map.of(SKU_A, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collected 3 x SKU-A")
        .hasMessageContaining("between 0 and 2");
    assertThat(harness.order(ORDER)).isEqualTo(ready);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
  }

  @Test
  void pickUp_unknownSkuThrows() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    assertThatThrownBy(
            () ->
                harness
                    .service()
                    .pickUp(ORDER, CommandId.of("handover"), Map.of(Sku.of("SKU-Z"), 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SKU-Z");
  }

  @Test
  void pickUp_nothingCollectedThrows() {
    PickupHarness harness = acceptedHarness(PickupMethod.IN_STORE);
    PickupOrder ready = harness.service().markReady(ORDER, NEAR, CommandId.of("ready")).order();

    assertThatThrownBy(
            () -> harness.service().pickUp(ORDER, CommandId.of("handover"), Map.of(SKU_A, 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collects nothing");
    assertThat(harness.order(ORDER)).isEqualTo(ready);
  }
}
