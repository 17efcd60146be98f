package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.calendar.HoldPolicy;
import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.Reminder;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.EventRecorder;
import dev.bopis.core.testing.PickupHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

  @Test
  void failingNotifier_doesNotBreakTheCommand() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.notifier().down();

    CommandResult result = harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(result.order().state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP)).isEmpty();
  }

  @Test
  void failedNotification_staysInOutbox() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.notifier().down();

    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    List<PendingNotification> outbox = harness.order(ORDER).outbox();
    assertThat(outbox).hasSize(1);
    assertThat(outbox.get(0).notification().type()).isEqualTo(NotificationType.READY_FOR_PICKUP);
    assertThat(outbox.get(0).attempts()).isEqualTo(1);
    assertThat(outbox.get(0).nextAttemptAt())
        .isEqualTo(PickupHarness.START.plus(Duration.ofSeconds(30)));
    assertThat(harness.order(ORDER).dueAt())
        .contains(PickupHarness.START.plus(Duration.ofSeconds(30)));
  }

  @Test
  void runDue_retriesAfterBackoff() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.notifier().failNext(1);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    harness.clock().advance(Duration.ofSeconds(29));

    SchedulerRun early = harness.service().runDue();
    harness.clock().advance(Duration.ofSeconds(1));
    SchedulerRun due = harness.service().runDue();

    assertThat(early.notificationsDelivered()).isZero();
    assertThat(due.notificationsDelivered()).isEqualTo(1);
    assertThat(harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP)).hasSize(1);
    assertThat(harness.order(ORDER).outbox()).isEmpty();
  }

  @Test
  void runDue_backoffDoublesToMax() {
    PickupPolicy policy =
        new PickupPolicy(
            3,
            Duration.ofMinutes(30),
            ShortPickPolicy.CONTINUE_WITH_AVAILABLE,
            HoldWindowPolicy.defaults(),
            dev.bopis.core.calendar.PreparationRule.WITHIN_ONE_PERIOD,
            10,
            true,
            Duration.ofSeconds(30),
            Duration.ofMinutes(2));
    PickupHarness harness = threeStores().policy(policy).build();
    harness.accepted(nearbyOrder().build());
    harness.notifier().down();
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    List<Duration> delays = new ArrayList<>();

    for (int attempt = 0; attempt < 4; attempt++) {
      Instant next = harness.order(ORDER).outbox().get(0).nextAttemptAt();
      delays.add(Duration.between(harness.clock().instant(), next));
      harness.clock().set(next);
      harness.service().runDue();
    }

    assertThat(delays)
        .containsExactly(
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofSeconds(120),
            Duration.ofSeconds(120));
    assertThat(harness.order(ORDER).outbox().get(0).attempts()).isEqualTo(5);
  }

  @Test
  void retry_keepsKeyDeliversOnce() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());
    harness.notifier().failNext(3);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));

    for (int minute = 1; minute <= 10; minute++) {
      harness.clock().advance(Duration.ofMinutes(1));
      harness.service().runDue();
    }

    List<String> attemptedKeys =
        harness.notifier().attempts().stream()
            .filter(n -> n.type() == NotificationType.READY_FOR_PICKUP)
            .map(n -> n.deduplicationKey())
            .distinct()
            .toList();
    assertThat(attemptedKeys).hasSize(1);
    assertThat(harness.notifier().deliveries(NotificationType.READY_FOR_PICKUP)).hasSize(1);
    assertThat(harness.notifier().keysDeliveredTwice()).isEmpty();
  }

  @Test
  void twoReminders_haveDistinctKeys() {
    PickupPolicy twoReminders =
        PickupPolicy.defaults()
            .withHoldWindow(
                new HoldWindowPolicy(
                    HoldPolicy.duration(Duration.ofHours(72)),
                    List.of(
                        Reminder.beforeEnd(Duration.ofHours(24)),
                        Reminder.beforeEnd(Duration.ofHours(12))),
                    1,
                    Duration.ofHours(24),
                    true));
    PickupHarness harness = threeStores().policy(twoReminders).build();
    harness.ready(nearbyOrder().build());
    harness.clock().advance(Duration.ofHours(48));
    harness.service().runDue();
    harness.clock().advance(Duration.ofHours(12));
    harness.service().runDue();

    List<String> keys =
        harness.notifier().deliveries(NotificationType.PICKUP_REMINDER).stream()
            .map(n -> n.deduplicationKey())
            .toList();

    assertThat(keys).containsExactly("ORDER-1:3:PICKUP_REMINDER", "ORDER-1:4:PICKUP_REMINDER");
  }

  @Test
  void notifications_haveDistinctKeys() {
    PickupHarness harness = threeStores().build();
    harness.ready(nearbyOrder().build());
    harness.service().pickUpAll(ORDER, CommandId.of("handover"));

    List<String> keys =
        harness.notifier().deliveries().stream().map(n -> n.deduplicationKey()).toList();

    assertThat(keys).containsExactly("ORDER-1:1:ORDER_ROUTED", "ORDER-1:2:READY_FOR_PICKUP");
  }

  @Test
  void throwingListener_isIgnored() {
    PickupHarness harness = threeStores().build();
    EventRecorder after = new EventRecorder();
    harness
        .service()
        .addListener(
            event -> {
              throw new IllegalStateException("listener broken");
            });
    harness.service().addListener(after);

    PickupOrder placed = harness.placed(nearbyOrder().build());
    CommandResult accepted = harness.service().accept(ORDER, NEAR, CommandId.of("accept"));

    assertThat(placed.state()).isEqualTo(OrderState.SOURCED);
    assertThat(accepted.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(after.all())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("OrderPlaced", "StoreAccepted");
    assertThat(harness.events().size()).isEqualTo(2);
  }
}
