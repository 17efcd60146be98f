package dev.bopis.core.service;

import dev.bopis.core.model.Sku;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.order.PickupOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The notifications one transition issues, collected before they are written to the order's outbox
 * in the same update as the state change. Not thread-safe; one instance per transition.
 */
final class IssuedNotifications {

  private final PickupOrder order;
  private final List<PendingNotification> outbox;
  private int issued;

  IssuedNotifications(PickupOrder order) {
    this.order = order;
    this.outbox = new ArrayList<>(order.outbox());
  }

  /**
   * Adds a notification of {@code type}, due at once. Its deduplication key is the order id, the
   * order's running notification number and the type, so it is the same on every retry and differs
   * between two reminders.
   */
  void issue(NotificationType type, Map<String, String> details, Instant now) {
    issued++;
    String key = order.id() + ":" + (order.notificationCount() + issued) + ":" + type;
    boolean toCustomer = type.audience() == NotificationType.Audience.CUSTOMER;
    Notification notification =
        new Notification(
            key,
            type,
            order.id(),
            order.storeId(),
            toCustomer ? order.customer().preferredChannel() : null,
            toCustomer ? order.customer().address() : order.storeId().value(),
            details,
            now);
    outbox.add(new PendingNotification(notification, 0, now));
  }

  /** Writes the outbox and the notification count into {@code builder}. */
  PickupOrder.Builder writeTo(PickupOrder.Builder builder) {
    return builder.outbox(outbox).notificationCount(order.notificationCount() + issued);
  }

  /** Formats quantities per SKU as {@code "SKU-1 x 2, SKU-2 x 1"} for message templates. */
  static String lines(Map<Sku, Long> quantities) {
    return quantities.entrySet().stream()
        .map(entry -> entry.getKey() + " x " + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
