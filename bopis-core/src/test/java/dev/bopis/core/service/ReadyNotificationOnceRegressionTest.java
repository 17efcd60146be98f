package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.testing.MutableClock;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ready-for-pickup message went out again on every retry or repeat of the status change. It
 * must go out once, after the change is stored, and a failed send must be retried.
 */
class ReadyNotificationOnceRegressionTest {

  private static final OrderId O900 = OrderId.of("O-900");
  private static final StoreId STORE_3 = StoreId.of("STORE-3");
  private static final Instant AT_10_00 = Instant.parse("2025-10-05T23:00:00Z");

  private static PickupHarness sydney() {
    PickupHarness harness =
        PickupHarness.builder()
            .start(AT_10_00.minus(Duration.ofHours(1)))
            .store(TestStores.store("STORE-3").at(-33.8688, 151.2093).zone("Australia/Sydney"))
            .stock("STORE-3", "SKU-1", 5)
            .build();
    harness.accepted(TestOrders.order("O-900").line("SKU-1", 1).at("STORE-3").build());
    harness.clock().set(AT_10_00);
    return harness;
  }

  @Test
  void markReady_repeatedSendsOneMessage() {
    PickupHarness harness = sydney();

    CommandResult c1 = harness.service().markReady(O900, STORE_3, CommandId.of("c1"));
    harness.clock().set(AT_10_00.plusSeconds(2));
    CommandResult c2 = harness.service().markReady(O900, STORE_3, CommandId.of("c2"));
    harness.clock().set(AT_10_00.plus(Duration.ofMinutes(5)));
    CommandResult retry = harness.service().markReady(O900, STORE_3, CommandId.of("c1"));

    assertThat(c1.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(c2.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(retry.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
    assertThat(harness.order(O900).state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.notifier().attempts())
        .filteredOn(n -> n.type() == NotificationType.READY_FOR_PICKUP)
        .hasSize(1);
    assertThat(harness.order(O900).readyAt()).isEqualTo(AT_10_00);
  }

  @Test
  void markReady_notifierDownRetriedOnce() {
    PickupHarness harness = sydney();
    harness.notifier().failNext(1);

    CommandResult result = harness.service().markReady(O900, STORE_3, CommandId.of("c1"));
    for (int i = 0; i < 5; i++) {
      harness.clock().advance(Duration.ofMinutes(1));
      harness.service().runDue();
    }

    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(harness.order(O900).state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.notifier().attempts())
        .filteredOn(n -> n.type() == NotificationType.READY_FOR_PICKUP)
        .hasSize(2);
    assertThat(harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP)).hasSize(1);
    assertThat(harness.order(O900).outbox()).isEmpty();
  }

  @Test
  void markReady_sendsAfterStoringChange() {
    InMemoryOrderRepository orders = new InMemoryOrderRepository();
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE_3, Sku.of("SKU-1"), 5, 0);
    List<OrderState> storedStateAtSend = new ArrayList<>();
    PickupService service =
        PickupService.builder()
            .stores(
                new InMemoryStoreDirectory(
                    List.of(TestStores.store("STORE-3").zone("Australia/Sydney").build())))
            .inventory(inventory)
            .orders(orders)
            .candidates(request -> List.of(STORE_3))
            .clock(new MutableClock(AT_10_00))
            .notifier(
                (Notification n) -> {
                  if (n.type() == NotificationType.READY_FOR_PICKUP) {
                    storedStateAtSend.add(orders.find(n.orderId()).orElseThrow().state());
                  }
                })
            .build();
    service.place(TestOrders.order("O-900").line("SKU-1", 1).at("STORE-3").build());
    service.accept(O900, STORE_3, CommandId.of("accept"));

    service.markReady(O900, STORE_3, CommandId.of("c1"));

    assertThat(storedStateAtSend).containsExactly(OrderState.READY_FOR_PICKUP);
  }

  @Test
  void markReady_orderNotAcceptedCannotBeReady() {
    PickupHarness harness =
        PickupHarness.builder()
            .store(TestStores.store("STORE-3").zone("Australia/Sydney"))
            .stock("STORE-3", "SKU-1", 5)
            .build();
    harness.placed(TestOrders.order("O-900").line("SKU-1", 1).at("STORE-3").build());

    assertThatThrownBy(() -> harness.service().markReady(O900, STORE_3, CommandId.of("c1")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(harness.notifier().attempts())
        .filteredOn(n -> n.type() == NotificationType.READY_FOR_PICKUP)
        .isEmpty();
  }

  @Test
  void markReady_otherStoreIsRejected() {
    PickupHarness harness = sydney();

    assertThatThrownBy(
            () -> harness.service().markReady(O900, StoreId.of("STORE-4"), CommandId.of("c1")))
        .isInstanceOf(WrongStoreException.class);
    assertThat(harness.order(O900).state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP)).isEmpty();
  }
}
