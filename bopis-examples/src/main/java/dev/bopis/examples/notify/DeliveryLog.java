package dev.bopis.examples.notify;

import java.time.Instant;

/**
 * Port that records which deduplication keys were delivered, so a message is not sent again when
 * the library retries it or two nodes deliver the same outbox at once, with one exception below.
 *
 * <p>A sender first {@link #claim claims} a key, then sends, then {@link #markDelivered marks} it
 * delivered, or {@link #releaseClaim releases} the claim when the send failed. A claim that is
 * neither marked nor released, because its sender crashed, lapses after the log's lease and can be
 * claimed again. That is the exception: if the crashed sender had reached the provider, the message
 * goes out twice unless the provider drops the repeated idempotency key. Implementations must be
 * safe to call from many threads and processes.
 */
public interface DeliveryLog {

  /** The result of a {@link #claim}. */
  enum Claim {
    /** The caller has claimed the key and must send, then mark or release it. */
    CLAIMED,
    /** The key was delivered before; the caller must not send. */
    ALREADY_DELIVERED,
    /** Another sender claimed the key and the claim has not lapsed; the caller must retry later. */
    IN_FLIGHT
  }

  /**
   * Claims {@code key} for sending at {@code now}.
   *
   * @return {@link Claim#CLAIMED} when the key is new, its claim was released or its claim lapsed
   */
  Claim claim(String key, Instant now);

  /** Records that the message with {@code key} was delivered at {@code now}. */
  void markDelivered(String key, Instant now);

  /** Drops the claim on {@code key} after a failed send, so a retry can claim it. */
  void releaseClaim(String key);

  /** Returns whether the message with {@code key} was delivered. */
  boolean isDelivered(String key);
}
