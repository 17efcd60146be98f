package dev.bopis.examples.notify;

import java.time.Instant;

/**
 * Port that records which deduplication keys were delivered, so a message goes out at most once
 * even when the library retries it or two nodes deliver the same outbox at once.
 *
 * <p>A sender first {@link #claim claims} a key, then sends, then {@link #markDelivered marks} it
 * delivered, or {@link #releaseClaim releases} the claim when the send failed. A claim that is
 * neither marked nor released, because its sender crashed, lapses after the log's lease and can be
 * claimed again; if that sender had in fact reached the provider, the message goes out twice unless
 * the provider drops the repeated idempotency key. Implementations must be safe to call from many
 * threads and processes.
 */
public interface DeliveryLog {

  /** What a {@link #claim} found. */
  enum Claim {
    /** The caller holds the key now and must send, then mark or release it. */
    CLAIMED,
    /** The key was delivered before; the caller must not send. */
    ALREADY_DELIVERED,
    /** Another sender holds a claim that has not lapsed; the caller must try again later. */
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
