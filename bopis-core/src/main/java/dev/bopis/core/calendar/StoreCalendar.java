package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A store's opening hours in its own time zone: weekly hours with special hours for some dates.
 *
 * <p>Dates and times of day are local to {@link #zone()}, whatever the zone of the customer, the
 * server or the JVM default. The hours of a date come from its fixed-date {@link SpecialHours}
 * entry if there is one, else from a yearly entry for its month and day, else from the {@link
 * WeeklyHours} of its day of the week.
 *
 * <p>Local times become instants with the zone rules in force at that local date and time, never
 * with an offset taken at another hour. A local time in a spring-forward gap moves forward by the
 * length of the gap, and a local time in a fall-back overlap takes the earlier offset, which is its
 * first occurrence. So {@code 00:00-24:00} lasts 23 hours on the day clocks go forward and 25 hours
 * on the day they go back.
 *
 * <p>Intervals that touch or overlap form one continuous opening: a store open {@code 00:00-24:00}
 * on two days in a row is open across midnight. {@link #isOpenThroughout} and the estimators of
 * this package rely on that.
 *
 * <p>Searches look at most {@value #SEARCH_HORIZON_DAYS} days ahead, so a store that never opens
 * produces empty results instead of an endless loop. Instances are immutable and thread-safe.
 */
public final class StoreCalendar {

  /** Number of days after the starting date that searches for an opening look at. */
  public static final int SEARCH_HORIZON_DAYS = 366;

  /** {@link #SEARCH_HORIZON_DAYS} as a duration. */
  static final Duration SEARCH_HORIZON = Duration.ofDays(SEARCH_HORIZON_DAYS);

  /**
   * Days before an instant's local date whose intervals may still contain it: a period lasts at
   * most 24 hours of clock time, and two days also cover zones that move clocks back across
   * midnight.
   */
  private static final int LOOK_BACK_DAYS = 2;

  private static final Comparator<OpenInterval> BY_OPENING =
      Comparator.comparing(OpenInterval::opens).thenComparing(OpenInterval::closes);

  private final ZoneId zone;
  private final WeeklyHours weekly;
  private final List<SpecialHours> special;
  private final Map<LocalDate, SpecialHours> fixedDates = new HashMap<>();
  private final Map<MonthDay, SpecialHours> yearlyDates = new HashMap<>();

  /**
   * Creates a calendar.
   *
   * @param zone the store's time zone, for example {@code ZoneId.of("Europe/London")}
   * @param weekly the regular hours per day of the week
   * @param special entries that replace the weekly hours on some dates, with at most one fixed-date
   *     entry per date and one yearly entry per month and day
   * @throws NullPointerException if an argument or entry is null
   * @throws IllegalArgumentException if two fixed-date entries share a date, or two yearly entries
   *     share a month and day
   */
  public StoreCalendar(ZoneId zone, WeeklyHours weekly, List<SpecialHours> special) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.special = List.copyOf(Objects.requireNonNull(special, "special"));
    for (SpecialHours entry : this.special) {
      Year year = entry.year();
      @Nullable SpecialHours previous =
          year == null
              ? yearlyDates.putIfAbsent(entry.monthDay(), entry)
              : fixedDates.putIfAbsent(entry.monthDay().atYear(year.getValue()), entry);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Invalid special hours: \""
                + previous
                + "\" and \""
                + entry
                + "\" are for the same date. Keep one entry per date.");
      }
    }
  }

  /**
   * Creates a calendar without special hours.
   *
   * @param zone the store's time zone
   * @param weekly the regular hours per day of the week
   * @return the calendar
   * @throws NullPointerException if an argument is null
   */
  public static StoreCalendar of(ZoneId zone, WeeklyHours weekly) {
    return new StoreCalendar(zone, weekly, List.of());
  }

  /**
   * Creates a calendar for a store that never closes, open {@code 00:00-24:00} every day.
   *
   * @param zone the store's time zone, which still decides the local dates
   * @return the calendar
   * @throws NullPointerException if {@code zone} is null
   */
  public static StoreCalendar alwaysOpen(ZoneId zone) {
    return of(zone, WeeklyHours.allDay());
  }

  /**
   * Returns the store's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the regular hours per day of the week.
   *
   * @return the weekly hours
   */
  public WeeklyHours weekly() {
    return weekly;
  }

  /**
   * Returns the special hours, in the order given to the constructor.
   *
   * @return an unmodifiable list
   */
  public List<SpecialHours> special() {
    return special;
  }

  /**
   * Returns the store's local date at an instant.
   *
   * @param instant the instant
   * @return the date in the store's zone
   * @throws NullPointerException if {@code instant} is null
   */
  public LocalDate localDate(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Returns the opening periods that start on a local date, after special hours are applied.
   *
   * @param date the local date
   * @return the periods sorted by opening time, empty when the store is closed that day
   * @throws NullPointerException if {@code date} is null
   */
  public List<OpeningPeriod> periodsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    SpecialHours entry = fixedDates.get(date);
    if (entry == null) {
      entry = yearlyDates.get(MonthDay.from(date));
    }
    return entry != null ? entry.periods() : weekly.periodsOn(date.getDayOfWeek());
  }

  /**
   * Returns the open intervals of the periods that start on a local date, as instants.
   *
   * <p>A period that closes the next day ends on the next local date. Each local time is converted
   * with the zone rules at that local date and time, see {@link StoreCalendar}. A period that the
   * conversion leaves with no time open, because its closing time moved to or before its opening in
   * a spring-forward gap, is left out.
   *
   * @param date the local date on which the periods start
   * @return the intervals sorted by opening instant, empty when the store is closed that day
   * @throws NullPointerException if {@code date} is null
   */
  public List<OpenInterval> openIntervals(LocalDate date) {
    List<OpeningPeriod> periods = periodsOn(date);
    List<OpenInterval> intervals = new ArrayList<>(periods.size());
    for (OpeningPeriod period : periods) {
      ZonedDateTime opens = ZonedDateTime.of(date, period.opens(), zone);
      LocalDate closingDate = period.closesNextDay() ? date.plusDays(1) : date;
      ZonedDateTime closes = ZonedDateTime.of(closingDate, period.closes(), zone);
      if (closes.toInstant().isAfter(opens.toInstant())) {
        intervals.add(
            new OpenInterval(
                opens.toInstant(),
                closes.toInstant(),
                opens.toLocalDateTime(),
                closes.toLocalDateTime()));
      }
    }
    intervals.sort(BY_OPENING);
    return intervals;
  }

  /**
   * Tells whether the store is open at an instant.
   *
   * @param instant the instant
   * @return true when an open interval contains {@code instant}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isOpen(Instant instant) {
    return intervalContaining(instant).isPresent();
  }

  /**
   * Finds the open interval that contains an instant.
   *
   * @param instant the instant
   * @return the interval with {@code opens <= instant < closes}, or empty when the store is closed
   *     then. If special hours make intervals overlap, it is the one that opens first.
   * @throws NullPointerException if {@code instant} is null
   */
  public Optional<OpenInterval> intervalContaining(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return intervalsContaining(instant).stream().min(BY_OPENING);
  }

  private List<OpenInterval> intervalsContaining(Instant instant) {
    List<OpenInterval> containing = new ArrayList<>(2);
    LocalDate date = localDate(instant);
    for (LocalDate day = date.minusDays(LOOK_BACK_DAYS);
        !day.isAfter(date);
        day = day.plusDays(1)) {
      for (OpenInterval interval : openIntervals(day)) {
        if (interval.contains(instant)) {
          containing.add(interval);
        }
      }
    }
    return containing;
  }

  /**
   * Finds the first open interval that opens at or after an instant.
   *
   * <p>An interval that already contains {@code from} but opened before it is not returned. Use
   * {@link #earliestOpenInstant} for "open now or next". The search covers {@value
   * #SEARCH_HORIZON_DAYS} local dates after the date of {@code from}.
   *
   * @param from the instant to search from
   * @return the interval with the earliest {@code opens >= from}, or empty when none starts within
   *     the search horizon
   * @throws NullPointerException if {@code from} is null
   */
  public Optional<OpenInterval> nextOpening(Instant from) {
    Objects.requireNonNull(from, "from");
    LocalDate date = localDate(from);
    LocalDate lastDate = date.plusDays(SEARCH_HORIZON_DAYS);
    @Nullable OpenInterval found = null;
    for (LocalDate day = date.minusDays(LOOK_BACK_DAYS);
        !day.isAfter(lastDate);
        day = day.plusDays(1)) {
      boolean foundBefore = found != null;
      for (OpenInterval interval : openIntervals(day)) {
        boolean opensInTime = !interval.opens().isBefore(from);
        if (opensInTime && (found == null || BY_OPENING.compare(interval, found) < 0)) {
          found = interval;
        }
      }
      if (foundBefore) {
        // A later date can open earlier only across a zone transition at midnight, and then by
        // less than a day, so scanning one date past the first match is enough.
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Finds the first open interval that starts on a local date or later.
   *
   * @param date the first local date to look at
   * @return the earliest interval starting on {@code date} or within {@value #SEARCH_HORIZON_DAYS}
   *     days after it, or empty when there is none
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<OpenInterval> firstOpeningOnOrAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate lastDate = date.plusDays(SEARCH_HORIZON_DAYS);
    for (LocalDate day = date; !day.isAfter(lastDate); day = day.plusDays(1)) {
      List<OpenInterval> intervals = openIntervals(day);
      if (!intervals.isEmpty()) {
        return Optional.of(intervals.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the earliest instant at or after {@code from} at which the store is open.
   *
   * @param from the instant to search from
   * @return {@code from} itself when the store is open then, else the next opening instant, or
   *     empty when the store does not open within the search horizon
   * @throws NullPointerException if {@code from} is null
   */
  public Optional<Instant> earliestOpenInstant(Instant from) {
    if (isOpen(from)) {
      return Optional.of(from);
    }
    return nextOpening(from).map(OpenInterval::opens);
  }

  /**
   * Tells whether the store is open without a break from {@code start} until {@code end}.
   *
   * <p>The store must be open at {@code start} and at every instant before {@code end}. It may
   * close exactly at {@code end}. Intervals that touch or overlap count as one opening, so a window
   * across midnight fits in a store open {@code 00:00-24:00} on both days.
   *
   * @param start the first instant, inclusive
   * @param end the last instant, exclusive
   * @return true when the store is open throughout {@code [start, end)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public boolean isOpenThroughout(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "end " + end + " is not after start " + start + ". Pass a range that lasts some time.");
    }
    return !openUntil(start, end).isBefore(end);
  }

  /**
   * Returns the instant the business day that starts on a local date ends: the latest closing of
   * the periods that start on that date.
   *
   * @param date the local date
   * @return the closing instant, which is on the next date for a period past midnight, or empty
   *     when the store is closed that day
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Instant> closingTimeOn(LocalDate date) {
    return openIntervals(date).stream().map(OpenInterval::closes).max(Comparator.naturalOrder());
  }

  /**
   * Returns how far the store stays open without a break from {@code from}, capped at {@code
   * limit}.
   *
   * @param from the starting instant
   * @param limit the instant after which the search stops, not before {@code from}
   * @return {@code from} when the store is closed then, else the end of the continuous opening that
   *     contains {@code from}, or {@code limit} if that comes first
   */
  Instant openUntil(Instant from, Instant limit) {
    Instant covered = from;
    while (covered.isBefore(limit)) {
      Optional<Instant> furthest =
          intervalsContaining(covered).stream()
              .map(OpenInterval::closes)
              .max(Comparator.naturalOrder());
      if (furthest.isEmpty()) {
        break;
      }
      covered = furthest.get();
    }
    return covered.isAfter(limit) ? limit : covered;
  }

  /**
   * Returns how far the store stays open from an instant at which it is open, like {@link
   * #openUntil}, for the search loops that must move forward on every step.
   *
   * @throws IllegalStateException if the store is not open at {@code openInstant} after all, which
   *     would stop the caller's loop from making progress
   */
  Instant openRunEnd(Instant openInstant, Instant limit) {
    Instant end = openUntil(openInstant, limit);
    if (openInstant.isBefore(limit) && !end.isAfter(openInstant)) {
      throw new IllegalStateException(
          "No open interval contains "
              + openInstant
              + ", which was found as an opening instant of "
              + this
              + ", so the search would not make progress");
    }
    return end;
  }

  /**
   * Compares the zone, the weekly hours and the special hours in order.
   *
   * @param other the object to compare with
   * @return true when {@code other} is a calendar with equal components
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoreCalendar that
        && zone.equals(that.zone)
        && weekly.equals(that.weekly)
        && special.equals(that.special);
  }

  /**
   * Returns a hash code of the zone, the weekly hours and the special hours.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, special);
  }

  /**
   * Returns the zone, the weekly hours and the special hours as text.
   *
   * @return the text, for example {@code StoreCalendar[Europe/London, Mon-Sat 10:00-18:00, Sun
   *     closed, special=[12-25 closed]]}
   */
  @Override
  public String toString() {
    return "StoreCalendar[" + zone + ", " + weekly + ", special=" + special + "]";
  }
}
