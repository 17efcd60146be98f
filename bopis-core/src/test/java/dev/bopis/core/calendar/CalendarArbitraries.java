package dev.bopis.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of store calendars and instants for the property tests, biased towards daylight-saving
 * change days, periods past midnight and whole days.
 */
final class CalendarArbitraries {

  /** Zones with and without daylight saving, with half-hour and 45-minute offsets. */
  static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("Australia/Adelaide"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Auckland"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Asia/Kathmandu"));

  private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2028-12-31T00:00:00Z");
  private static final int QUARTERS_PER_DAY = 96;

  private CalendarArbitraries() {}

  static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  static Arbitrary<List<OpeningPeriod>> dayPeriods() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(List.<OpeningPeriod>of())),
        Tuple.of(1, Arbitraries.just(List.of(OpeningPeriod.allDay()))),
        Tuple.of(1, Arbitraries.just(List.of(OpeningPeriod.parse("22:00-02:00")))),
        Tuple.of(1, Arbitraries.just(List.of(OpeningPeriod.parse("01:30-02:45")))),
        Tuple.of(4, sameDayPeriods()));
  }

  /** Generates one or two same-day periods on quarter-hour marks, possibly closing at 24:00. */
  private static Arbitrary<List<OpeningPeriod>> sameDayPeriods() {
    return Arbitraries.integers()
        .between(0, QUARTERS_PER_DAY)
        .set()
        .ofMinSize(2)
        .ofMaxSize(4)
        .map(
            marks -> {
              List<Integer> sorted = marks.stream().sorted().toList();
              List<OpeningPeriod> periods = new ArrayList<>();
              for (int i = 0; i + 1 < sorted.size(); i += 2) {
                periods.add(period(sorted.get(i), sorted.get(i + 1)));
              }
              return periods;
            });
  }

  private static OpeningPeriod period(int openingQuarter, int closingQuarter) {
    LocalTime opens = LocalTime.MIN.plusMinutes(15L * openingQuarter);
    if (closingQuarter == QUARTERS_PER_DAY) {
      return new OpeningPeriod(opens, LocalTime.MIDNIGHT, true);
    }
    return new OpeningPeriod(opens, LocalTime.MIN.plusMinutes(15L * closingQuarter), false);
  }

  static Arbitrary<WeeklyHours> weeklyHours() {
    return dayPeriods()
        .list()
        .ofSize(7)
        .map(
            days -> {
              Map<DayOfWeek, List<OpeningPeriod>> periods = new EnumMap<>(DayOfWeek.class);
              for (DayOfWeek day : DayOfWeek.values()) {
                periods.put(day, days.get(day.ordinal()));
              }
              return periods;
            })
        .filter(CalendarArbitraries::isValidWeek)
        .map(WeeklyHours::of);
  }

  private static boolean isValidWeek(Map<DayOfWeek, List<OpeningPeriod>> periods) {
    try {
      WeeklyHours.of(periods);
      return true;
    } catch (IllegalArgumentException overlapAfterMidnight) {
      return false;
    }
  }

  /** Fixed-date entries near the daylight-saving changes of the generated years. */
  static Arbitrary<List<SpecialHours>> specialHours() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers()
            .between(0, 5 * 366)
            .map(offset -> LocalDate.of(2024, 1, 1).plusDays(offset));
    Arbitrary<SpecialHours> entries =
        Combinators.combine(dates, dayPeriods())
            .as(
                (date, periods) ->
                    new SpecialHours(
                        java.time.MonthDay.from(date), java.time.Year.of(date.getYear()), periods));
    return entries
        .list()
        .ofMaxSize(3)
        .uniqueElements(entry -> entry.monthDay().atYear(entry.year().getValue()));
  }

  static Arbitrary<StoreCalendar> calendars() {
    return Combinators.combine(zones(), weeklyHours(), specialHours()).as(StoreCalendar::new);
  }

  /** Instants spread over 2024 to 2028, half of them within two days of a zone transition. */
  static Arbitrary<Instant> instants(ZoneId zone) {
    Arbitrary<Instant> uniform =
        Arbitraries.longs()
            .between(FIRST.getEpochSecond(), LAST.getEpochSecond())
            .map(Instant::ofEpochSecond);
    List<Instant> transitions = transitions(zone);
    if (transitions.isEmpty()) {
      return uniform;
    }
    Arbitrary<Instant> nearTransition =
        Combinators.combine(
                Arbitraries.of(transitions), Arbitraries.longs().between(-2 * 86_400L, 2 * 86_400L))
            .as(Instant::plusSeconds);
    return Arbitraries.oneOf(uniform, nearTransition);
  }

  static List<Instant> transitions(ZoneId zone) {
    List<Instant> transitions = new ArrayList<>();
    ZoneOffsetTransition next = zone.getRules().nextTransition(FIRST);
    while (next != null && next.getInstant().isBefore(LAST)) {
      transitions.add(next.getInstant());
      next = zone.getRules().nextTransition(next.getInstant());
    }
    return transitions;
  }

  static boolean isChangeDay(ZoneId zone, LocalDate date) {
    Instant startOfDay = date.atStartOfDay(zone).toInstant();
    Instant startOfNextDay = date.plusDays(1).atStartOfDay(zone).toInstant();
    return !Duration.between(startOfDay, startOfNextDay).equals(Duration.ofDays(1));
  }

  /**
   * Merges the open intervals of a calendar that touch or overlap, for the local dates from two
   * days before {@code from} to one day after {@code to}. The test computes it on its own so that
   * it does not rely on the code under test.
   */
  static List<Instant[]> openSpans(StoreCalendar calendar, Instant from, Instant to) {
    List<OpenInterval> intervals = new ArrayList<>();
    LocalDate last = calendar.localDate(to).plusDays(1);
    for (LocalDate date = calendar.localDate(from).minusDays(2);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      intervals.addAll(calendar.openIntervals(date));
    }
    intervals.sort(Comparator.comparing(OpenInterval::opens));
    List<Instant[]> spans = new ArrayList<>();
    for (OpenInterval interval : intervals) {
      Instant[] lastSpan = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (lastSpan != null && !interval.opens().isAfter(lastSpan[1])) {
        if (interval.closes().isAfter(lastSpan[1])) {
          lastSpan[1] = interval.closes();
        }
      } else {
        spans.add(new Instant[] {interval.opens(), interval.closes()});
      }
    }
    return spans;
  }

  /** Sums the open time of {@code spans} between {@code from} and {@code to}. */
  static Duration openTimeBetween(List<Instant[]> spans, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (Instant[] span : spans) {
      Instant start = span[0].isAfter(from) ? span[0] : from;
      Instant end = span[1].isBefore(to) ? span[1] : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }
}
