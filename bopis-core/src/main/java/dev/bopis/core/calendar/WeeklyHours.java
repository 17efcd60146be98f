package dev.bopis.core.calendar;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A store's regular opening periods for each day of the week, in the store's local time.
 *
 * <p>A day missing from {@code periods} is closed. The periods of each day are sorted by opening
 * time and must not overlap, and a period that runs past midnight must not overlap the first period
 * of the next day. Periods may touch, so {@code 00:00-24:00} every day is a store that never
 * closes.
 *
 * @param periods the opening periods per day, leaving out days without periods
 */
public record WeeklyHours(Map<DayOfWeek, List<OpeningPeriod>> periods) {

  /** The accepted text form, quoted in parse error messages. */
  static final String SYNTAX =
      "comma-separated clauses of days and periods, for example \"Mon-Sat 10:00-18:00, Sun"
          + " closed\", \"daily 13:00-18:00\" or \"Mon-Fri 08:00-12:00 13:00-20:00\"";

  /**
   * Copies and validates the periods.
   *
   * @throws NullPointerException if {@code periods}, a day or a list of periods is null, or a list
   *     contains null
   * @throws IllegalArgumentException if two periods of one day overlap, or a period past midnight
   *     overlaps the first period of the next day
   */
  public WeeklyHours {
    Objects.requireNonNull(periods, "periods");
    EnumMap<DayOfWeek, List<OpeningPeriod>> copy = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, List<OpeningPeriod>> entry : periods.entrySet()) {
      DayOfWeek day = Objects.requireNonNull(entry.getKey(), "day of week in periods");
      List<OpeningPeriod> dayPeriods =
          new ArrayList<>(Objects.requireNonNull(entry.getValue(), "periods of " + day));
      dayPeriods.forEach(period -> Objects.requireNonNull(period, "period of " + day));
      if (!dayPeriods.isEmpty()) {
        Collections.sort(dayPeriods);
        OpeningPeriod.requireNoOverlap(displayName(day), dayPeriods);
        copy.put(day, List.copyOf(dayPeriods));
      }
    }
    requireNoOverlapAfterMidnight(copy);
    periods = Collections.unmodifiableMap(copy);
  }

  private static void requireNoOverlapAfterMidnight(Map<DayOfWeek, List<OpeningPeriod>> periods) {
    for (Map.Entry<DayOfWeek, List<OpeningPeriod>> entry : periods.entrySet()) {
      List<OpeningPeriod> today = entry.getValue();
      OpeningPeriod last = today.get(today.size() - 1);
      List<OpeningPeriod> tomorrow = periods.get(entry.getKey().plus(1));
      if (!last.closesNextDay() || tomorrow == null) {
        continue;
      }
      OpeningPeriod first = tomorrow.get(0);
      if (last.closes().isAfter(first.opens())) {
        throw new IllegalArgumentException(
            "Invalid opening hours: "
                + displayName(entry.getKey())
                + " period "
                + last
                + " runs past midnight into "
                + displayName(entry.getKey().plus(1))
                + " period "
                + first
                + ". Shorten one of them so that they do not overlap.");
      }
    }
  }

  /**
   * Creates weekly hours from periods per day, like the canonical constructor.
   *
   * @param periods the opening periods per day, where a missing day or an empty list means closed
   * @return the weekly hours
   * @throws NullPointerException if {@code periods}, a day or a list of periods is null
   * @throws IllegalArgumentException if periods overlap, see {@link WeeklyHours}
   */
  public static WeeklyHours of(Map<DayOfWeek, List<OpeningPeriod>> periods) {
    return new WeeklyHours(periods);
  }

  /**
   * Returns weekly hours with every day closed.
   *
   * @return weekly hours that never open
   */
  public static WeeklyHours closed() {
    return new WeeklyHours(Map.of());
  }

  /**
   * Returns weekly hours open {@code 00:00-24:00} every day.
   *
   * @return weekly hours that never close
   */
  public static WeeklyHours allDay() {
    return builder().daily(OpeningPeriod.allDay()).build();
  }

  /**
   * Returns a builder with every day closed.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses weekly hours written as comma-separated clauses, each a day or range of days followed by
   * {@code closed} or by one or more periods.
   *
   * <p>Days are English names or three-letter abbreviations in any case ({@code Mon}, {@code
   * monday}); {@code daily} means every day. A range such as {@code Mon-Fri} includes both ends and
   * may wrap around the week ({@code Fri-Mon}). Periods are written as in {@link
   * OpeningPeriod#parse}. Days that no clause names are closed. A later clause replaces the hours
   * of the days it names, so {@code "daily 10:00-18:00, Sun closed"} closes Sunday.
   *
   * @param text the weekly hours, for example {@code "Mon-Sat 10:00-18:00, Sun closed"}
   * @return the weekly hours
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if a clause or token is invalid, or periods overlap. The
   *     message names the bad token and shows the expected syntax.
   */
  public static WeeklyHours parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw invalid(text, "the text is empty");
    }
    EnumMap<DayOfWeek, List<OpeningPeriod>> periods = new EnumMap<>(DayOfWeek.class);
    for (String clause : text.split("[,;]", -1)) {
      String[] tokens = clause.strip().split("\\s+");
      if (clause.isBlank() || tokens.length < 2) {
        throw invalid(
            text,
            "the clause \"" + clause.strip() + "\" needs days followed by periods or \"closed\"");
      }
      List<DayOfWeek> days = parseDays(text, tokens[0]);
      List<OpeningPeriod> dayPeriods = parsePeriods(text, tokens);
      for (DayOfWeek day : days) {
        periods.put(day, dayPeriods);
      }
    }
    return new WeeklyHours(periods);
  }

  private static List<DayOfWeek> parseDays(String text, String token) {
    if (token.equalsIgnoreCase("daily")) {
      return Arrays.asList(DayOfWeek.values());
    }
    String[] ends = token.split("-", -1);
    if (ends.length > 2) {
      throw invalid(text, "\"" + token + "\" is not a day or a range of days such as Mon-Fri");
    }
    DayOfWeek first = parseDay(text, ends[0]);
    DayOfWeek last = ends.length == 2 ? parseDay(text, ends[1]) : first;
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek day = first; day != last; day = day.plus(1)) {
      days.add(day);
    }
    days.add(last);
    return days;
  }

  private static DayOfWeek parseDay(String text, String token) {
    for (DayOfWeek day : DayOfWeek.values()) {
      String fullName = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String shortName = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      if (token.equalsIgnoreCase(fullName) || token.equalsIgnoreCase(shortName)) {
        return day;
      }
    }
    throw invalid(
        text, "unknown day \"" + token + "\", so use Mon, Tue, Wed, Thu, Fri, Sat, Sun or daily");
  }

  private static List<OpeningPeriod> parsePeriods(String text, String[] tokens) {
    if (tokens[1].equalsIgnoreCase("closed")) {
      if (tokens.length > 2) {
        throw invalid(
            text, "\"" + tokens[2] + "\" follows \"closed\", but a closed day has no periods");
      }
      return List.of();
    }
    List<OpeningPeriod> dayPeriods = new ArrayList<>();
    for (int i = 1; i < tokens.length; i++) {
      String token = tokens[i];
      dayPeriods.add(
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
    return dayPeriods;
  }

  private static IllegalArgumentException invalid(String text, String problem) {
    return new IllegalArgumentException(
        "Invalid weekly hours \"" + text + "\": " + problem + ". Expected " + SYNTAX + ".");
  }

  /**
   * Returns the opening periods of a day of the week, sorted by opening time.
   *
   * @param day the day of the week
   * @return the periods, empty when the store is closed that day
   * @throws NullPointerException if {@code day} is null
   */
  public List<OpeningPeriod> periodsOn(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return periods.getOrDefault(day, List.of());
  }

  /**
   * Tells whether every day of the week is closed.
   *
   * @return true when no day has an opening period
   */
  public boolean isAlwaysClosed() {
    return periods.isEmpty();
  }

  /**
   * Returns the hours in the form that {@link #parse} reads, grouping neighbouring days with the
   * same periods, such as {@code Mon-Sat 10:00-18:00, Sun closed}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    List<String> clauses = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int start = 0;
    while (start < days.length) {
      List<OpeningPeriod> group = periodsOn(days[start]);
      int end = start;
      while (end + 1 < days.length && periodsOn(days[end + 1]).equals(group)) {
        end++;
      }
      String dayText =
          start == 0 && end == days.length - 1
              ? "daily"
              : shortName(days[start]) + (end > start ? "-" + shortName(days[end]) : "");
      clauses.add(dayText + " " + periodsText(group));
      start = end + 1;
    }
    return String.join(", ", clauses);
  }

  private static String periodsText(List<OpeningPeriod> dayPeriods) {
    if (dayPeriods.isEmpty()) {
      return "closed";
    }
    List<String> texts = new ArrayList<>();
    dayPeriods.forEach(period -> texts.add(period.toString()));
    return String.join(" ", texts);
  }

  private static String shortName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static String displayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * Builder of {@link WeeklyHours}, starting with every day closed.
   *
   * <p>Each call replaces the periods of the days it names. A builder is not safe for use by
   * several threads at once.
   */
  public static final class Builder {

    private final EnumMap<DayOfWeek, List<OpeningPeriod>> periods = new EnumMap<>(DayOfWeek.class);

    private Builder() {}

    /**
     * Sets the opening periods of one day.
     *
     * @param day the day of the week
     * @param dayPeriods one or more periods
     * @return this builder
     * @throws NullPointerException if an argument or period is null
     * @throws IllegalArgumentException if no period is given, because {@link #closed} marks a
     *     closed day
     */
    public Builder open(DayOfWeek day, OpeningPeriod... dayPeriods) {
      return open(day, day, dayPeriods);
    }

    /**
     * Sets the opening periods of a range of days, both ends included, wrapping around the week
     * when {@code last} comes before {@code first}.
     *
     * @param first the first day of the range
     * @param last the last day of the range
     * @param dayPeriods one or more periods
     * @return this builder
     * @throws NullPointerException if an argument or period is null
     * @throws IllegalArgumentException if no period is given, because {@link #closed} marks a
     *     closed day
     */
    public Builder open(DayOfWeek first, DayOfWeek last, OpeningPeriod... dayPeriods) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      List<OpeningPeriod> copy = List.of(Objects.requireNonNull(dayPeriods, "dayPeriods"));
      if (copy.isEmpty()) {
        throw new IllegalArgumentException(
            "No opening period given for " + first + "-" + last + ". Call closed(day) instead.");
      }
      for (DayOfWeek day = first; day != last; day = day.plus(1)) {
        periods.put(day, copy);
      }
      periods.put(last, copy);
      return this;
    }

    /**
     * Sets the same opening periods on every day of the week.
     *
     * @param dayPeriods one or more periods
     * @return this builder
     * @throws NullPointerException if a period is null
     * @throws IllegalArgumentException if no period is given
     */
    public Builder daily(OpeningPeriod... dayPeriods) {
      return open(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, dayPeriods);
    }

    /**
     * Marks one day as closed.
     *
     * @param day the day of the week
     * @return this builder
     * @throws NullPointerException if {@code day} is null
     */
    public Builder closed(DayOfWeek day) {
      periods.remove(Objects.requireNonNull(day, "day"));
      return this;
    }

    /**
     * Builds the weekly hours.
     *
     * @return the weekly hours
     * @throws IllegalArgumentException if periods overlap, see {@link WeeklyHours}
     */
    public WeeklyHours build() {
      return new WeeklyHours(periods);
    }
  }
}
