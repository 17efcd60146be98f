package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadyPromiseTest {

  private static final Instant PLACED = Instant.parse("2025-01-13T08:00:00Z");

  private static ReadyPromise promiseAfter(Duration wait) {
    return ReadyPromise.of(PLACED, PLACED.plus(wait), ZoneOffset.UTC);
  }

  @Test
  void of_hourPromisesUpToFourHours() {
    assertThat(promiseAfter(Duration.ZERO)).isEqualTo(ReadyPromise.IN_1_HOUR);
    assertThat(promiseAfter(Duration.ofHours(1))).isEqualTo(ReadyPromise.IN_1_HOUR);
    assertThat(promiseAfter(Duration.ofHours(1).plusSeconds(1))).isEqualTo(ReadyPromise.IN_2_HOURS);
    assertThat(promiseAfter(Duration.ofHours(2))).isEqualTo(ReadyPromise.IN_2_HOURS);
    assertThat(promiseAfter(Duration.ofHours(3))).isEqualTo(ReadyPromise.IN_4_HOURS);
    assertThat(promiseAfter(Duration.ofHours(4))).isEqualTo(ReadyPromise.IN_4_HOURS);
  }

  @Test
  void of_dayPromisesByLocalDate() {
    assertThat(promiseAfter(Duration.ofHours(5))).isEqualTo(ReadyPromise.TODAY);
    assertThat(promiseAfter(Duration.ofHours(17))).isEqualTo(ReadyPromise.TOMORROW);
    assertThat(promiseAfter(Duration.ofDays(2))).isEqualTo(ReadyPromise.IN_2_TO_4_DAYS);
    assertThat(promiseAfter(Duration.ofDays(4))).isEqualTo(ReadyPromise.IN_2_TO_4_DAYS);
    assertThat(promiseAfter(Duration.ofDays(5))).isEqualTo(ReadyPromise.IN_5_OR_MORE_DAYS);
  }

  @Test
  void of_todayJudgedInStoreZoneNotUtc() {
    // 20:00 UTC is 09:00 the next day in Auckland, and 03:00 UTC is 16:00 that same Auckland day.
    Instant placed = Instant.parse("2025-01-10T20:00:00Z");
    Instant ready = Instant.parse("2025-01-11T03:00:00Z");

    assertThat(ReadyPromise.of(placed, ready, ZoneId.of("Pacific/Auckland")))
        .isEqualTo(ReadyPromise.TODAY);
    assertThat(ReadyPromise.of(placed, ready, ZoneOffset.UTC)).isEqualTo(ReadyPromise.TOMORROW);
  }

  @Test
  void label_customerText() {
    assertThat(ReadyPromise.IN_1_HOUR.label()).isEqualTo("Usually ready in 1 hour");
    assertThat(ReadyPromise.IN_4_HOURS.label()).isEqualTo("Usually ready in 4 hours");
    assertThat(ReadyPromise.TOMORROW.label()).isEqualTo("Usually ready tomorrow");
    assertThat(ReadyPromise.IN_2_TO_4_DAYS.label()).isEqualTo("Usually ready in 2-4 days");
    assertThat(ReadyPromise.IN_5_OR_MORE_DAYS.label()).isEqualTo("Usually ready in 5 or more days");
  }

  @Test
  void of_rejectsReadyBeforePlacement() {
    assertThatThrownBy(() -> ReadyPromise.of(PLACED, PLACED.minusSeconds(1), ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readyAt 2025-01-13T07:59:59Z is before placedAt");
  }

  static List<Arguments> waitBoundaries() {
    Duration oneHour = Duration.ofHours(1);
    Duration twoHours = Duration.ofHours(2);
    Duration fourHours = Duration.ofHours(4);
    Duration pastFourHours = fourHours.plusNanos(1);
    return List.of(
        Arguments.of(oneHour, 0, ReadyPromise.IN_1_HOUR),
        Arguments.of(oneHour, 1, ReadyPromise.IN_1_HOUR),
        Arguments.of(oneHour, 2, ReadyPromise.IN_1_HOUR),
        Arguments.of(oneHour, 4, ReadyPromise.IN_1_HOUR),
        Arguments.of(oneHour, 5, ReadyPromise.IN_1_HOUR),
        Arguments.of(oneHour.plusNanos(1), 0, ReadyPromise.IN_2_HOURS),
        Arguments.of(oneHour.plusNanos(1), 1, ReadyPromise.IN_2_HOURS),
        Arguments.of(oneHour.plusNanos(1), 2, ReadyPromise.IN_2_HOURS),
        Arguments.of(oneHour.plusNanos(1), 4, ReadyPromise.IN_2_HOURS),
        Arguments.of(oneHour.plusNanos(1), 5, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours, 0, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours, 1, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours, 2, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours, 4, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours, 5, ReadyPromise.IN_2_HOURS),
        Arguments.of(twoHours.plusNanos(1), 0, ReadyPromise.IN_4_HOURS),
        Arguments.of(fourHours, 0, ReadyPromise.IN_4_HOURS),
        Arguments.of(fourHours, 1, ReadyPromise.IN_4_HOURS),
        Arguments.of(fourHours, 2, ReadyPromise.IN_4_HOURS),
        Arguments.of(fourHours, 4, ReadyPromise.IN_4_HOURS),
        Arguments.of(fourHours, 5, ReadyPromise.IN_4_HOURS),
        Arguments.of(pastFourHours, 0, ReadyPromise.TODAY),
        Arguments.of(pastFourHours, 1, ReadyPromise.TOMORROW),
        Arguments.of(pastFourHours, 2, ReadyPromise.IN_2_TO_4_DAYS),
        Arguments.of(pastFourHours, 4, ReadyPromise.IN_2_TO_4_DAYS),
        Arguments.of(pastFourHours, 5, ReadyPromise.IN_5_OR_MORE_DAYS),
        Arguments.of(Duration.ZERO, 0, ReadyPromise.IN_1_HOUR),
        Arguments.of(Duration.ofDays(400), 400, ReadyPromise.IN_5_OR_MORE_DAYS));
  }

  @ParameterizedTest(name = "wait {0}, {1} dates apart -> {2}")
  @MethodSource("waitBoundaries")
  void ofWait_boundaries(Duration wait, long localDatesApart, ReadyPromise expected) {
    ReadyPromise promise = ReadyPromise.of(wait, localDatesApart);

    assertThat(promise).isEqualTo(expected);
  }

  @Test
  void ofWait_rejectsNegativeWait() {
    assertThatThrownBy(() -> ReadyPromise.of(Duration.ofSeconds(-1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wait PT-1S");
  }

  @Test
  void ofWait_rejectsWaitOneNanosecondBelowZero() {
    assertThatThrownBy(() -> ReadyPromise.of(Duration.ofNanos(-1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Duration.ofNanos(-1).toString());
  }

  @Test
  void ofWait_negativeDatesCountAsToday() {
    ReadyPromise promise = ReadyPromise.of(Duration.ofHours(5), -1);

    assertThat(promise).isEqualTo(ReadyPromise.TODAY);
  }

  @Test
  void ofWait_rejectsNullWait() {
    assertThatThrownBy(() -> ReadyPromise.of(null, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("wait");
  }
}
