package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a day during which a store is open, in the store's local time.
 *
 * <p>The period opens at {@code opens} on the day it belongs to. It closes at {@code closes} on the
 * same day, or on the next day when {@code closesNextDay} is true. The next-day form covers a
 * period past midnight such as {@code 22:00-02:00} and a whole day {@code 00:00-24:00}, which
 * closes at 00:00 of the next day. A period lasts more than zero and at most 24 hours of local
 * clock time. On a daylight-saving change day the elapsed time differs from the clock time, see
 * {@link StoreCalendar#openIntervals}.
 *
 * @param opens local time at which the period opens
 * @param closes local time at which the period closes
 * @param closesNextDay true when {@code closes} falls on the day after the opening day
 */
public record OpeningPeriod(LocalTime opens, LocalTime closes, boolean closesNextDay)
    implements Comparable<OpeningPeriod> {

  /** The accepted text form, quoted in parse error messages. */
  static final String SYNTAX =
      "\"HH:MM-HH:MM\", for example \"09:00-17:30\", \"22:00-02:00\" or \"00:00-24:00\"";

  private static final Pattern PERIOD =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

  private static final int SECONDS_PER_DAY = 86_400;

  /**
   * Validates the period.
   *
   * @throws NullPointerException if {@code opens} or {@code closes} is null
   * @throws IllegalArgumentException if a same-day period does not close after it opens, or if a
   *     next-day period closes later than its opening time, which would make it longer than 24
   *     hours
   */
  public OpeningPeriod {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!closesNextDay && !closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "Invalid opening period: closes "
              + closes
              + " is not after opens "
              + opens
              + " on the same day. Set closesNextDay for a period past midnight.");
    }
    if (closesNextDay && closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "Invalid opening period: closes "
              + closes
              + " on the next day is later than opens "
              + opens
              + ", so the period would last more than 24 hours. Split it into one period per"
              + " day.");
    }
  }

  /**
   * Creates a period that closes on the same day when {@code closes} is after {@code opens}, and on
   * the next day otherwise.
   *
   * <p>Equal times therefore mean 24 hours: {@code of(MIDNIGHT, MIDNIGHT)} is {@link #allDay()}.
   *
   * @param opens local opening time
   * @param closes local closing time
   * @return the period
   * @throws NullPointerException if an argument is null
   */
  public static OpeningPeriod of(LocalTime opens, LocalTime closes) {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    return new OpeningPeriod(opens, closes, !closes.isAfter(opens));
  }

  /**
   * Returns the period {@code 00:00-24:00}, open for the whole local day.
   *
   * @return the whole-day period
   */
  public static OpeningPeriod allDay() {
    return new OpeningPeriod(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);
  }

  /**
   * Parses a period written {@code HH:MM-HH:MM} in 24-hour local time.
   *
   * <p>{@code 24:00} is accepted as a closing time and means midnight at the end of the day. A
   * closing time at or before the opening time closes on the next day, so {@code 22:00-02:00} runs
   * past midnight and equal times mean 24 hours. Spaces around the dash are allowed.
   *
   * @param text the period, for example {@code "09:00-17:30"}
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} does not match the syntax or names a time that
   *     does not exist. The message names the text and shows the expected syntax.
   */
  public static OpeningPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse(
        text,
        problem ->
            new IllegalArgumentException(
                "Invalid opening period \""
                    + text
                    + "\": "
                    + problem
                    + ". Expected "
                    + SYNTAX
                    + "."));
  }

  /**
   * Parses a period like {@link #parse(String)}, building the exception from a description of the
   * problem so that callers can name the text that contains the period.
   */
  static OpeningPeriod parse(String text, Function<String, IllegalArgumentException> onInvalid) {
    Matcher matcher = PERIOD.matcher(text.strip());
    if (!matcher.matches()) {
      throw onInvalid.apply("it does not have the form HH:MM-HH:MM");
    }
    int openingHour = Integer.parseInt(matcher.group(1));
    int openingMinute = Integer.parseInt(matcher.group(2));
    int closingHour = Integer.parseInt(matcher.group(3));
    int closingMinute = Integer.parseInt(matcher.group(4));
    if (openingHour == 24 && openingMinute == 0) {
      throw onInvalid.apply(
          "24:00 is only valid as a closing time, so write 00:00 to open at midnight");
    }
    if (closingHour == 24 && closingMinute == 0) {
      LocalTime opens = toTime(openingHour, openingMinute, matcher.group(1), onInvalid);
      return new OpeningPeriod(opens, LocalTime.MIDNIGHT, true);
    }
    LocalTime opens = toTime(openingHour, openingMinute, matcher.group(1), onInvalid);
    LocalTime closes = toTime(closingHour, closingMinute, matcher.group(3), onInvalid);
    return of(opens, closes);
  }

  private static LocalTime toTime(
      int hour,
      int minute,
      String hourDigits,
      Function<String, IllegalArgumentException> onInvalid) {
    if (hour > 23 || minute > 59) {
      throw onInvalid.apply(
          String.format(Locale.ROOT, "%s:%02d is not a valid time of day", hourDigits, minute));
    }
    return LocalTime.of(hour, minute);
  }

  /**
   * Returns the length of the period in local clock time, ignoring daylight-saving changes.
   *
   * @return the length, more than zero and at most 24 hours
   */
  public Duration localLength() {
    return Duration.ofSeconds(endSecondOfDay() - opens.toSecondOfDay(), 0)
        .plusNanos(closes.getNano() - opens.getNano());
  }

  /**
   * Returns the closing time as seconds after the start of the opening day, above 86400 when the
   * period closes the next day.
   */
  int endSecondOfDay() {
    return closes.toSecondOfDay() + (closesNextDay ? SECONDS_PER_DAY : 0);
  }

  /**
   * Checks that {@code sorted} periods of one day do not overlap. Touching periods are allowed.
   *
   * @param dayLabel the day named in the error message, for example "Monday" or "2025-12-24"
   * @param sorted the periods of the day, sorted by opening time
   * @throws IllegalArgumentException if two periods overlap
   */
  static void requireNoOverlap(String dayLabel, List<OpeningPeriod> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      OpeningPeriod previous = sorted.get(i - 1);
      OpeningPeriod next = sorted.get(i);
      if (previous.endSecondOfDay() > next.opens.toSecondOfDay()) {
        throw new IllegalArgumentException(
            "Invalid opening hours for "
                + dayLabel
                + ": period "
                + previous
                + " overlaps period "
                + next
                + ". Periods of one day must not overlap, so merge them into one period.");
      }
    }
  }

  /**
   * Orders periods by opening time, then by closing time.
   *
   * @param other the period to compare with
   * @return a negative number, zero or a positive number as this period sorts before, with or after
   *     {@code other}
   */
  @Override
  public int compareTo(OpeningPeriod other) {
    int byOpening = opens.compareTo(other.opens);
    if (byOpening != 0) {
      return byOpening;
    }
    int byEnd = Integer.compare(endSecondOfDay(), other.endSecondOfDay());
    return byEnd != 0 ? byEnd : Integer.compare(closes.getNano(), other.closes.getNano());
  }

  /**
   * Returns the period in the form that {@link #parse} reads, such as {@code 09:00-17:30} or {@code
   * 00:00-24:00}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String closing = closesNextDay && closes.equals(LocalTime.MIDNIGHT) ? "24:00" : format(closes);
    return format(opens) + "-" + closing;
  }

  private static String format(LocalTime time) {
    // LocalTime.toString drops zero seconds, so whole minutes print as HH:MM.
    return time.toString();
  }
}
