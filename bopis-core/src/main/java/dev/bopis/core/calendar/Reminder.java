package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to remind a customer that the hold window of an order ready for pickup is ending.
 *
 * <p>A reminder is either a fixed offset before the end of the window or a fraction of the window's
 * length after its start. Both are computed on the current window, so after an extension they move
 * with the new end.
 */
public sealed interface Reminder permits Reminder.BeforeEnd, Reminder.AtFraction {

  /**
   * Returns the instant of this reminder in a hold window, which may lie outside the window.
   *
   * @param window the hold window
   * @return the reminder instant
   * @throws NullPointerException if {@code window} is null
   */
  Instant timeIn(HoldWindow window);

  /**
   * Returns a reminder a fixed time before the end of the window.
   *
   * @param offset the time before the end, more than zero, for example {@code PT24H}
   * @return the reminder
   * @throws NullPointerException if {@code offset} is null
   * @throws IllegalArgumentException if {@code offset} is zero or negative
   */
  static Reminder beforeEnd(Duration offset) {
    return new BeforeEnd(offset);
  }

  /**
   * Returns a reminder after a fraction of the window's length has passed.
   *
   * @param fraction the elapsed fraction, above 0 and below 1. For example, 0.75 reminds when three
   *     quarters of the window have passed
   * @return the reminder
   * @throws IllegalArgumentException if {@code fraction} is not strictly between 0 and 1
   */
  static Reminder atFraction(double fraction) {
    return new AtFraction(fraction);
  }

  /**
   * A reminder a fixed time before the end of the window.
   *
   * @param offset the time before the end, more than zero
   */
  record BeforeEnd(Duration offset) implements Reminder {

    /**
     * Validates the reminder.
     *
     * @throws NullPointerException if {@code offset} is null
     * @throws IllegalArgumentException if {@code offset} is zero or negative
     */
    public BeforeEnd {
      Objects.requireNonNull(offset, "offset");
      if (offset.isNegative() || offset.isZero()) {
        throw new IllegalArgumentException(
            "Reminder offset is " + offset + " but must be more than zero, for example PT24H");
      }
    }

    /**
     * Returns {@code window.end() - offset}.
     *
     * @param window the hold window
     * @return the reminder instant, before the window start when the offset is longer than the
     *     window
     */
    @Override
    public Instant timeIn(HoldWindow window) {
      Objects.requireNonNull(window, "window");
      return window.end().minus(offset);
    }
  }

  /**
   * A reminder after a fraction of the window's length has passed.
   *
   * @param fraction the elapsed fraction, above 0 and below 1
   */
  record AtFraction(double fraction) implements Reminder {

    /**
     * Validates the reminder.
     *
     * @throws IllegalArgumentException if {@code fraction} is not strictly between 0 and 1
     */
    public AtFraction {
      if (!(fraction > 0 && fraction < 1)) {
        throw new IllegalArgumentException(
            "Reminder fraction is "
                + fraction
                + " but must be above 0 and below 1, for example 0.75");
      }
    }

    /**
     * Returns {@code window.start() + fraction * window length}, rounded to whole milliseconds.
     *
     * @param window the hold window
     * @return the reminder instant
     */
    @Override
    public Instant timeIn(HoldWindow window) {
      Objects.requireNonNull(window, "window");
      long elapsedMillis = Math.round(window.length().toMillis() * fraction);
      return window.start().plusMillis(elapsedMillis);
    }
  }
}
