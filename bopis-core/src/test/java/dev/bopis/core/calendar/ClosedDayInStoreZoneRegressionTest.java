package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weekdays and the next open day were computed in the JVM's or the client's zone instead of the
 * store's, so a Saturday-evening order in London could be promised for Sunday, when it is closed.
 */
class ClosedDayInStoreZoneRegressionTest {

  private static final StoreCalendar LONDON_STORE =
      StoreCalendar.of(
          ZoneId.of("Europe/London"), WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed"));

  @ParameterizedTest
  @ValueSource(strings = {"America/Los_Angeles", "UTC", "Pacific/Auckland", "Europe/London"})
  void readyTime_skipsSundayInAnyJvmZone(String jvmDefaultZone) {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(jvmDefaultZone));

      ReadyEstimate estimate =
          new ReadyTimeEstimator()
              .estimate(Instant.parse("2025-01-11T17:30:00Z"), LONDON_STORE, Duration.ofHours(2))
              .orElseThrow();

      assertThat(estimate.readyAt()).isEqualTo(Instant.parse("2025-01-13T12:00:00Z"));
      assertThat(estimate.localReadyAt().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    } finally {
      TimeZone.setDefault(original);
    }
  }
}
