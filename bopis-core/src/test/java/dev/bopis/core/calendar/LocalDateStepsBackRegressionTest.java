package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where clocks went back just after midnight, an order ready minutes after placement fell on the
 * local date before its placement date, and the promise rejected that negative count of dates.
 */
class LocalDateStepsBackRegressionTest {

  // St. John's set clocks back from 00:01 NDT (-02:30) to 23:01 NST (-03:30) on 2010-11-07.
  private static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");
  private static final Instant PLACED_IN_ST_JOHNS = Instant.parse("2010-11-07T02:30:30Z");

  @Test
  void of_minutesAcrossFallBackIsOneHour() {
    Instant readyAt = PLACED_IN_ST_JOHNS.plus(Duration.ofMinutes(2));

    ReadyPromise promise = ReadyPromise.of(PLACED_IN_ST_JOHNS, readyAt, ST_JOHNS);

    assertThat(promise).isEqualTo(ReadyPromise.IN_1_HOUR);
  }

  @Test
  void of_dayLongStepBackIsToday() {
    // In 1867 Sitka moved from Russian to American time: clocks went back a whole day, so a wait
    // of five hours from one hour before the change ends on the local date before placement.
    ZoneId sitka = ZoneId.of("America/Sitka");
    Instant change =
        sitka.getRules().nextTransition(Instant.parse("1867-01-01T00:00:00Z")).getInstant();
    Instant placedAt = change.minus(Duration.ofHours(1));

    ReadyPromise promise = ReadyPromise.of(placedAt, placedAt.plus(Duration.ofHours(5)), sitka);

    assertThat(promise).isEqualTo(ReadyPromise.TODAY);
  }

  @Test
  void of_hoursAcrossStepBackIsFourHours() {
    // Casey went from +11:00 back to +08:00 at 02:00 local on 2010-03-05. So 00:00 on 5 March
    // (13:00Z) is followed 2h59m later by 23:59 on 4 March (15:59Z).
    ZoneId casey = ZoneId.of("Antarctica/Casey");
    Instant placedAt = Instant.parse("2010-03-04T13:00:00Z");
    Instant readyAt = Instant.parse("2010-03-04T15:59:00Z");

    ReadyPromise promise = ReadyPromise.of(placedAt, readyAt, casey);

    assertThat(promise).isEqualTo(ReadyPromise.IN_4_HOURS);
  }

  @Test
  void estimate_minutesAcrossMidnightFallBack() {
    ReadyTimeEstimator estimator = new ReadyTimeEstimator();

    Optional<ReadyEstimate> estimate =
        estimator.estimate(
            PLACED_IN_ST_JOHNS, StoreCalendar.alwaysOpen(ST_JOHNS), Duration.ofMinutes(2));

    assertThat(estimate).isPresent();
    assertThat(estimate.get().localReadyAt()).isEqualTo(LocalDateTime.of(2010, 11, 6, 23, 2, 30));
    assertThat(estimate.get().promise()).isEqualTo(ReadyPromise.IN_1_HOUR);
  }
}
