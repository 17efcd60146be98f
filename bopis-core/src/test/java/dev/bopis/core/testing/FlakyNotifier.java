package dev.bopis.core.testing;

import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.Notifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notifier that throws on the next {@link #failNext(int)} calls or while {@link #down()} is set,
 * and records every attempt and every delivery. Unlike a real provider it does not drop a repeated
 * deduplication key: it counts it, so a test can assert that nothing was delivered twice.
 * Thread-safe.
 */
public final class FlakyNotifier implements Notifier {

  private final List<Notification> attempts = new ArrayList<>();
  private final List<Notification> deliveries = new ArrayList<>();
  private final Map<String, Integer> deliveriesByKey = new LinkedHashMap<>();
  private int failuresLeft;
  private boolean down;

  /** Makes the next {@code calls} calls throw, in addition to any failures still pending. */
  public synchronized void failNext(int calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("calls " + calls + " is negative; pass 0 or more");
    }
    failuresLeft += calls;
  }

  /** Makes every call throw until {@link #up()}. */
  public synchronized void down() {
    down = true;
  }

  /** Ends {@link #down()}; failures requested by {@link #failNext(int)} still apply. */
  public synchronized void up() {
    down = false;
  }

  @Override
  public synchronized void send(Notification notification) {
    attempts.add(notification);
    if (down || failuresLeft > 0) {
      if (failuresLeft > 0) {
        failuresLeft--;
      }
      throw new IllegalStateException(
          "notification provider unavailable for " + notification.deduplicationKey());
    }
    deliveries.add(notification);
    deliveriesByKey.merge(notification.deduplicationKey(), 1, Integer::sum);
  }

  /** Returns every call to {@link #send}, failed or not, in call order. */
  public synchronized List<Notification> attempts() {
    return List.copyOf(attempts);
  }

  /** Returns the delivered notifications in delivery order, repeats included. */
  public synchronized List<Notification> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Returns the delivered notifications of {@code type}, repeats included. */
  public synchronized List<Notification> deliveries(NotificationType type) {
    return deliveries.stream().filter(n -> n.type() == type).toList();
  }

  /** Returns how often each deduplication key was delivered. */
  public synchronized Map<String, Integer> deliveriesByKey() {
    return Map.copyOf(deliveriesByKey);
  }

  /** Returns the deduplication keys delivered more than once; empty when all went out once. */
  public synchronized List<String> keysDeliveredTwice() {
    return deliveriesByKey.entrySet().stream()
        .filter(entry -> entry.getValue() > 1)
        .map(Map.Entry::getKey)
        .toList();
  }
}
