package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ReadyPromiseProperties {

  @Property(tries = 2000)
  void of_instantsEqualWaitAndLocalDatesApart(
      @ForAll("zones") ZoneId zone,
      @ForAll("placements") Instant placedAt,
      @ForAll("waits") Duration wait) {
    Instant readyAt = placedAt.plus(wait);
    long localDatesApart =
        ChronoUnit.DAYS.between(
            LocalDate.ofInstant(placedAt, zone), LocalDate.ofInstant(readyAt, zone));

    ReadyPromise fromInstants = ReadyPromise.of(placedAt, readyAt, zone);
    ReadyPromise fromWait = ReadyPromise.of(Duration.between(placedAt, readyAt), localDatesApart);

    Statistics.label("promise").collect(fromInstants);
    assertThat(fromInstants).isEqualTo(fromWait);
  }

  @Property(tries = 2000)
  void ofWait_followsDocumentedThresholds(
      @ForAll("waits") Duration wait, @ForAll("datesApart") long localDatesApart) {
    ReadyPromise expected;
    if (wait.compareTo(Duration.ofHours(1)) <= 0) {
      expected = ReadyPromise.IN_1_HOUR;
    } else if (wait.compareTo(Duration.ofHours(2)) <= 0) {
      expected = ReadyPromise.IN_2_HOURS;
    } else if (wait.compareTo(Duration.ofHours(4)) <= 0) {
      expected = ReadyPromise.IN_4_HOURS;
    } else if (localDatesApart == 0) {
      expected = ReadyPromise.TODAY;
    } else if (localDatesApart == 1) {
      expected = ReadyPromise.TOMORROW;
    } else if (localDatesApart <= 4) {
      expected = ReadyPromise.IN_2_TO_4_DAYS;
    } else {
      expected = ReadyPromise.IN_5_OR_MORE_DAYS;
    }

    ReadyPromise promise = ReadyPromise.of(wait, localDatesApart);

    assertThat(promise).isEqualTo(expected);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneOffset.UTC,
        ZoneId.of("America/New_York"),
        ZoneId.of("Europe/London"),
        ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("Asia/Kolkata"),
        ZoneId.of("Pacific/Chatham"),
        ZoneId.of("Pacific/Kiritimati"),
        ZoneOffset.ofHoursMinutes(5, 30));
  }

  /** Instants from 2024 to 2027, and within hours of the 2025 DST changes of the zones above. */
  @Provide
  Arbitrary<Instant> placements() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    Arbitrary<Instant> anyTime =
        Arbitraries.longs()
            .between(0, 4 * 366L * 86_400)
            .map(start::plusSeconds)
            .flatMap(
                instant -> Arbitraries.integers().between(0, 999_999_999).map(instant::plusNanos));
    Arbitrary<Instant> nearChange =
        Arbitraries.of(
                Instant.parse("2025-03-09T07:00:00Z"),
                Instant.parse("2025-11-02T06:00:00Z"),
                Instant.parse("2025-03-30T01:00:00Z"),
                Instant.parse("2025-10-26T01:00:00Z"),
                Instant.parse("2025-04-05T15:00:00Z"),
                Instant.parse("2025-10-04T15:30:00Z"),
                Instant.parse("2025-04-05T14:00:00Z"),
                Instant.parse("2025-09-27T14:00:00Z"))
            .flatMap(
                change ->
                    Arbitraries.longs().between(-6 * 3600, 6 * 3600).map(change::plusSeconds));
    return Arbitraries.oneOf(anyTime, nearChange);
  }

  /** Waits from zero to ten days, often within a nanosecond or a second of 1, 2 and 4 hours. */
  @Provide
  Arbitrary<Duration> waits() {
    Arbitrary<Duration> anyWait =
        Arbitraries.longs().between(0, 10 * 86_400L * 1_000_000_000L).map(Duration::ofNanos);
    Arbitrary<Duration> nearThreshold =
        Arbitraries.of(1, 2, 4)
            .flatMap(
                hours ->
                    Arbitraries.of(-1_000_000_000L, -1L, 0L, 1L, 1_000_000_000L)
                        .map(nanos -> Duration.ofHours(hours).plusNanos(nanos)));
    return Arbitraries.oneOf(anyWait, nearThreshold);
  }

  @Provide
  Arbitrary<Long> datesApart() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 6), Arbitraries.longs().between(0, Long.MAX_VALUE));
  }
}
