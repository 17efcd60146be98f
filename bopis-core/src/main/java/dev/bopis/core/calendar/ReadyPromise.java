package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A coarse ready-time promise for a storefront, such as "Usually ready in 2 hours".
 *
 * <p>{@link #of} picks the promise from the time between placement and the estimated ready time. Up
 * to four hours it is one of the hour promises. Beyond that it counts the store's local dates, so
 * "tomorrow" means the next local date in the store's zone.
 */
public enum ReadyPromise {

  /** Ready at most 1 hour after placement. */
  IN_1_HOUR("Usually ready in 1 hour"),

  /** Ready more than 1 and at most 2 hours after placement. */
  IN_2_HOURS("Usually ready in 2 hours"),

  /** Ready more than 2 and at most 4 hours after placement. */
  IN_4_HOURS("Usually ready in 4 hours"),

  /** Ready more than 4 hours after placement, on the same local date. */
  TODAY("Usually ready today"),

  /** Ready more than 4 hours after placement, on the next local date. */
  TOMORROW("Usually ready tomorrow"),

  /** Ready 2 to 4 local dates after the date of placement. */
  IN_2_TO_4_DAYS("Usually ready in 2-4 days"),

  /** Ready 5 or more local dates after the date of placement. */
  IN_5_OR_MORE_DAYS("Usually ready in 5 or more days");

  private static final Duration ONE_HOUR = Duration.ofHours(1);
  private static final Duration TWO_HOURS = Duration.ofHours(2);
  private static final Duration FOUR_HOURS = Duration.ofHours(4);

  private final String label;

  ReadyPromise(String label) {
    this.label = label;
  }

  /**
   * Returns the English text to show a customer, such as "Usually ready tomorrow".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Picks the promise for an order placed at {@code placedAt} and ready at {@code readyAt}.
   *
   * @param placedAt the instant the order was placed
   * @param readyAt the estimated ready instant, not before {@code placedAt}
   * @param zone the store's time zone, which decides "today" and "tomorrow"
   * @return the promise
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code readyAt} is before {@code placedAt}
   */
  public static ReadyPromise of(Instant placedAt, Instant readyAt, ZoneId zone) {
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(zone, "zone");
    if (readyAt.isBefore(placedAt)) {
      throw new IllegalArgumentException(
          "readyAt "
              + readyAt
              + " is before placedAt "
              + placedAt
              + ". Pass the estimated ready time.");
    }

    Duration wait = Duration.between(placedAt, readyAt);
    if (wait.compareTo(FOUR_HOURS) <= 0) {
      // The hour promises do not depend on dates, so the dates are not computed.
      return of(wait, 0);
    }
    long localDatesApart =
        ChronoUnit.DAYS.between(
            LocalDate.ofInstant(placedAt, zone), LocalDate.ofInstant(readyAt, zone));
    return of(wait, localDatesApart);
  }

  /**
   * Picks the promise from the wait between placement and the estimated ready time and the number
   * of local dates between them in the store's zone, for callers that already know both.
   *
   * @param wait the time from placement to ready, zero or more
   * @param localDatesApart the ready date minus the placement date, negative only where clocks went
   *     back across local midnight, which counts as the same date
   * @return the promise
   * @throws NullPointerException if {@code wait} is null
   * @throws IllegalArgumentException if {@code wait} is negative
   */
  public static ReadyPromise of(Duration wait, long localDatesApart) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative()) {
      throw new IllegalArgumentException(
          "invalid wait " + wait + ": the ready time must not be before placement");
    }
    if (wait.compareTo(ONE_HOUR) <= 0) {
      return IN_1_HOUR;
    }
    if (wait.compareTo(TWO_HOURS) <= 0) {
      return IN_2_HOURS;
    }
    if (wait.compareTo(FOUR_HOURS) <= 0) {
      return IN_4_HOURS;
    }
    // Where clocks go back across local midnight, the ready date can be the one before placement.
    if (localDatesApart <= 0) {
      return TODAY;
    }
    if (localDatesApart == 1) {
      return TOMORROW;
    }
    return localDatesApart <= 4 ? IN_2_TO_4_DAYS : IN_5_OR_MORE_DAYS;
  }
}
