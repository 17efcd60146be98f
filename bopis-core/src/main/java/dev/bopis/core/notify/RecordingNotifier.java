package dev.bopis.core.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thread-safe notifier that keeps every delivered message in memory and drops a message whose
 * deduplication key it has already delivered. Use it in tests and simulations.
 */
public final class RecordingNotifier implements Notifier {

  private final Map<String, Notification> delivered = new LinkedHashMap<>();
  private int duplicatesDropped;

  @Override
  public synchronized void send(Notification notification) {
    if (delivered.putIfAbsent(notification.deduplicationKey(), notification) != null) {
      duplicatesDropped++;
    }
  }

  /** Returns the delivered messages in delivery order. */
  public synchronized List<Notification> delivered() {
    return new ArrayList<>(delivered.values());
  }

  /** Returns how many redelivered messages were dropped by their deduplication key. */
  public synchronized int duplicatesDropped() {
    return duplicatesDropped;
  }
}
