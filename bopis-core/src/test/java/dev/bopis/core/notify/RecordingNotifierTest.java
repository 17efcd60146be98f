package dev.bopis.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {

  private static Notification message(String key, NotificationType type) {
    return new Notification(
        key,
        type,
        OrderId.of("O-1"),
        StoreId.of("STORE-1"),
        type.audience() == NotificationType.Audience.CUSTOMER ? ContactChannel.SMS : null,
        "+15550100",
        Map.of("pickupBy", "2025-03-06T09:00:00Z"),
        Instant.parse("2025-03-03T09:00:00Z"));
  }

  @Test
  void send_keepsEachKeyOnceAndCountsRepeats() {
    RecordingNotifier notifier = new RecordingNotifier();

    notifier.send(message("O-1:1:READY_FOR_PICKUP", NotificationType.READY_FOR_PICKUP));
    notifier.send(message("O-1:1:READY_FOR_PICKUP", NotificationType.READY_FOR_PICKUP));
    notifier.send(message("O-1:2:PICKUP_REMINDER", NotificationType.PICKUP_REMINDER));

    assertThat(notifier.delivered())
        .extracting(Notification::deduplicationKey)
        .containsExactly("O-1:1:READY_FOR_PICKUP", "O-1:2:PICKUP_REMINDER");
    assertThat(notifier.duplicatesDropped()).isEqualTo(1);
  }

  @Test
  void notification_customerMessageNeedsAChannel() {
    assertThatThrownBy(
            () ->
                new Notification(
                    "k",
                    NotificationType.ORDER_EXPIRED,
                    OrderId.of("O-1"),
                    StoreId.of("STORE-1"),
                    null,
                    "a@example.test",
                    Map.of(),
                    Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a channel");
  }

  @Test
  void notification_copiesItsDetails() {
    Map<String, String> details = new HashMap<>(Map.of("bay", "7"));
    Notification alert =
        new Notification(
            "k",
            NotificationType.CUSTOMER_ARRIVED,
            OrderId.of("O-1"),
            StoreId.of("STORE-1"),
            null,
            "STORE-1",
            details,
            Instant.EPOCH);

    details.put("bay", "8");

    assertThat(alert.details()).containsEntry("bay", "7");
  }

  @Test
  void audiences_storeMessagesGoToTheStore() {
    assertThat(NotificationType.ORDER_ROUTED.audience()).isEqualTo(NotificationType.Audience.STORE);
    assertThat(NotificationType.CUSTOMER_ARRIVED.audience())
        .isEqualTo(NotificationType.Audience.STORE);
    assertThat(NotificationType.READY_FOR_PICKUP.audience())
        .isEqualTo(NotificationType.Audience.CUSTOMER);
  }

  @Test
  void pendingNotification_negativeAttemptsThrow() {
    Notification ready = message("k", NotificationType.READY_FOR_PICKUP);

    assertThatThrownBy(() -> new PendingNotification(ready, -1, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts -1");
  }
}
