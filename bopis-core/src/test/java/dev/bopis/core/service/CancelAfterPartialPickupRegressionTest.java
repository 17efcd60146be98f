package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cancel after a partial pickup released the whole allocation, collected units included, and a
 * redelivered cancel released again. Only what is still held may be released, and only once.
 */
class CancelAfterPartialPickupRegressionTest {

  private static final OrderId O1 = OrderId.of("O1");
  private static final OrderId O2 = OrderId.of("O2");
  private static final Sku P = Sku.of("P");
  private static final Sku Q = Sku.of("Q");

  private static PickupHarness store9() {
    return PickupHarness.builder()
        .start(Instant.parse("2025-02-03T09:00:00Z"))
        .store(TestStores.store("STORE-9").zone("Europe/Madrid"))
        .stock("STORE-9", "P", 100)
        .stock("STORE-9", "Q", 100)
        .stock("STORE-9", "R", 100)
        .build();
  }

  private static PickupOrder placeO1(PickupHarness harness) {
    return harness.ready(TestOrders.order("O1").line("P", 10).line("Q", 10).at("STORE-9").build());
  }

  @Test
  void place_reservesEveryLine() {
    PickupHarness harness = store9();

    placeO1(harness);

    assertThat(harness.level("STORE-9", "P")).isEqualTo(new StockLevel(100, 10, 0));
    assertThat(harness.level("STORE-9", "P").available()).isEqualTo(90);
    assertThat(harness.level("STORE-9", "Q")).isEqualTo(new StockLevel(100, 10, 0));
    assertThat(harness.level("STORE-9", "Q").available()).isEqualTo(90);
  }

  @Test
  void partialPickup_releasesRestAtOnce() {
    PickupHarness harness = store9();
    placeO1(harness);
    harness.clock().set(Instant.parse("2025-02-03T16:00:00Z"));

    PickupOrder order =
        harness.service().pickUp(O1, CommandId.of("partly"), Map.of(P, 7L, Q, 6L)).order();

    // The library closes a partial pickup at once, so nothing stays reserved for the rest.
    assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_PICKED_UP);
    assertThat(harness.level("STORE-9", "P")).isEqualTo(new StockLevel(93, 0, 0));
    assertThat(harness.level("STORE-9", "Q")).isEqualTo(new StockLevel(94, 0, 0));
  }

  @Test
  void cancelRest_twiceReleasesNothing() {
    PickupHarness harness = store9();
    placeO1(harness);
    harness.clock().set(Instant.parse("2025-02-03T16:00:00Z"));
    harness.service().pickUp(O1, CommandId.of("partly"), Map.of(P, 7L, Q, 6L));
    PickupOrder closed = harness.order(O1);
    CommandId cancelRest = CommandId.of("cancel-rest");

    harness.clock().set(Instant.parse("2025-02-03T16:05:00Z"));
    Throwable first = catchCancel(harness, O1, cancelRest);
    harness.clock().set(Instant.parse("2025-02-03T16:05:01Z"));
    Throwable second = catchCancel(harness, O1, cancelRest);

    assertThat(first).isInstanceOf(IllegalTransitionException.class);
    assertThat(second).isInstanceOf(IllegalTransitionException.class);
    assertThat(harness.order(O1)).isEqualTo(closed);
    assertThat(harness.level("STORE-9", "P")).isEqualTo(new StockLevel(93, 0, 0));
    assertThat(harness.level("STORE-9", "P").available()).isEqualTo(93);
    assertThat(harness.level("STORE-9", "Q")).isEqualTo(new StockLevel(94, 0, 0));
    assertThat(harness.level("STORE-9", "Q").available()).isEqualTo(94);
  }

  @Test
  void partialPickup_journalBalancesPerLine() {
    PickupHarness harness = store9();
    placeO1(harness);
    harness.service().pickUp(O1, CommandId.of("partly"), Map.of(P, 7L, Q, 6L));

    catchCancel(harness, O1, CommandId.of("cancel-rest"));

    assertThat(harness.journal().units(O1, P, InventoryMovement.Type.COLLECT)).isEqualTo(7);
    assertThat(harness.journal().units(O1, P, InventoryMovement.Type.RELEASE)).isEqualTo(3);
    assertThat(harness.journal().units(O1, Q, InventoryMovement.Type.COLLECT)).isEqualTo(6);
    assertThat(harness.journal().units(O1, Q, InventoryMovement.Type.RELEASE)).isEqualTo(4);
  }

  @Test
  void cancel_beforePickupReleasesHeld() {
    PickupHarness harness = store9();
    placeO1(harness);
    CommandId cancel = CommandId.of("cancel");

    harness.service().cancel(O1, cancel, CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);
    harness.service().cancel(O1, cancel, CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);

    assertThat(harness.journal().units(O1, P, InventoryMovement.Type.RELEASE)).isEqualTo(10);
    assertThat(harness.journal().units(O1, Q, InventoryMovement.Type.RELEASE)).isEqualTo(10);
    assertThat(harness.level("STORE-9", "P")).isEqualTo(new StockLevel(100, 0, 0));
  }

  @Test
  void cancel_completedOrderRejected() {
    PickupHarness harness = store9();
    harness.ready(TestOrders.order("O2").line("R", 5).at("STORE-9").build());
    harness.service().pickUpAll(O2, CommandId.of("pick-up"));

    Throwable refused = catchCancel(harness, O2, CommandId.of("cancel"));

    assertThat(refused)
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("order O2 is PICKED_UP");
    assertThat(harness.level("STORE-9", "R")).isEqualTo(new StockLevel(95, 0, 0));
    assertThat(harness.level("STORE-9", "R").available()).isEqualTo(95);
  }

  private static Throwable catchCancel(PickupHarness harness, OrderId order, CommandId command) {
    return catchThrowable(
        () ->
            harness
                .service()
                .cancel(order, command, CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED));
  }
}
