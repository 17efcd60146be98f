package dev.bopis.examples.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thread-safe delivery log kept in memory, for a single node and for tests. It loses every entry on
 * restart, so a restarted node may send a message again that was delivered but is still pending in
 * an order's outbox. Use a shared, durable log such as the PostgreSQL one when that matters.
 */
public final class InMemoryDeliveryLog implements DeliveryLog {

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Duration lease;

  /**
   * Creates an empty log whose claims lapse after {@code lease}.
   *
   * @throws IllegalArgumentException if {@code lease} is not positive
   */
  public InMemoryDeliveryLog(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease " + lease + " must be positive, such as PT5M");
    }
    this.lease = lease;
  }

  /** Creates an empty log whose claims lapse after 5 minutes. */
  public InMemoryDeliveryLog() {
    this(Duration.ofMinutes(5));
  }

  @Override
  public Claim claim(String key, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(now, "now");
    Claim[] result = new Claim[1];
    entries.compute(
        key,
        (k, entry) -> {
          if (entry != null && entry.delivered) {
            result[0] = Claim.ALREADY_DELIVERED;
            return entry;
          }
          if (entry != null && entry.claimedAt.plus(lease).isAfter(now)) {
            result[0] = Claim.IN_FLIGHT;
            return entry;
          }
          result[0] = Claim.CLAIMED;
          return new Entry(now, false);
        });
    return result[0];
  }

  @Override
  public void markDelivered(String key, Instant now) {
    entries.put(Objects.requireNonNull(key, "key"), new Entry(now, true));
  }

  @Override
  public void releaseClaim(String key) {
    entries.computeIfPresent(
        Objects.requireNonNull(key, "key"), (k, entry) -> entry.delivered ? entry : null);
  }

  @Override
  public boolean isDelivered(String key) {
    Entry entry = entries.get(Objects.requireNonNull(key, "key"));
    return entry != null && entry.delivered;
  }

  private record Entry(Instant claimedAt, boolean delivered) {}
}
