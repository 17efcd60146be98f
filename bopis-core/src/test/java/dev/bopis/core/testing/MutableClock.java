package dev.bopis.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock in UTC that stands still until a test moves it. Thread-safe: every thread reads the same
 * instant.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;

  /** Creates a clock standing at {@code start}. */
  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Moves the clock forward by {@code step}.
   *
   * @return the new instant
   * @throws IllegalArgumentException if {@code step} is negative; tests never move time back
   */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step");
    if (step.isNegative()) {
      throw new IllegalArgumentException(
          "step " + step + " is negative; pass a zero or positive duration");
    }
    return now.updateAndGet(current -> current.plus(step));
  }

  /**
   * Sets the clock to {@code instant}.
   *
   * @throws IllegalArgumentException if {@code instant} is before the current instant
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Instant before = now.getAndUpdate(current -> instant.isBefore(current) ? current : instant);
    if (instant.isBefore(before)) {
      throw new IllegalArgumentException(
          "instant " + instant + " is before the clock's " + before + "; move the clock forward");
    }
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns this clock; the zone is always UTC, and the library reads only instants.
   *
   * @throws IllegalArgumentException if {@code zone} is not UTC
   */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone.normalized())) {
      throw new IllegalArgumentException("zone " + zone + " is not supported; the clock is UTC");
    }
    return this;
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
