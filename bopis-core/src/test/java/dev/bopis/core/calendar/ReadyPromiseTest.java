package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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
}
