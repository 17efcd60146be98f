package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opening hours on daylight-saving change days were converted with an offset taken at another hour,
 * so the store's open interval in UTC came out one hour off around the change.
 */
class DstOpeningHoursRegressionTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final StoreCalendar AFTERNOON_STORE =
      StoreCalendar.of(NEW_YORK, WeeklyHours.parse("daily 13:00-18:00"));

  @ParameterizedTest
  @CsvSource({
    "2026-03-07, 2026-03-07T18:00:00Z, 2026-03-07T23:00:00Z",
    "2026-03-08, 2026-03-08T17:00:00Z, 2026-03-08T22:00:00Z",
    "2026-03-09, 2026-03-09T17:00:00Z, 2026-03-09T22:00:00Z",
    "2026-10-31, 2026-10-31T17:00:00Z, 2026-10-31T22:00:00Z",
    "2026-11-01, 2026-11-01T18:00:00Z, 2026-11-01T23:00:00Z"
  })
  void openIntervals_utcAroundChangeDays(LocalDate date, Instant opens, Instant closes) {
    List<OpenInterval> intervals = AFTERNOON_STORE.openIntervals(date);

    assertThat(intervals).hasSize(1);
    assertThat(intervals.get(0).opens()).isEqualTo(opens);
    assertThat(intervals.get(0).closes()).isEqualTo(closes);
  }

  @Test
  void readyTime_onClocksForwardDay() {
    ReadyEstimate estimate =
        new ReadyTimeEstimator()
            .estimate(Instant.parse("2026-03-08T16:50:00Z"), AFTERNOON_STORE, Duration.ofHours(1))
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(Instant.parse("2026-03-08T18:00:00Z"));
  }

  @Test
  void wholeDayStore_23HoursClocksForward() {
    StoreCalendar nightStore = StoreCalendar.of(NEW_YORK, WeeklyHours.parse("daily 00:00-24:00"));

    List<OpenInterval> intervals = nightStore.openIntervals(LocalDate.of(2026, 3, 8));

    assertThat(intervals).hasSize(1);
    assertThat(intervals.get(0).duration()).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void wholeDayStore_25HoursClocksBack() {
    StoreCalendar nightStore = StoreCalendar.of(NEW_YORK, WeeklyHours.parse("daily 00:00-24:00"));

    List<OpenInterval> intervals = nightStore.openIntervals(LocalDate.of(2026, 11, 1));

    assertThat(intervals).hasSize(1);
    assertThat(intervals.get(0).duration()).isEqualTo(Duration.ofHours(25));
  }
}
