package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyTimeEstimatorTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final StoreCalendar LONDON_STORE =
      StoreCalendar.of(LONDON, WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed"));
  private static final StoreCalendar SPLIT_SHIFT =
      StoreCalendar.of(LONDON, WeeklyHours.parse("Mon-Fri 08:00-12:00 13:00-20:00"));

  private static final ReadyTimeEstimator WITHIN_ONE_PERIOD = new ReadyTimeEstimator();
  private static final ReadyTimeEstimator ACROSS_PERIODS =
      new ReadyTimeEstimator(new ReadyTimeSettings(PreparationRule.ACROSS_PERIODS));

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  private static Instant readyAt(
      ReadyTimeEstimator estimator, StoreCalendar calendar, String placedAt, Duration lead) {
    return estimator.estimate(utc(placedAt), calendar, lead).orElseThrow().readyAt();
  }

  @Test
  void defaults_useWithinOnePeriod() {
    assertThat(new ReadyTimeEstimator().settings().preparationRule())
        .isEqualTo(PreparationRule.WITHIN_ONE_PERIOD);
  }

  @Test
  void estimate_placedWhileOpenAddsLead() {
    Instant ready =
        readyAt(WITHIN_ONE_PERIOD, LONDON_STORE, "2025-01-13T11:15:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T13:15:00Z"));
  }

  @Test
  void estimate_placedBeforeOpeningStartsAtOpening() {
    Instant ready =
        readyAt(WITHIN_ONE_PERIOD, LONDON_STORE, "2025-01-13T06:00:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T12:00:00Z"));
  }

  @Test
  void estimate_exactFitEndsAtClosing() {
    Instant ready =
        readyAt(WITHIN_ONE_PERIOD, LONDON_STORE, "2025-01-13T16:00:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T18:00:00Z"));
  }

  @Test
  void withinOnePeriod_restartsAfterBreak() {
    Instant ready =
        readyAt(WITHIN_ONE_PERIOD, SPLIT_SHIFT, "2025-01-13T11:00:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T15:00:00Z"));
  }

  @Test
  void acrossPeriods_carriesOverBreak() {
    Instant ready =
        readyAt(ACROSS_PERIODS, SPLIT_SHIFT, "2025-01-13T11:00:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T14:00:00Z"));
  }

  @Test
  void acrossPeriods_carriesOverSunday() {
    Instant ready =
        readyAt(ACROSS_PERIODS, LONDON_STORE, "2025-01-11T17:30:00Z", Duration.ofHours(2));

    assertThat(ready).isEqualTo(utc("2025-01-13T11:30:00Z"));
  }

  @Test
  void acrossPeriods_readyAtClosing() {
    Instant ready =
        readyAt(ACROSS_PERIODS, LONDON_STORE, "2025-01-11T17:00:00Z", Duration.ofHours(1));

    assertThat(ready).isEqualTo(utc("2025-01-11T18:00:00Z"));
  }

  @Test
  void acrossPeriods_leadLongerThanPeriod() {
    Instant ready =
        readyAt(ACROSS_PERIODS, LONDON_STORE, "2025-01-13T10:00:00Z", Duration.ofHours(20));

    assertThat(ready).isEqualTo(utc("2025-01-15T14:00:00Z"));
  }

  @Test
  void withinOnePeriod_tooLongLeadIsEmpty() {
    assertThat(
            WITHIN_ONE_PERIOD.estimate(
                utc("2025-01-13T10:00:00Z"), LONDON_STORE, Duration.ofHours(9)))
        .isEmpty();
  }

  @Test
  void estimate_alwaysOpenStoreRunsAcrossMidnight() {
    StoreCalendar always = StoreCalendar.alwaysOpen(ZoneOffset.UTC);

    Instant ready = readyAt(WITHIN_ONE_PERIOD, always, "2025-01-13T23:30:00Z", Duration.ofHours(1));

    assertThat(ready).isEqualTo(utc("2025-01-14T00:30:00Z"));
  }

  @Test
  void estimate_zeroLeadWhileOpenIsPlacement() {
    Instant ready = readyAt(WITHIN_ONE_PERIOD, LONDON_STORE, "2025-01-13T12:34:56Z", Duration.ZERO);

    assertThat(ready).isEqualTo(utc("2025-01-13T12:34:56Z"));
  }

  @Test
  void estimate_zeroLeadWhileClosedIsNextOpening() {
    Instant ready = readyAt(ACROSS_PERIODS, LONDON_STORE, "2025-01-12T12:00:00Z", Duration.ZERO);

    assertThat(ready).isEqualTo(utc("2025-01-13T10:00:00Z"));
  }

  @Test
  void estimate_afterCutOffStartsNextDay() {
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-13T15:01:00Z"),
                LONDON_STORE,
                Duration.ofHours(1),
                LocalTime.of(15, 0),
                Workload.idle())
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-14T11:00:00Z"));
  }

  @Test
  void estimate_atCutOffStartsSameDay() {
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-13T15:00:00Z"),
                LONDON_STORE,
                Duration.ofHours(1),
                LocalTime.of(15, 0),
                Workload.idle())
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-13T16:00:00Z"));
  }

  @Test
  void estimate_cutOffJudgedInStoreZone() {
    // 03:30 UTC is 16:30 in Auckland, after a 15:00 cut-off; the next day opens 10:00 (21:00 UTC).
    StoreCalendar auckland =
        StoreCalendar.of(ZoneId.of("Pacific/Auckland"), WeeklyHours.parse("daily 10:00-18:00"));

    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-14T03:30:00Z"),
                auckland,
                Duration.ofHours(1),
                LocalTime.of(15, 0),
                Workload.idle())
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-14T22:00:00Z"));
    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 1, 15, 11, 0));
  }

  @Test
  void estimate_afterCutOffSkipsClosedNextDay() {
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-11T16:00:00Z"),
                LONDON_STORE,
                Duration.ofHours(1),
                LocalTime.of(15, 0),
                Workload.idle())
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-13T11:00:00Z"));
  }

  @Test
  void estimate_workloadAddsQueueDelay() {
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-13T11:00:00Z"),
                LONDON_STORE,
                Duration.ofHours(1),
                null,
                new Workload(3, 6.0))
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-13T12:30:00Z"));
  }

  @Test
  void estimate_queueDelayMustFitPeriod() {
    // 10 orders at 4 per hour add 2.5 hours, so 2 + 2.5 hours no longer fit before 18:00.
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(
                utc("2025-01-13T14:00:00Z"),
                LONDON_STORE,
                Duration.ofHours(2),
                null,
                new Workload(10, 4.0))
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-01-14T14:30:00Z"));
  }

  @Test
  void estimate_neverOpenStoreIsEmpty() {
    StoreCalendar never = StoreCalendar.of(LONDON, WeeklyHours.closed());

    assertThat(WITHIN_ONE_PERIOD.estimate(utc("2025-01-13T11:00:00Z"), never, Duration.ofHours(1)))
        .isEmpty();
    assertThat(ACROSS_PERIODS.estimate(utc("2025-01-13T11:00:00Z"), never, Duration.ofHours(1)))
        .isEmpty();
  }

  @Test
  void estimate_storeOpeningOnlyAfterHorizonIsEmpty() {
    StoreCalendar farAway =
        new StoreCalendar(
            LONDON,
            WeeklyHours.closed(),
            List.of(SpecialHours.on(LocalDate.of(2026, 6, 1), OpeningPeriod.parse("10:00-18:00"))));

    assertThat(
            WITHIN_ONE_PERIOD.estimate(utc("2025-01-13T11:00:00Z"), farAway, Duration.ofHours(1)))
        .isEmpty();
  }

  @Test
  void estimate_leadBeyondHorizonIsEmpty() {
    assertThat(
            ACROSS_PERIODS.estimate(
                utc("2025-01-13T11:00:00Z"),
                StoreCalendar.alwaysOpen(LONDON),
                Duration.ofDays(367)))
        .isEmpty();
  }

  @Test
  void estimate_tinyCapacityIsEmptyNotOverflow() {
    assertThat(
            ACROSS_PERIODS.estimate(
                utc("2025-01-13T11:00:00Z"),
                LONDON_STORE,
                Duration.ofHours(1),
                null,
                new Workload(Integer.MAX_VALUE, Double.MIN_VALUE)))
        .isEmpty();
  }

  @Test
  void estimate_resultCarriesLocalTimeZoneAndPromise() {
    ReadyEstimate estimate =
        WITHIN_ONE_PERIOD
            .estimate(utc("2025-07-14T11:00:00Z"), LONDON_STORE, Duration.ofMinutes(90))
            .orElseThrow();

    assertThat(estimate.readyAt()).isEqualTo(utc("2025-07-14T12:30:00Z"));
    assertThat(estimate.localReadyAt()).isEqualTo(LocalDateTime.of(2025, 7, 14, 13, 30));
    assertThat(estimate.zone()).isEqualTo(LONDON);
    assertThat(estimate.promise()).isEqualTo(ReadyPromise.IN_2_HOURS);
  }

  @Test
  void estimate_rejectsNegativeLead() {
    assertThatThrownBy(
            () ->
                WITHIN_ONE_PERIOD.estimate(
                    utc("2025-01-13T11:00:00Z"), LONDON_STORE, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leadTime is PT-1M")
        .hasMessageContaining("zero or more");
  }

  @Test
  void workload_rejectsZeroCapacity() {
    assertThatThrownBy(() -> new Workload(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityPerHour is 0.0");
  }

  @Test
  void workload_rejectsNegativeCapacity() {
    assertThatThrownBy(() -> new Workload(2, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityPerHour is -3.0");
  }

  @Test
  void workload_rejectsNanAndInfiniteCapacity() {
    assertThatThrownBy(() -> new Workload(2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityPerHour is NaN");
    assertThatThrownBy(() -> new Workload(2, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityPerHour is Infinity");
  }

  @Test
  void workload_rejectsNegativeOrders() {
    assertThatThrownBy(() -> new Workload(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordersInPreparation is -1");
  }

  @Test
  void workload_queueDelayRoundsUpToSeconds() {
    assertThat(new Workload(1, 7).queueDelay()).isEqualTo(Duration.ofSeconds(515));
    assertThat(new Workload(0, 7).queueDelay()).isEqualTo(Duration.ZERO);
    assertThat(Workload.idle().queueDelay()).isEqualTo(Duration.ZERO);
  }
}
