package dev.bopis.core.service;

import dev.bopis.core.notify.Notifier;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.order.PickupOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the notifications in an order's outbox, keeping failed ones with exponential backoff.
 * Thread-safe.
 */
final class Deliveries {

  private static final System.Logger LOG = System.getLogger(PickupService.class.getName());

  private final Notifier notifier;
  private final PickupPolicy policy;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  Deliveries(Notifier notifier, PickupPolicy policy) {
    this.notifier = notifier;
    this.policy = policy;
  }

  /**
   * Tries every outbox entry due at {@code now}. Returns the order at the same version with
   * delivered entries removed and failed ones rescheduled, or the same instance when nothing was
   * due; the caller stores it as the next version.
   */
  PickupOrder deliverDue(PickupOrder order, Instant now) {
    if (order.outbox().isEmpty()) {
      return order;
    }
    List<PendingNotification> remaining = new ArrayList<>();
    boolean changed = false;
    for (PendingNotification pending : order.outbox()) {
      if (pending.nextAttemptAt().isAfter(now)) {
        remaining.add(pending);
        continue;
      }
      changed = true;
      try {
        notifier.send(pending.notification());
        delivered.incrementAndGet();
      } catch (RuntimeException e) {
        failed.incrementAndGet();
        int attempts = pending.attempts() + 1;
        Instant retryAt = now.plus(backoff(attempts));
        LOG.log(
            System.Logger.Level.WARNING,
            "notification "
                + pending.notification().deduplicationKey()
                + " of order "
                + order.id()
                + " failed on attempt "
                + attempts
                + "; retrying at "
                + retryAt,
            e);
        remaining.add(new PendingNotification(pending.notification(), attempts, retryAt));
      }
    }
    return changed ? order.toBuilder().outbox(remaining).keepVersion().build() : order;
  }

  /** Returns the notifications delivered so far by this instance. */
  long delivered() {
    return delivered.get();
  }

  /** Returns the failed delivery attempts so far by this instance. */
  long failed() {
    return failed.get();
  }

  private Duration backoff(int attempts) {
    Duration delay = policy.notificationRetryInitial();
    for (int i = 1; i < attempts && delay.compareTo(policy.notificationRetryMax()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(policy.notificationRetryMax()) > 0
        ? policy.notificationRetryMax()
        : delay;
  }
}
