package dev.bopis.examples.simulation;

import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.Notifier;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic SMS and email gateway that fails a seeded share of delivery attempts, so the run
 * exercises retries, and counts what reached recipients. It drops a message whose deduplication key
 * it already delivered, as a provider's idempotency key would; a duplicate reaching it would show
 * in {@link #duplicates()}. Single-threaded, like the simulation.
 */
final class FlakyNotifier implements Notifier {

  private final SplittableRandom random;
  private final int failurePercent;
  private final Set<String> deliveredKeys = new HashSet<>();
  private final Map<NotificationType, Integer> delivered = new EnumMap<>(NotificationType.class);
  private int failures;
  private int duplicates;

  FlakyNotifier(long seed, int failurePercent) {
    this.random = new SplittableRandom(seed);
    this.failurePercent = failurePercent;
  }

  @Override
  public void send(Notification notification) {
    if (random.nextInt(100) < failurePercent) {
      failures++;
      throw new IllegalStateException(
          "synthetic gateway outage for " + notification.deduplicationKey());
    }
    if (!deliveredKeys.add(notification.deduplicationKey())) {
      duplicates++;
      return;
    }
    delivered.merge(notification.type(), 1, Integer::sum);
  }

  /** Returns the messages delivered per type. */
  Map<NotificationType, Integer> delivered() {
    return Map.copyOf(delivered);
  }

  /** Returns the failed attempts. */
  int failures() {
    return failures;
  }

  /** Returns messages that arrived again after delivery and were dropped. */
  int duplicates() {
    return duplicates;
  }
}
