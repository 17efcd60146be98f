package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.SKU_B;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.calendar.HoldPolicy;
import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.Reminder;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
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

class PickupServiceHoldTest {

  private static final Instant READY_AT = PickupHarness.START;
  private static final Instant HOLD_END = READY_AT.plus(Duration.ofHours(72));
  private static final Instant REMINDER_AT = READY_AT.plus(Duration.ofHours(48));

  private static PickupHarness readyHarness(PickupPolicy policy) {
    PickupHarness harness = threeStores().policy(policy).build();
    harness.ready(nearbyOrder().build());
    return harness;
  }

  private static PickupHarness readyHarness() {
    return readyHarness(PickupPolicy.defaults());
  }

  @Test
  void runDue_sendsReminderWhenDue() {
    PickupHarness harness = readyHarness();
    harness.clock().set(REMINDER_AT);

    SchedulerRun run = harness.service().runDue();

    assertThat(run.remindersSent()).isEqualTo(1);
    assertThat(harness.order(ORDER).remindersSent()).isEqualTo(1);
    List<Notification> reminders = harness.notifier().deliveries(NotificationType.PICKUP_REMINDER);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).details()).containsEntry("pickupBy", HOLD_END.toString());
    OrderEvent.ReminderSent event = harness.events().ofType(OrderEvent.ReminderSent.class).get(0);
    assertThat(event.commandId()).isNull();
    assertThat(event.holdUntil()).isEqualTo(HOLD_END);
  }

  @Test
  void runDue_sendsNoReminderEarly() {
    PickupHarness harness = readyHarness();
    harness.clock().set(REMINDER_AT.minusSeconds(1));

    SchedulerRun run = harness.service().runDue();

    assertThat(run.remindersSent()).isZero();
    assertThat(harness.notifier().deliveries(NotificationType.PICKUP_REMINDER)).isEmpty();
  }

  @Test
  void runDue_sendsEachReminderOnce() {
    PickupHarness harness = readyHarness();
    harness.clock().set(REMINDER_AT);
    harness.service().runDue();
    harness.clock().advance(Duration.ofHours(1));

    SchedulerRun second = harness.service().runDue();

    assertThat(second.remindersSent()).isZero();
    assertThat(harness.notifier().deliveries(NotificationType.PICKUP_REMINDER)).hasSize(1);
  }

  @Test
  void runDue_lateRunSendsOneReminder() {
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
    PickupHarness harness = readyHarness(twoReminders);
    harness.clock().set(HOLD_END.minus(Duration.ofHours(1)));

    SchedulerRun run = harness.service().runDue();

    assertThat(run.remindersSent()).isEqualTo(1);
    assertThat(harness.order(ORDER).remindersSent()).isEqualTo(2);
    assertThat(harness.notifier().deliveries(NotificationType.PICKUP_REMINDER)).hasSize(1);
  }

  @Test
  void extendHold_movesTheEndAndTheReminder() {
    PickupHarness harness = readyHarness();
    harness.clock().advance(Duration.ofHours(10));
    CommandId command = CommandId.of("extend-1");
    long before = harness.order(ORDER).version();

    CommandResult result = harness.service().extendHold(ORDER, command);

    PickupOrder order = result.order();
    Instant newEnd = HOLD_END.plus(Duration.ofHours(24));
    assertThat(result.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(order.hold()).isEqualTo(new HoldWindow(READY_AT, newEnd, 1));
    assertThat(order.reminderTimes()).containsExactly(newEnd.minus(Duration.ofHours(24)));
    assertThat(order.remindersSent()).isZero();
    assertThat(harness.events().causedBy(command))
        .containsExactly(
            new OrderEvent.HoldExtended(
                ORDER, NEAR, READY_AT.plus(Duration.ofHours(10)), command, before + 1, newEnd));
  }

  @Test
  void extendHold_schedulesNewReminder() {
    PickupHarness harness = readyHarness();
    harness.clock().set(REMINDER_AT);
    harness.service().runDue();
    harness.clock().advance(Duration.ofHours(1));

    harness.service().extendHold(ORDER, CommandId.of("extend-1"));
    harness.clock().set(HOLD_END);
    harness.service().runDue();

    // The new reminder falls at the old end, 72 hours after ready, and goes out then.
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(harness.notifier().deliveries(NotificationType.PICKUP_REMINDER)).hasSize(2);
  }

  @Test
  void extendHold_declinedWhenUsedUp() {
    PickupHarness harness = readyHarness();
    harness.service().extendHold(ORDER, CommandId.of("extend-1"));
    PickupOrder extended = harness.order(ORDER);

    CommandResult second = harness.service().extendHold(ORDER, CommandId.of("extend-2"));

    assertThat(second.outcome()).isEqualTo(CommandOutcome.DECLINED);
    assertThat(second.firstOutcome()).isEqualTo(CommandOutcome.DECLINED);
    assertThat(second.message()).contains("used its 1 hold extensions");
    assertThat(harness.order(ORDER)).isEqualTo(extended);
    assertThat(harness.events().causedBy(CommandId.of("extend-2"))).isEmpty();
  }

  @Test
  void extendHold_declinedAfterWindowEnded() {
    PickupHarness harness = readyHarness();
    harness.clock().set(HOLD_END.plus(Duration.ofMinutes(1)));
    PickupOrder before = harness.order(ORDER);

    CommandResult late = harness.service().extendHold(ORDER, CommandId.of("extend-late"));

    assertThat(late.outcome()).isEqualTo(CommandOutcome.DECLINED);
    assertThat(late.message()).contains("ended at " + HOLD_END);
    assertThat(harness.order(ORDER)).isEqualTo(before);
  }

  @Test
  void extendHold_declinedNotRecorded() {
    PickupHarness harness = readyHarness();
    harness.service().extendHold(ORDER, CommandId.of("extend-1"));
    harness.service().extendHold(ORDER, CommandId.of("extend-2"));

    CommandResult retry = harness.service().extendHold(ORDER, CommandId.of("extend-2"));

    assertThat(retry.outcome()).isEqualTo(CommandOutcome.DECLINED);
    assertThat(harness.order(ORDER).outcomeOf(CommandId.of("extend-2"))).isEmpty();
  }

  @Test
  void runDue_expiresOrderWhenHoldEnds() {
    PickupHarness harness = readyHarness();
    harness.clock().set(HOLD_END);

    SchedulerRun run = harness.service().runDue();

    PickupOrder order = harness.order(ORDER);
    assertThat(run.expired()).isEqualTo(1);
    assertThat(order.state()).isEqualTo(OrderState.EXPIRED);
    assertThat(order.closedReason()).isEqualTo(ReasonCode.PICKUP_EXPIRED);
    assertThat(order.closedAt()).isEqualTo(HOLD_END);
    assertThat(order.stockSettled()).isTrue();
    assertThat(order.dueAt()).isEmpty();
  }

  @Test
  void runDue_expiryRestocksUnits() {
    PickupHarness harness = readyHarness();
    harness.clock().set(HOLD_END);

    harness.service().runDue();

    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.journal().of(ORDER))
        .filteredOn(m -> m.type() == InventoryMovement.Type.RELEASE)
        .extracting(InventoryMovement::reason)
        .containsOnly(ReasonCode.PICKUP_EXPIRED);
    OrderEvent.OrderExpired expired = harness.events().ofType(OrderEvent.OrderExpired.class).get(0);
    assertThat(expired.restocked()).isEqualTo(Map.of(SKU_A, 2L, SKU_B, 1L));
    assertThat(expired.reason()).isEqualTo(ReasonCode.PICKUP_EXPIRED);
    assertThat(expired.commandId()).isNull();
  }

  @Test
  void runDue_expiryOffersShipToHome() {
    PickupHarness harness = readyHarness();
    harness.clock().set(HOLD_END);

    harness.service().runDue();

    List<Notification> expired = harness.notifier().deliveries(NotificationType.ORDER_EXPIRED);
    List<Notification> offers = harness.notifier().deliveries(NotificationType.SHIP_TO_HOME_OFFER);
    assertThat(expired).hasSize(1);
    assertThat(expired.get(0).details()).containsEntry("heldUntil", HOLD_END.toString());
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).details()).containsEntry("lines", "SKU-A x 2, SKU-B x 1");
  }

  @Test
  void runDue_expiryWithoutShipToHomeSendsNoOffer() {
    PickupPolicy noOffer =
        PickupPolicy.defaults()
            .withHoldWindow(
                new HoldWindowPolicy(
                    HoldPolicy.duration(Duration.ofHours(72)),
                    List.of(),
                    0,
                    Duration.ofHours(24),
                    false));
    PickupHarness harness = readyHarness(noOffer);
    harness.clock().set(HOLD_END);

    harness.service().runDue();

    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.EXPIRED);
    assertThat(harness.notifier().deliveries(NotificationType.ORDER_EXPIRED)).hasSize(1);
    assertThat(harness.notifier().deliveries(NotificationType.SHIP_TO_HOME_OFFER)).isEmpty();
  }

  @Test
  void runDue_extendedHoldExpiresLater() {
    PickupHarness harness = readyHarness();
    harness.service().extendHold(ORDER, CommandId.of("extend-1"));
    harness.clock().set(HOLD_END);

    SchedulerRun atOldEnd = harness.service().runDue();
    harness.clock().set(HOLD_END.plus(Duration.ofHours(24)));
    SchedulerRun atNewEnd = harness.service().runDue();

    assertThat(atOldEnd.expired()).isZero();
    assertThat(atNewEnd.expired()).isEqualTo(1);
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.EXPIRED);
  }

  @Test
  void runDue_arrivedCustomerStillExpiresAtHoldEnd() {
    PickupHarness harness = readyHarness();
    harness.service().checkIn(ORDER, CommandId.of("here"), Arrival.IN_STORE);
    harness.clock().set(HOLD_END);

    harness.service().runDue();

    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.EXPIRED);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(10, 0, 0));
  }

  @Test
  void runDue_secondRunChangesNothing() {
    PickupHarness harness = readyHarness();
    harness.clock().set(HOLD_END);
    harness.service().runDue();
    PickupOrder expired = harness.order(ORDER);
    int events = harness.events().size();
    int deliveries = harness.notifier().deliveries().size();

    SchedulerRun second = harness.service().runDue();

    assertThat(second).isEqualTo(new SchedulerRun(0, 0, 0, 0, 0, 0, 0));
    assertThat(harness.order(ORDER)).isEqualTo(expired);
    assertThat(harness.events().size()).isEqualTo(events);
    assertThat(harness.notifier().deliveries()).hasSize(deliveries);
  }

  @Test
  void runDue_collectedOrderNeverExpires() {
    PickupHarness harness = readyHarness();
    harness.service().pickUpAll(ORDER, CommandId.of("handover"));
    harness.clock().set(HOLD_END.plus(Duration.ofDays(5)));

    SchedulerRun run = harness.service().runDue();

    assertThat(run.expired()).isZero();
    assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.PICKED_UP);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(8, 0, 0));
  }
}
