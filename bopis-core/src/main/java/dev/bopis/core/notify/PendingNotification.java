package dev.bopis.core.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification stored with its order and not yet delivered.
 *
 * @param notification the message
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt earliest time of the next attempt
 */
public record PendingNotification(Notification notification, int attempts, Instant nextAttemptAt) {

  /** Validates the entry. */
  public PendingNotification {
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts " + attempts + " must not be negative");
    }
  }
}
