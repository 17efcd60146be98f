package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadyEstimateTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static ReadyEstimate estimate(Instant readyAt, String localReadyAt, ZoneId zone) {
    return new ReadyEstimate(
        readyAt, LocalDateTime.parse(localReadyAt), zone, ReadyPromise.IN_1_HOUR);
  }

  @Test
  void constructor_acceptsLocalTimeOfReadyAt() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00Z");

    ReadyEstimate estimate = estimate(readyAt, "2025-06-02T12:00", NEW_YORK);

    assertThat(estimate.readyAt()).isEqualTo(readyAt);
    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 6, 2, 12, 0));
  }

  @Test
  void constructor_acceptsMatchingNanoseconds() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00.123456789Z");

    ReadyEstimate estimate = estimate(readyAt, "2025-06-02T12:00:00.123456789", NEW_YORK);

    assertThat(estimate.localReadyAt().getNano()).isEqualTo(123_456_789);
  }

  @Test
  void constructor_acceptsInstantBeforeEpochWithNanoseconds() {
    Instant readyAt = Instant.parse("1969-12-31T23:59:59.5Z");

    ReadyEstimate estimate = estimate(readyAt, "1969-12-31T23:59:59.5", ZoneOffset.UTC);

    assertThat(estimate.localReadyAt())
        .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 500_000_000));
  }

  @Test
  void constructor_rejectsLocalTimeOneNanosecondLate() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T12:00:00.000000001", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsLocalTimeOneNanosecondEarly() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T11:59:59.999999999", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsReadyAtOneNanosecondLate() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00.000000001Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T12:00", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsLocalTimeOffByOneSecond() {
    Instant readyAt = Instant.parse("2025-06-02T16:00:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T12:00:01", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_acceptsLocalTimeAfterSpringForward() {
    // Clocks in New York went from 02:00 EST to 03:00 EDT at 2025-03-09T07:00Z.
    Instant readyAt = Instant.parse("2025-03-09T07:30:00Z");

    ReadyEstimate estimate = estimate(readyAt, "2025-03-09T03:30", NEW_YORK);

    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 3, 9, 3, 30));
  }

  @Test
  void constructor_rejectsStandardTimeAfterSpringForward() {
    Instant readyAt = Instant.parse("2025-03-09T07:30:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-03-09T02:30", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsDaylightTimeBeforeSpringForward() {
    Instant readyAt = Instant.parse("2025-03-09T06:30:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-03-09T02:30", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_acceptsBothOccurrencesOfRepeatedHour() {
    // Clocks in New York went from 02:00 EDT back to 01:00 EST at 2025-11-02T06:00Z.
    Instant daylight = Instant.parse("2025-11-02T05:30:00Z");
    Instant standard = Instant.parse("2025-11-02T06:30:00Z");

    ReadyEstimate first = estimate(daylight, "2025-11-02T01:30", NEW_YORK);
    ReadyEstimate second = estimate(standard, "2025-11-02T01:30", NEW_YORK);

    assertThat(first.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 11, 2, 1, 30));
    assertThat(second.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 11, 2, 1, 30));
  }

  @Test
  void constructor_rejectsDaylightTimeAfterFallBack() {
    Instant readyAt = Instant.parse("2025-11-02T06:30:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-11-02T02:30", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsStandardTimeBeforeFallBack() {
    Instant readyAt = Instant.parse("2025-11-02T05:30:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-11-02T00:30", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_acceptsFixedOffsetZone() {
    Instant readyAt = Instant.parse("2025-06-02T10:00:00Z");

    ReadyEstimate estimate = estimate(readyAt, "2025-06-02T15:30", ZoneOffset.of("+05:30"));

    assertThat(estimate.zone()).isEqualTo(ZoneOffset.of("+05:30"));
    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 6, 2, 15, 30));
  }

  @Test
  void constructor_acceptsRegionWithFixedOffset() {
    Instant readyAt = Instant.parse("2025-06-02T10:00:00Z");

    ReadyEstimate estimate = estimate(readyAt, "2025-06-02T15:30", ZoneId.of("UTC+05:30"));

    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 6, 2, 15, 30));
  }

  @Test
  void constructor_rejectsFixedOffsetHalfHourOff() {
    Instant readyAt = Instant.parse("2025-06-02T10:00:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T15:00", ZoneOffset.of("+05:30")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_rejectsUtcTimeInFixedOffsetZone() {
    Instant readyAt = Instant.parse("2025-06-02T10:00:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-06-02T10:00", ZoneOffset.of("+05:30")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_messageNamesBothValuesAndExpectedTime() {
    Instant readyAt = Instant.parse("2025-03-09T07:30:00Z");

    assertThatThrownBy(() -> estimate(readyAt, "2025-03-09T02:30", NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("localReadyAt 2025-03-09T02:30")
        .hasMessageContaining("readyAt 2025-03-09T07:30:00Z")
        .hasMessageContaining("America/New_York")
        .hasMessageContaining("which is 2025-03-09T03:30");
  }

  @Test
  void constructor_rejectsNullZone() {
    assertThatThrownBy(
            () ->
                new ReadyEstimate(
                    Instant.parse("2025-06-02T10:00:00Z"),
                    LocalDateTime.parse("2025-06-02T10:00"),
                    null,
                    ReadyPromise.IN_1_HOUR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }
}
