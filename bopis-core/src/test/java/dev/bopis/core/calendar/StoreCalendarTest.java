package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
  private static final ZoneId ADELAIDE = ZoneId.of("Australia/Adelaide");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  private static final StoreCalendar LONDON_STORE =
      StoreCalendar.of(LONDON, WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed"));

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  private static StoreCalendar calendar(ZoneId zone, String weekly, String... special) {
    return new StoreCalendar(
        zone,
        WeeklyHours.parse(weekly),
        java.util.Arrays.stream(special).map(SpecialHours::parse).toList());
  }

  private static OpenInterval onlyInterval(StoreCalendar calendar, LocalDate date) {
    List<OpenInterval> intervals = calendar.openIntervals(date);
    assertThat(intervals).hasSize(1);
    return intervals.get(0);
  }

  @Test
  void openIntervals_phoenixIgnoresUsDst() {
    StoreCalendar phoenix = calendar(PHOENIX, "daily 09:00-17:00");

    OpenInterval spring = onlyInterval(phoenix, LocalDate.of(2026, 3, 8));
    OpenInterval autumn = onlyInterval(phoenix, LocalDate.of(2026, 11, 1));

    assertThat(spring.opens()).isEqualTo(utc("2026-03-08T16:00:00Z"));
    assertThat(spring.closes()).isEqualTo(utc("2026-03-09T00:00:00Z"));
    assertThat(autumn.opens()).isEqualTo(utc("2026-11-01T16:00:00Z"));
    assertThat(autumn.closes()).isEqualTo(utc("2026-11-02T00:00:00Z"));
  }

  @Test
  void openIntervals_adelaideChangeDays() {
    StoreCalendar adelaide = StoreCalendar.alwaysOpen(ADELAIDE);

    OpenInterval clocksForward = onlyInterval(adelaide, LocalDate.of(2025, 10, 5));
    OpenInterval clocksBack = onlyInterval(adelaide, LocalDate.of(2026, 4, 5));

    assertThat(clocksForward.opens()).isEqualTo(utc("2025-10-04T14:30:00Z"));
    assertThat(clocksForward.closes()).isEqualTo(utc("2025-10-05T13:30:00Z"));
    assertThat(clocksForward.duration()).isEqualTo(Duration.ofHours(23));
    assertThat(clocksBack.opens()).isEqualTo(utc("2026-04-04T13:30:00Z"));
    assertThat(clocksBack.closes()).isEqualTo(utc("2026-04-05T14:30:00Z"));
    assertThat(clocksBack.duration()).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void openIntervals_adelaideHalfHourOffsetChangesOvernight() {
    StoreCalendar adelaide = calendar(ADELAIDE, "daily 09:00-17:00");

    OpenInterval before = onlyInterval(adelaide, LocalDate.of(2025, 10, 4));
    OpenInterval after = onlyInterval(adelaide, LocalDate.of(2025, 10, 5));

    assertThat(before.opens()).isEqualTo(utc("2025-10-03T23:30:00Z"));
    assertThat(before.closes()).isEqualTo(utc("2025-10-04T07:30:00Z"));
    assertThat(after.opens()).isEqualTo(utc("2025-10-04T22:30:00Z"));
    assertThat(after.closes()).isEqualTo(utc("2025-10-05T06:30:00Z"));
  }

  @Test
  void openIntervals_gapMovesOpeningForward() {
    StoreCalendar adelaide = calendar(ADELAIDE, "daily closed", "2025-10-05 02:30-04:00");

    OpenInterval interval = onlyInterval(adelaide, LocalDate.of(2025, 10, 5));

    assertThat(interval.opens()).isEqualTo(utc("2025-10-04T17:00:00Z"));
    assertThat(interval.localOpens()).isEqualTo(LocalDateTime.of(2025, 10, 5, 3, 30));
    assertThat(interval.closes()).isEqualTo(utc("2025-10-04T17:30:00Z"));
    assertThat(interval.localCloses()).isEqualTo(LocalDateTime.of(2025, 10, 5, 4, 0));
  }

  @Test
  void openIntervals_periodInsideGapKeepsItsLength() {
    StoreCalendar newYork = calendar(NEW_YORK, "daily closed", "2026-03-08 02:10-02:50");

    OpenInterval interval = onlyInterval(newYork, LocalDate.of(2026, 3, 8));

    assertThat(interval.opens()).isEqualTo(utc("2026-03-08T07:10:00Z"));
    assertThat(interval.closes()).isEqualTo(utc("2026-03-08T07:50:00Z"));
  }

  @Test
  void openIntervals_periodInvertedByGapLeftOut() {
    // 02:30 moves to 03:30 EDT, which is after the closing time 03:15 EDT.
    StoreCalendar newYork = calendar(NEW_YORK, "daily closed", "2026-03-08 02:30-03:15");

    assertThat(newYork.openIntervals(LocalDate.of(2026, 3, 8))).isEmpty();
  }

  @Test
  void openIntervals_overlapUsesEarlierOffset() {
    StoreCalendar newYork = calendar(NEW_YORK, "daily closed", "2026-11-01 01:30-05:00");

    OpenInterval interval = onlyInterval(newYork, LocalDate.of(2026, 11, 1));

    assertThat(interval.opens()).isEqualTo(utc("2026-11-01T05:30:00Z"));
    assertThat(interval.closes()).isEqualTo(utc("2026-11-01T10:00:00Z"));
    assertThat(interval.duration()).isEqualTo(Duration.ofMinutes(4 * 60 + 30));
  }

  @Test
  void openIntervals_kolkataHalfHourOffsetWithoutDst() {
    StoreCalendar kolkata = calendar(KOLKATA, "Mon-Sat 10:00-21:00, Sun closed");

    OpenInterval monday = onlyInterval(kolkata, LocalDate.of(2026, 3, 9));

    assertThat(monday.opens()).isEqualTo(utc("2026-03-09T04:30:00Z"));
    assertThat(monday.closes()).isEqualTo(utc("2026-03-09T15:30:00Z"));
    assertThat(kolkata.openIntervals(LocalDate.of(2026, 3, 8))).isEmpty();
  }

  @Test
  void openIntervals_aucklandChangeDays() {
    StoreCalendar auckland = StoreCalendar.alwaysOpen(AUCKLAND);

    OpenInterval clocksForward = onlyInterval(auckland, LocalDate.of(2025, 9, 28));
    OpenInterval clocksBack = onlyInterval(auckland, LocalDate.of(2026, 4, 5));

    assertThat(clocksForward.opens()).isEqualTo(utc("2025-09-27T12:00:00Z"));
    assertThat(clocksForward.closes()).isEqualTo(utc("2025-09-28T11:00:00Z"));
    assertThat(clocksForward.duration()).isEqualTo(Duration.ofHours(23));
    assertThat(clocksBack.opens()).isEqualTo(utc("2026-04-04T11:00:00Z"));
    assertThat(clocksBack.closes()).isEqualTo(utc("2026-04-05T12:00:00Z"));
    assertThat(clocksBack.duration()).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void openIntervals_aucklandOvernightAcrossClocksForward() {
    StoreCalendar auckland = calendar(AUCKLAND, "Sat 22:00-04:00");

    OpenInterval saturday = onlyInterval(auckland, LocalDate.of(2025, 9, 27));

    assertThat(saturday.opens()).isEqualTo(utc("2025-09-27T10:00:00Z"));
    assertThat(saturday.closes()).isEqualTo(utc("2025-09-27T15:00:00Z"));
    assertThat(saturday.localCloses()).isEqualTo(LocalDateTime.of(2025, 9, 28, 4, 0));
    assertThat(saturday.duration()).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void openIntervals_aucklandOvernightIntoClocksBack() {
    StoreCalendar auckland = calendar(AUCKLAND, "Sat 22:00-02:00");

    OpenInterval saturday = onlyInterval(auckland, LocalDate.of(2026, 4, 4));

    assertThat(saturday.opens()).isEqualTo(utc("2026-04-04T09:00:00Z"));
    assertThat(saturday.closes()).isEqualTo(utc("2026-04-04T13:00:00Z"));
  }

  @Test
  void intervalContaining_findsOvernightPeriodOfPreviousDate() {
    StoreCalendar newYork = calendar(NEW_YORK, "Sat 22:00-03:00");
    Instant earlySundayMorning = utc("2026-03-08T06:30:00Z");

    OpenInterval interval = newYork.intervalContaining(earlySundayMorning).orElseThrow();

    assertThat(newYork.localDate(earlySundayMorning)).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(interval.localOpens()).isEqualTo(LocalDateTime.of(2026, 3, 7, 22, 0));
    assertThat(interval.opens()).isEqualTo(utc("2026-03-08T03:00:00Z"));
    assertThat(interval.closes()).isEqualTo(utc("2026-03-08T07:00:00Z"));
  }

  @Test
  void isOpen_halfOpenInterval() {
    StoreCalendar kolkata = calendar(KOLKATA, "Mon-Sat 10:00-21:00, Sun closed");

    assertThat(kolkata.isOpen(utc("2026-03-09T04:29:59Z"))).isFalse();
    assertThat(kolkata.isOpen(utc("2026-03-09T04:30:00Z"))).isTrue();
    assertThat(kolkata.isOpen(utc("2026-03-09T15:29:59Z"))).isTrue();
    assertThat(kolkata.isOpen(utc("2026-03-09T15:30:00Z"))).isFalse();
  }

  @Test
  void specialHours_fixedDateWinsOverYearly() {
    StoreCalendar kolkata =
        calendar(
            KOLKATA,
            "daily 10:00-21:00",
            "12-25 closed",
            "2025-12-25 10:00-14:00",
            "2025-12-24 10:00-14:00");

    OpenInterval christmas2025 = onlyInterval(kolkata, LocalDate.of(2025, 12, 25));
    OpenInterval eve2025 = onlyInterval(kolkata, LocalDate.of(2025, 12, 24));
    OpenInterval boxingDay = onlyInterval(kolkata, LocalDate.of(2025, 12, 26));

    assertThat(christmas2025.opens()).isEqualTo(utc("2025-12-25T04:30:00Z"));
    assertThat(christmas2025.closes()).isEqualTo(utc("2025-12-25T08:30:00Z"));
    assertThat(kolkata.openIntervals(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThat(kolkata.openIntervals(LocalDate.of(2031, 12, 25))).isEmpty();
    assertThat(eve2025.closes()).isEqualTo(utc("2025-12-24T08:30:00Z"));
    assertThat(kolkata.openIntervals(LocalDate.of(2026, 12, 24)).get(0).closes())
        .isEqualTo(utc("2026-12-24T15:30:00Z"));
    assertThat(boxingDay.closes()).isEqualTo(utc("2025-12-26T15:30:00Z"));
  }

  @Test
  void specialHours_fixedWinsWhateverTheListOrder() {
    StoreCalendar fixedFirst =
        calendar(KOLKATA, "daily 10:00-21:00", "2025-12-25 10:00-14:00", "12-25 closed");

    assertThat(fixedFirst.periodsOn(LocalDate.of(2025, 12, 25)))
        .containsExactly(OpeningPeriod.parse("10:00-14:00"));
  }

  @Test
  void constructor_rejectsTwoEntriesForOneDate() {
    assertThatThrownBy(
            () ->
                calendar(
                    LONDON, "daily 10:00-18:00", "2025-12-24 closed", "2025-12-24 10:00-12:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"2025-12-24 closed\" and \"2025-12-24 10:00-12:00\"");
    assertThatThrownBy(() -> calendar(LONDON, "daily 10:00-18:00", "12-25 closed", "12-25 closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same date");
  }

  @Test
  void nextOpening_skipsClosedSunday() {
    OpenInterval next = LONDON_STORE.nextOpening(utc("2025-01-11T17:30:00Z")).orElseThrow();

    assertThat(next.opens()).isEqualTo(utc("2025-01-13T10:00:00Z"));
  }

  @Test
  void nextOpening_includesIntervalOpeningAtFrom() {
    Instant mondayOpening = utc("2025-01-13T10:00:00Z");

    OpenInterval atOpening = LONDON_STORE.nextOpening(mondayOpening).orElseThrow();
    OpenInterval justAfter = LONDON_STORE.nextOpening(mondayOpening.plusSeconds(1)).orElseThrow();

    assertThat(atOpening.opens()).isEqualTo(mondayOpening);
    assertThat(justAfter.opens()).isEqualTo(utc("2025-01-14T10:00:00Z"));
  }

  @Test
  void earliestOpenInstant_returnsFromWhenOpen() {
    Instant mondayNoon = utc("2025-01-13T12:00:00Z");

    assertThat(LONDON_STORE.earliestOpenInstant(mondayNoon)).contains(mondayNoon);
    assertThat(LONDON_STORE.earliestOpenInstant(utc("2025-01-12T12:00:00Z")))
        .contains(utc("2025-01-13T10:00:00Z"));
  }

  @Test
  void neverOpenStore_returnsEmptyResults() {
    StoreCalendar never = StoreCalendar.of(ZoneOffset.UTC, WeeklyHours.closed());
    Instant from = utc("2025-01-01T00:00:00Z");

    assertThat(never.nextOpening(from)).isEmpty();
    assertThat(never.earliestOpenInstant(from)).isEmpty();
    assertThat(never.intervalContaining(from)).isEmpty();
    assertThat(never.isOpen(from)).isFalse();
    assertThat(never.firstOpeningOnOrAfter(LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(never.closingTimeOn(LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void nextOpening_findsSpecialDateWithinHorizon() {
    StoreCalendar rarelyOpen =
        new StoreCalendar(
            ZoneOffset.UTC,
            WeeklyHours.closed(),
            List.of(
                SpecialHours.on(LocalDate.of(2025, 10, 28), OpeningPeriod.parse("09:00-10:00"))));

    assertThat(rarelyOpen.nextOpening(utc("2025-01-01T00:00:00Z")).orElseThrow().opens())
        .isEqualTo(utc("2025-10-28T09:00:00Z"));
    assertThat(rarelyOpen.nextOpening(utc("2024-10-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void nextOpening_yearlyOnlyOpeningFoundNextYear() {
    StoreCalendar onceAYear =
        new StoreCalendar(
            ZoneOffset.UTC,
            WeeklyHours.closed(),
            List.of(SpecialHours.yearly(MonthDay.of(1, 5), OpeningPeriod.parse("09:00-10:00"))));

    assertThat(onceAYear.nextOpening(utc("2025-01-06T00:00:00Z")).orElseThrow().opens())
        .isEqualTo(utc("2026-01-05T09:00:00Z"));
  }

  @Test
  void closingTimeOn_endOfBusinessDay() {
    StoreCalendar lateNight = calendar(LONDON, "Mon 08:00-12:00 20:00-02:00, Tue 10:00-18:00");

    assertThat(lateNight.closingTimeOn(LocalDate.of(2025, 1, 13)))
        .contains(utc("2025-01-14T02:00:00Z"));
    assertThat(LONDON_STORE.closingTimeOn(LocalDate.of(2025, 1, 13)))
        .contains(utc("2025-01-13T18:00:00Z"));
    assertThat(LONDON_STORE.closingTimeOn(LocalDate.of(2025, 1, 12))).isEmpty();
  }

  @Test
  void isOpenThroughout_alwaysOpenAcrossMidnight() {
    StoreCalendar always = StoreCalendar.alwaysOpen(NEW_YORK);

    assertThat(always.isOpenThroughout(utc("2026-03-08T03:30:00Z"), utc("2026-03-09T06:00:00Z")))
        .isTrue();
  }

  @Test
  void isOpenThroughout_splitShiftBreakFails() {
    StoreCalendar splitShift = calendar(LONDON, "Mon-Fri 08:00-12:00 13:00-20:00");

    assertThat(
            splitShift.isOpenThroughout(utc("2025-01-13T11:00:00Z"), utc("2025-01-13T12:00:00Z")))
        .isTrue();
    assertThat(
            splitShift.isOpenThroughout(utc("2025-01-13T11:00:00Z"), utc("2025-01-13T13:30:00Z")))
        .isFalse();
    assertThat(
            splitShift.isOpenThroughout(utc("2025-01-13T07:30:00Z"), utc("2025-01-13T08:30:00Z")))
        .isFalse();
  }

  @Test
  void isOpenThroughout_rejectsEmptyRange() {
    Instant noon = utc("2025-01-13T12:00:00Z");

    assertThatThrownBy(() -> LONDON_STORE.isOpenThroughout(noon, noon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end 2025-01-13T12:00:00Z is not after start");
  }

  @Test
  void localDate_usesStoreZone() {
    StoreCalendar auckland = StoreCalendar.alwaysOpen(AUCKLAND);

    assertThat(auckland.localDate(utc("2025-01-10T20:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 1, 11));
    assertThat(LONDON_STORE.localDate(utc("2025-01-10T20:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 1, 10));
  }

  @Test
  void constructor_rejectsNullArguments() {
    WeeklyHours hours = WeeklyHours.allDay();

    assertThatThrownBy(() -> new StoreCalendar(null, hours, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
    assertThatThrownBy(() -> new StoreCalendar(LONDON, null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("weekly");
    assertThatThrownBy(() -> new StoreCalendar(LONDON, hours, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("special");
  }

  @Test
  void equals_comparesComponents() {
    StoreCalendar same = StoreCalendar.of(LONDON, WeeklyHours.parse("Mon-Sat 10:00-18:00"));

    assertThat(same).isEqualTo(LONDON_STORE);
    assertThat(same.hashCode()).isEqualTo(LONDON_STORE.hashCode());
    assertThat(same).isNotEqualTo(StoreCalendar.of(NEW_YORK, same.weekly()));
  }
}
