package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Commands on one order from several threads at once: exactly one applies, stock balances. */
class ConcurrentCommandsTest {

  private static final int ROUNDS = 300;

  private static long count(List<Race.Outcome<CommandResult>> outcomes, CommandOutcome outcome) {
    return outcomes.stream()
        .filter(o -> o.returned() && o.value() != null && o.value().outcome() == outcome)
        .count();
  }

  @Test
  void cancelRacingPickUp_oneApplies() throws InterruptedException {
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
}
