package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Two nodes finishing the same order, such as a command and a scheduler run, both sent its
 * messages. A message must now be claimed in a stored version before it is sent.
 */
class ConcurrentDeliveryRegressionTest {

  private static final int ROUNDS = 100;

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
  void commandRacingScheduler_sendsTheReadyMessageOnce() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.accepted(nearbyOrder().build());
      List<Callable<Object>> racers =
          List.of(
              () -> harness.service().markReady(ORDER, NEAR, CommandId.of("ready")),
              () -> harness.service().runDue(),
              () -> harness.service().runDue());

      List<Race.Outcome<Object>> outcomes = Race.run(racers);

      assertThat(outcomes).allMatch(Race.Outcome::returned);
      assertThat(harness.notifier().attempts())
          .as("ready messages sent in round %d", round)
          .filteredOn(n -> n.type() == NotificationType.READY_FOR_PICKUP)
          .hasSize(1);
      assertThat(harness.order(ORDER).outbox()).isEmpty();
    }
  }
}
