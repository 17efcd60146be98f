package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One opening period of a store on one date, resolved to instants with the store's zone rules.
 *
 * <p>The interval is half-open: the store is open from {@code opens} inclusive to {@code closes}
 * exclusive. The local date-times are the wall-clock times at those instants in the store's zone,
 * so a time that fell into a daylight-saving gap shows as the later time it moved to.
 *
 * @param opens the instant the store opens
 * @param closes the instant the store closes, after {@code opens}
 * @param localOpens the store's local date and time at {@code opens}
 * @param localCloses the store's local date and time at {@code closes}
 */
public record OpenInterval(
    Instant opens, Instant closes, LocalDateTime localOpens, LocalDateTime localCloses) {

  /**
   * Validates the interval.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public OpenInterval {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(localOpens, "localOpens");
    Objects.requireNonNull(localCloses, "localCloses");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "Invalid open interval: closes "
              + closes
              + " is not after opens "
              + opens
              + ". An interval must last more than zero time.");
    }
  }

  /**
   * Tells whether the store is open at an instant of this interval.
   *
   * @param instant the instant to test
   * @return true when {@code opens <= instant < closes}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(opens) && instant.isBefore(closes);
  }

  /**
   * Returns the elapsed time from opening to closing, which differs from the local clock time on a
   * daylight-saving change day.
   *
   * @return the duration, more than zero
   */
  public Duration duration() {
    return Duration.between(opens, closes);
  }
}
