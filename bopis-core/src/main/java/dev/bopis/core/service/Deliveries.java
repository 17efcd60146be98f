package dev.bopis.core.service;

import dev.bopis.core.notify.Notifier;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.order.PickupOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the notifications in an order's outbox, keeping failed ones with exponential backoff.
 * Thread-safe.
 *
 * <p>Delivery takes two stored versions: {@link #claimDue} moves the due entries' next attempt out
 * by a lease before anything is sent, so of two nodes finishing the same order only the one whose
 * claim is stored sends; {@link Sent#applyTo} then removes what was delivered.
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
   * The entries claimed for one delivery attempt, and the order that records the claim.
   *
   * @param order the order at the same version with the claimed entries leased, or the given
   *     instance when nothing was due
   * @param due the claimed entries as they were before the lease
   */
  record Claim(PickupOrder order, List<PendingNotification> due) {}

  /**
   * Claims every outbox entry due at {@code now} by moving its next attempt to {@code now} plus
   * {@link PickupPolicy#notificationRetryInitial()}. The caller stores the claim as the next
   * version and sends only if that write succeeds.
   *
   * <p>NOTE: a notifier call that takes longer than the lease lets another node send the same entry
   * again; the deduplication key lets the provider drop it.
   */
  Claim claimDue(PickupOrder order, Instant now) {
    List<PendingNotification> outbox = new ArrayList<>();
    List<PendingNotification> due = new ArrayList<>();
    Instant leaseEnd = now.plus(policy.notificationRetryInitial());
    for (PendingNotification pending : order.outbox()) {
      if (pending.nextAttemptAt().isAfter(now)) {
        outbox.add(pending);
      } else {
        due.add(pending);
        outbox.add(new PendingNotification(pending.notification(), pending.attempts(), leaseEnd));
      }
    }
    if (due.isEmpty()) {
      return new Claim(order, List.of());
    }
    return new Claim(order.toBuilder().outbox(outbox).keepVersion().build(), List.copyOf(due));
  }

  /**
   * Sends each claimed entry once and returns what happened, to be stored with {@link
   * Sent#applyTo}. A failure is logged as a warning with the order and key, and the entry is
   * rescheduled with exponential backoff.
   */
  Sent send(PickupOrder order, List<PendingNotification> claimed, Instant now) {
    Set<String> sent = new HashSet<>();
    Map<String, PendingNotification> retries = new HashMap<>();
    for (PendingNotification pending : claimed) {
      String key = pending.notification().deduplicationKey();
      try {
        notifier.send(pending.notification());
        delivered.incrementAndGet();
        sent.add(key);
      } catch (RuntimeException e) {
        failed.incrementAndGet();
        int attempts = pending.attempts() + 1;
        Instant retryAt = now.plus(backoff(attempts));
        LOG.log(
            System.Logger.Level.WARNING,
            "notification "
                + key
                + " of order "
                + order.id()
                + " failed on attempt "
                + attempts
                + "; retrying at "
                + retryAt,
            e);
        retries.put(key, new PendingNotification(pending.notification(), attempts, retryAt));
      }
    }
    return new Sent(Set.copyOf(sent), Map.copyOf(retries));
  }

  /**
   * The outcome of one delivery attempt, by deduplication key.
   *
   * @param delivered keys the notifier accepted
   * @param retries keys that failed, with their next attempt
   */
  record Sent(Set<String> delivered, Map<String, PendingNotification> retries) {

    /**
     * Returns {@code order} at the same version with delivered entries removed and failed ones
     * rescheduled, or the same instance when its outbox holds none of them any more.
     */
    PickupOrder applyTo(PickupOrder order) {
      List<PendingNotification> outbox = new ArrayList<>();
      boolean changed = false;
      for (PendingNotification pending : order.outbox()) {
        String key = pending.notification().deduplicationKey();
        if (delivered.contains(key)) {
          changed = true;
        } else if (retries.containsKey(key)) {
          changed = true;
          outbox.add(retries.get(key));
        } else {
          outbox.add(pending);
        }
      }
      return changed ? order.toBuilder().outbox(outbox).keepVersion().build() : order;
    }
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
