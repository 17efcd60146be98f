package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time during which a store holds an order that is ready for pickup, from {@code start}
 * inclusive to {@code end} exclusive.
 *
 * @param start the instant the order became ready, which starts the hold
 * @param end the instant the hold ends and the order expires, after {@code start}
 * @param extensionsUsed the number of extensions already granted, zero or more
 */
public record HoldWindow(Instant start, Instant end, int extensionsUsed) {

  /**
   * Validates the window.
   *
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}, or {@code
   *     extensionsUsed} is negative
   */
  public HoldWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid hold window: end " + end + " is not after start " + start + ".");
    }
    if (extensionsUsed < 0) {
      throw new IllegalArgumentException(
          "Invalid hold window: extensionsUsed is "
              + extensionsUsed
              + " but must be zero or more.");
    }
  }

  /**
   * Returns the length of the window.
   *
   * @return the elapsed time from start to end, more than zero
   */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * Tells whether the hold has ended at an instant.
   *
   * @param now the current instant
   * @return true when {@code now} is at or after {@link #end()}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isExpiredAt(Instant now) {
    Objects.requireNonNull(now, "now");
    return !now.isBefore(end);
  }
}
