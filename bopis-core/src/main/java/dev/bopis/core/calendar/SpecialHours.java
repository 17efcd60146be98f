package dev.bopis.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opening periods that replace a store's weekly hours on one date, or on one month and day every
 * year.
 *
 * <p>An empty list of periods closes the store for that date. When both a fixed-date entry and a
 * yearly entry match a date, {@link StoreCalendar} uses the fixed-date entry. A yearly entry for
 * February 29 applies in leap years only.
 *
 * @param monthDay the month and day the entry applies to
 * @param year the year of a fixed-date entry, or null for an entry that applies every year
 * @param periods the opening periods of the day sorted by opening time, or empty when closed
 */
public record SpecialHours(MonthDay monthDay, @Nullable Year year, List<OpeningPeriod> periods) {

  /** The accepted text form, quoted in parse error messages. */
  static final String SYNTAX =
      "a date YYYY-MM-DD, or MM-DD for every year, followed by \"closed\" or by periods, for"
          + " example \"2025-12-24 10:00-14:00\" or \"12-25 closed\"";

  private static final Pattern DATE = Pattern.compile("(?:(\\d{4})-)?(\\d{2})-(\\d{2})");

  /**
   * Copies and validates the entry.
   *
   * @throws NullPointerException if {@code monthDay} or {@code periods} is null, or a period is
   *     null
   * @throws IllegalArgumentException if {@code monthDay} does not exist in {@code year}, or two
   *     periods overlap
   */
  public SpecialHours {
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(periods, "periods");
    List<OpeningPeriod> sorted = new ArrayList<>(List.copyOf(periods));
    Collections.sort(sorted);
    if (year != null && !monthDay.isValidYear(year.getValue())) {
      throw new IllegalArgumentException(
          "Invalid special hours: "
              + dateText(monthDay, null)
              + " does not exist in year "
              + year
              + ". Use a date that exists, or a yearly entry.");
    }
    OpeningPeriod.requireNoOverlap(dateText(monthDay, year), sorted);
    periods = List.copyOf(sorted);
  }

  /**
   * Creates an entry for one date.
   *
   * @param date the date
   * @param periods the opening periods of that date, or none for closed
   * @return the entry
   * @throws NullPointerException if an argument or period is null
   * @throws IllegalArgumentException if two periods overlap
   */
  public static SpecialHours on(LocalDate date, OpeningPeriod... periods) {
    Objects.requireNonNull(date, "date");
    return new SpecialHours(MonthDay.from(date), Year.of(date.getYear()), List.of(periods));
  }

  /**
   * Creates an entry that closes the store on one date.
   *
   * @param date the date
   * @return the entry
   * @throws NullPointerException if {@code date} is null
   */
  public static SpecialHours closedOn(LocalDate date) {
    return on(date);
  }

  /**
   * Creates an entry for one month and day in every year.
   *
   * @param monthDay the month and day, for example {@code MonthDay.of(12, 24)}
   * @param periods the opening periods of that day, or none for closed
   * @return the entry
   * @throws NullPointerException if an argument or period is null
   * @throws IllegalArgumentException if two periods overlap
   */
  public static SpecialHours yearly(MonthDay monthDay, OpeningPeriod... periods) {
    return new SpecialHours(monthDay, null, List.of(periods));
  }

  /**
   * Creates an entry that closes the store on one month and day in every year.
   *
   * @param monthDay the month and day, for example {@code MonthDay.of(12, 25)}
   * @return the entry
   * @throws NullPointerException if {@code monthDay} is null
   */
  public static SpecialHours closedYearly(MonthDay monthDay) {
    return yearly(monthDay);
  }

  /**
   * Parses an entry written as a date followed by {@code closed} or by one or more periods.
   *
   * <p>{@code YYYY-MM-DD} is a fixed date and {@code MM-DD} applies every year. Periods are written
   * as in {@link OpeningPeriod#parse}.
   *
   * @param text the entry, for example {@code "2025-12-24 10:00-14:00"} or {@code "12-25 closed"}
   * @return the entry
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not match the syntax, the date does not exist
   *     or periods overlap. The message names the bad token and shows the expected syntax.
   */
  public static SpecialHours parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length < 2) {
      throw invalid(text, "a date must be followed by periods or \"closed\"");
    }
    Matcher date = DATE.matcher(tokens[0]);
    if (!date.matches()) {
      throw invalid(text, "\"" + tokens[0] + "\" is not a date YYYY-MM-DD or MM-DD");
    }
    MonthDay monthDay;
    @Nullable Year year;
    try {
      monthDay = MonthDay.of(Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
      year = date.group(1) == null ? null : Year.of(Integer.parseInt(date.group(1)));
    } catch (DateTimeException e) {
      throw invalid(text, "\"" + tokens[0] + "\" is not a valid date");
    }
    List<OpeningPeriod> periods = new ArrayList<>();
    if (tokens[1].equalsIgnoreCase("closed")) {
      if (tokens.length > 2) {
        throw invalid(
            text, "\"" + tokens[2] + "\" follows \"closed\", but a closed day has no periods");
      }
    } else {
      for (int i = 1; i < tokens.length; i++) {
        String token = tokens[i];
        periods.add(
            OpeningPeriod.parse(
                token,
                problem ->
                    invalid(
                        text,
                        "\""
                            + token
                            + "\" is neither \"closed\" nor a valid period because "
                            + problem)));
      }
    }
    return new SpecialHours(monthDay, year, periods);
  }

  private static IllegalArgumentException invalid(String text, String problem) {
    return new IllegalArgumentException(
        "Invalid special hours \"" + text + "\": " + problem + ". Expected " + SYNTAX + ".");
  }

  /**
   * Tells whether the entry applies every year.
   *
   * @return true for a yearly entry, false for a fixed date
   */
  public boolean isYearly() {
    return year == null;
  }

  /**
   * Tells whether the entry closes the store for the whole day.
   *
   * @return true when the entry has no opening period
   */
  public boolean isClosed() {
    return periods.isEmpty();
  }

  /**
   * Tells whether the entry matches a date: the same month and day, and the same year unless the
   * entry is yearly.
   *
   * @param date the local date
   * @return true when the entry applies to {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean appliesTo(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return monthDay.equals(MonthDay.from(date))
        && (year == null || year.getValue() == date.getYear());
  }

  /**
   * Returns the entry in the form that {@link #parse} reads, such as {@code 12-25 closed}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(dateText(monthDay, year));
    if (periods.isEmpty()) {
      parts.add("closed");
    }
    periods.forEach(period -> parts.add(period.toString()));
    return String.join(" ", parts);
  }

  private static String dateText(MonthDay monthDay, @Nullable Year year) {
    String monthAndDay = monthDay.toString().substring(2);
    return year == null
        ? monthAndDay
        : String.format(Locale.ROOT, "%04d-%s", year.getValue(), monthAndDay);
  }
}
