package dev.bopis.core.notify;

/**
 * Port that delivers notifications by SMS, email or the store's channel.
 *
 * <p>The library calls it after the transition that caused the message is stored, and calls it
 * again with the same {@link Notification#deduplicationKey()} while it throws. An implementation
 * that forwards to a provider should pass the key on (for instance as an idempotency key) so a
 * retry after a lost acknowledgement never reaches the customer twice.
 *
 * <p>Before a call, the library claims the message in the stored order for {@code
 * PickupPolicy.notificationRetryInitial()} (30 seconds by default). A call that takes longer than
 * that can be repeated by another node or scheduler run with the same key, so delivery is at least
 * once and the provider's deduplication by key makes it exactly once.
 */
@FunctionalInterface
public interface Notifier {

  /**
   * Delivers {@code notification}, or throws so the library retries later.
   *
   * @throws RuntimeException when delivery failed; the message stays pending
   */
  void send(Notification notification);
}
