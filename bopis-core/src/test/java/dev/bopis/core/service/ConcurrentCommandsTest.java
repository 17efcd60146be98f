package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Commands on one order from several threads at once: exactly one applies, stock balances. */
class ConcurrentCommandsTest {

  private static final int ROUNDS = 100;

  private static long count(List<Race.Outcome<CommandResult>> outcomes, CommandOutcome outcome) {
    return outcomes.stream()
        .filter(o -> o.returned() && o.value() != null && o.value().outcome() == outcome)
        .count();
  }

  private static long reservedEverywhere(PickupHarness harness) {
    long reserved = 0;
    for (Map.Entry<StoreId, Map<Sku, Long>> store : harness.initialStock().entrySet()) {
      for (Sku sku : store.getValue().keySet()) {
        reserved += harness.inventory().level(store.getKey(), sku).reserved();
      }
    }
    return reserved;
  }

  @Test
  void cancelRacingPickUp_exactlyOneAppliesAndStockBalances() throws InterruptedException {
    int pickedUp = 0;
    int cancelled = 0;
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.ready(nearbyOrder().build());
      List<Callable<CommandResult>> racers =
          List.of(
              () -> harness.service().pickUpAll(ORDER, CommandId.of("handover")),
              () ->
                  harness
                      .service()
                      .cancel(
                          ORDER,
                          CommandId.of("cancel"),
                          CancelledBy.CUSTOMER,
                          ReasonCode.CUSTOMER_CANCELLED));

      List<Race.Outcome<CommandResult>> outcomes = Race.run(racers);

      assertThat(count(outcomes, CommandOutcome.APPLIED)).as("round %d", round).isEqualTo(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.returned())
          .allMatch(o -> o.failure() instanceof IllegalTransitionException);
      PickupOrder order = harness.order(ORDER);
      long closing =
          harness.events().of(ORDER).stream()
              .filter(
                  e -> e instanceof OrderEvent.PickedUp || e instanceof OrderEvent.OrderCancelled)
              .count();
      assertThat(closing).isEqualTo(1);
      if (order.state() == OrderState.PICKED_UP) {
        pickedUp++;
        assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
        assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(9, 0, 0));
      } else {
        cancelled++;
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
        assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
      }
    }
    assertThat(pickedUp + cancelled).isEqualTo(ROUNDS);
  }

  @Test
  void sameCommandFromFourThreads_appliesOnce() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.accepted(nearbyOrder().build());
      List<Callable<CommandResult>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        racers.add(() -> harness.service().markReady(ORDER, NEAR, CommandId.of("ready")));
      }

      List<Race.Outcome<CommandResult>> outcomes = Race.run(racers);

      assertThat(outcomes).allMatch(Race.Outcome::returned);
      assertThat(count(outcomes, CommandOutcome.APPLIED)).isEqualTo(1);
      assertThat(count(outcomes, CommandOutcome.DUPLICATE)).isEqualTo(3);
      assertThat(harness.notifier().attempts())
          .filteredOn(n -> n.type() == NotificationType.READY_FOR_PICKUP)
          .hasSize(1);
    }
  }

  @Test
  void sameStepWithDifferentCommands_appliesOnce() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.accepted(nearbyOrder().build());
      List<Callable<CommandResult>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        CommandId id = CommandId.of("ready-" + i);
        racers.add(() -> harness.service().markReady(ORDER, NEAR, id));
      }

      List<Race.Outcome<CommandResult>> outcomes = Race.run(racers);

      assertThat(outcomes).allMatch(Race.Outcome::returned);
      assertThat(count(outcomes, CommandOutcome.APPLIED)).isEqualTo(1);
      assertThat(count(outcomes, CommandOutcome.ALREADY_IN_STATE)).isEqualTo(3);
      assertThat(harness.events().ofType(OrderEvent.ReadyForPickup.class)).hasSize(1);
    }
  }

  @Test
  void sameOrderIdPlacedFromFourThreads_placesOnce() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      PlaceOrder command = nearbyOrder().build();
      List<Callable<PlacementResult>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        racers.add(() -> harness.service().place(command));
      }

      List<Race.Outcome<PlacementResult>> outcomes = Race.run(racers);

      assertThat(outcomes).as("round %d", round).allMatch(Race.Outcome::returned);
      List<CommandOutcome> results =
          outcomes.stream().map(o -> ((PlacementResult.Placed) o.value()).outcome()).toList();
      assertThat(results).containsOnlyOnce(CommandOutcome.APPLIED);
      assertThat(results).filteredOn(r -> r == CommandOutcome.DUPLICATE).hasSize(3);
      assertThat(reservedEverywhere(harness)).isEqualTo(3);
      assertThat(harness.events().ofType(OrderEvent.OrderPlaced.class)).hasSize(1);
    }
  }

  @Test
  void runDueFromTwoNodes_expiresOnce() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.ready(nearbyOrder().build());
      harness.clock().advance(Duration.ofHours(72));
      List<Callable<SchedulerRun>> nodes =
          List.of(() -> harness.service().runDue(), () -> harness.service().runDue());

      List<Race.Outcome<SchedulerRun>> outcomes = Race.run(nodes);

      assertThat(outcomes).allMatch(Race.Outcome::returned);
      assertThat(outcomes.stream().mapToInt(o -> o.value().expired()).sum()).isEqualTo(1);
      assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.EXPIRED);
      assertThat(harness.events().ofType(OrderEvent.OrderExpired.class)).hasSize(1);
      assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
      assertThat(harness.notifier().keysDeliveredTwice()).isEmpty();
    }
  }

  @Test
  void cancelRacingReject_leavesNothingReserved() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.placed(nearbyOrder().build());
      List<Callable<CommandResult>> racers =
          List.of(
              () -> harness.service().reject(ORDER, NEAR, CommandId.of("reject"), "busy"),
              () ->
                  harness
                      .service()
                      .cancel(
                          ORDER,
                          CommandId.of("cancel"),
                          CancelledBy.CUSTOMER,
                          ReasonCode.CUSTOMER_CANCELLED));

      List<Race.Outcome<CommandResult>> outcomes = Race.run(racers);

      assertThat(outcomes)
          .as("round %d", round)
          .filteredOn(o -> !o.returned())
          .allMatch(
              o ->
                  o.failure() instanceof IllegalTransitionException
                      || o.failure() instanceof dev.bopis.core.order.WrongStoreException);
      assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.CANCELLED);
      assertThat(reservedEverywhere(harness)).as("reserved after round %d", round).isZero();
    }
  }
}
