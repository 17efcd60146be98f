package dev.bopis.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.Sku;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.testing.OrderSnapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickupOrderTest {

  private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

  private static PickupOrder sourced() {
    return OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(30));
  }

  @Test
  void toBuilder_buildsTheNextVersion() {
    PickupOrder first = sourced();

    PickupOrder next = first.toBuilder().state(OrderState.ACCEPTED).build();
    PickupOrder same = first.toBuilder().keepVersion().build();

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.state()).isEqualTo(OrderState.ACCEPTED);
    assertThat(first.state()).isEqualTo(OrderState.SOURCED);
    assertThat(same).isEqualTo(first);
  }

  @Test
  void constructor_terminalStateNeedsClosedAt() {
    PickupOrder first = sourced();

    assertThatThrownBy(() -> first.toBuilder().state(OrderState.CANCELLED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedAt");
    assertThat(
            first.toBuilder()
                .state(OrderState.CANCELLED)
                .closed(ReasonCode.CUSTOMER_CANCELLED, T0)
                .build()
                .closedAt())
        .isEqualTo(T0);
  }

  @Test
  void constructor_openStateMustNotHaveClosedAt() {
    PickupOrder first = sourced();

    assertThatThrownBy(() -> first.toBuilder().closed(ReasonCode.COLLECTED, T0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_moreRemindersSentThanScheduledThrows() {
    PickupOrder first = sourced();

    assertThatThrownBy(() -> first.toBuilder().remindersSent(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sent 1 of 0 reminders");
  }

  @Test
  void pickableQuantities_subtractShortPicks() {
    PickupOrder order =
        new PickupOrder(
            sourced().id(),
            1,
            sourced().customer(),
            null,
            List.of(OrderLine.of("A", 2), OrderLine.of("B", 1), OrderLine.of("A", 1)),
            sourced().method(),
            null,
            OrderState.ACCEPTED,
            sourced().storeId(),
            List.of(),
            T0,
            T0,
            T0,
            T0,
            null,
            null,
            List.of(),
            0,
            Map.of(Sku.of("A"), 1L, Sku.of("B"), 1L),
            Map.of(),
            null,
            null,
            null,
            true,
            Map.of(),
            List.of(),
            0);

    assertThat(order.orderedQuantities()).isEqualTo(Map.of(Sku.of("A"), 3L, Sku.of("B"), 1L));
    assertThat(order.pickableQuantities()).isEqualTo(Map.of(Sku.of("A"), 2L));
  }

  @Test
  void outcomeOf_recordsAppliedCommands() {
    PickupOrder order =
        sourced().toBuilder().command(CommandId.of("c1"), CommandOutcome.APPLIED).build();

    assertThat(order.outcomeOf(CommandId.of("c1"))).contains(CommandOutcome.APPLIED);
    assertThat(order.outcomeOf(CommandId.of("c2"))).isEmpty();
  }

  @Test
  void dueAt_isTheAcknowledgementDeadlineWhileSourced() {
    assertThat(sourced().dueAt()).contains(T0.plus(Duration.ofMinutes(30)));
  }

  @Test
  void dueAt_earliestPendingTime() {
    HoldWindow hold = new HoldWindow(T0, T0.plus(Duration.ofHours(72)), 0);
    Instant reminder = T0.plus(Duration.ofHours(48));
    PickupOrder ready =
        sourced().toBuilder()
            .state(OrderState.READY_FOR_PICKUP)
            .ready(T0, hold, List.of(reminder))
            .build();
    Instant retry = T0.plus(Duration.ofMinutes(5));
    Notification message =
        new Notification(
            "O-1:1:READY_FOR_PICKUP",
            NotificationType.READY_FOR_PICKUP,
            ready.id(),
            ready.storeId(),
            ready.customer().preferredChannel(),
            ready.customer().address(),
            Map.of(),
            T0);
    PickupOrder retrying =
        ready.toBuilder().outbox(List.of(new PendingNotification(message, 1, retry))).build();
    PickupOrder reminded = ready.toBuilder().remindersSent(1).build();

    assertThat(ready.dueAt()).contains(reminder);
    assertThat(retrying.dueAt()).contains(retry);
    assertThat(reminded.dueAt()).contains(hold.end());
  }

  @Test
  void dueAt_emptyForASettledClosedOrder() {
    PickupOrder closed =
        sourced().toBuilder().state(OrderState.PICKED_UP).closed(ReasonCode.COLLECTED, T0).build();

    assertThat(closed.dueAt()).isEmpty();
  }

  @Test
  void dueAt_unsettledStockIsDueAtOnce() {
    PickupOrder unsettled =
        sourced().toBuilder()
            .state(OrderState.PICKED_UP)
            .closed(ReasonCode.COLLECTED, T0.plusSeconds(60))
            .stockSettled(false)
            .build();

    assertThat(unsettled.dueAt()).contains(T0);
  }
}
