package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time range in which a customer expects to collect an order, from {@code start} inclusive to
 * {@code end} exclusive.
 *
 * @param start the first instant of the window
 * @param end the instant the window ends, after {@code start}
 */
public record PickupWindow(Instant start, Instant end) {

  /**
   * Validates the window.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public PickupWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid pickup window: end "
              + end
              + " is not after start "
              + start
              + ". Pass a window that lasts some time.");
    }
  }

  /**
   * Creates a window of a given length.
   *
   * @param start the first instant of the window
   * @param length the length, more than zero
   * @return the window {@code [start, start + length)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code length} is zero or negative
   */
  public static PickupWindow starting(Instant start, Duration length) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    return new PickupWindow(start, start.plus(length));
  }

  /**
   * Returns the length of the window.
   *
   * @return the elapsed time from start to end, more than zero
   */
  public Duration length() {
    return Duration.between(start, end);
  }
}
