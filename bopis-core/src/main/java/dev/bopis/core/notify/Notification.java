package dev.bopis.core.notify;

import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A message to a customer or a store, caused by one order transition.
 *
 * <p>The deduplication key is the same on every delivery attempt of one message, so a notifier can
 * drop a message it has already delivered.
 *
 * @param deduplicationKey stable key of this message: order id, type and sequence
 * @param type what the message says
 * @param orderId the order
 * @param storeId the store the order is at
 * @param channel SMS or email for a customer message, null for a store message
 * @param address phone number or email of the customer, or the store id for a store message
 * @param details values for the message template, such as the pickup-by time or short lines
 * @param createdAt when the transition that caused the message happened
 */
public record Notification(
    String deduplicationKey,
    NotificationType type,
    OrderId orderId,
    StoreId storeId,
    @Nullable ContactChannel channel,
    String address,
    Map<String, String> details,
    Instant createdAt) {

  /**
   * Validates and copies the message.
   *
   * @throws IllegalArgumentException if a customer message has no channel
   */
  public Notification {
    Objects.requireNonNull(deduplicationKey, "deduplicationKey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(createdAt, "createdAt");
    details = Map.copyOf(new TreeMap<>(details));
    if (type.audience() == NotificationType.Audience.CUSTOMER && channel == null) {
      throw new IllegalArgumentException(
          "customer notification " + deduplicationKey + " needs a channel, SMS or EMAIL");
    }
  }
}
