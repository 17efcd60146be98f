package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ReadyTimeProperties {

  /** One estimate request: the store, the placement instant, the lead time and the rule. */
  record Request(
      StoreCalendar calendar,
      Instant placedAt,
      Duration leadTime,
      Workload workload,
      PreparationRule rule) {

    Optional<ReadyEstimate> estimate() {
      return new ReadyTimeEstimator(new ReadyTimeSettings(rule))
          .estimate(placedAt, calendar, leadTime, null, workload);
    }

    Duration work() {
      return leadTime.plus(workload.queueDelay());
    }
  }

  @Provide
  Arbitrary<Request> requests() {
    Arbitrary<Duration> leads =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Duration.ZERO)),
            net.jqwik.api.Tuple.of(
                6, Arbitraries.integers().between(1, 10 * 60).map(Duration::ofMinutes)));
    Arbitrary<Workload> workloads =
        Combinators.combine(
                Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0.5, 20.0))
            .as(Workload::new);
    return CalendarArbitraries.calendars()
        .flatMap(
            calendar ->
                Combinators.combine(
                        CalendarArbitraries.instants(calendar.zone()),
                        leads,
                        workloads,
                        Arbitraries.of(PreparationRule.class))
                    .as(
                        (placedAt, lead, workload, rule) ->
                            new Request(calendar, placedAt, lead, workload, rule)));
  }

  @Property
  void readyTime_insideOpenSpanOrAtClosing(@ForAll("requests") Request request) {
    Optional<ReadyEstimate> estimate = request.estimate();
    collectCoverage(request, estimate);

    estimate.ifPresent(
        found -> {
          Instant ready = found.readyAt();
          List<Instant[]> spans = CalendarArbitraries.openSpans(request.calendar(), ready, ready);
          assertThat(spans)
              .as("open spans around %s", ready)
              .anySatisfy(
                  span -> {
                    assertThat(ready).isAfterOrEqualTo(span[0]);
                    assertThat(ready).isBeforeOrEqualTo(span[1]);
                  });
        });
  }

  @Property
  void readyTime_neverBeforePlacementPlusWork(@ForAll("requests") Request request) {
    Optional<ReadyEstimate> estimate = request.estimate();

    estimate.ifPresent(
        found ->
            assertThat(found.readyAt()).isAfterOrEqualTo(request.placedAt().plus(request.work())));
  }

  @Property
  void withinOnePeriod_earliestFittingSpan(@ForAll("requests") Request request) {
    Request withinOne =
        new Request(
            request.calendar(),
            request.placedAt(),
            request.leadTime(),
            request.workload(),
            PreparationRule.WITHIN_ONE_PERIOD);

    Optional<ReadyEstimate> estimate = withinOne.estimate();

    estimate.ifPresent(
        found -> {
          Instant ready = found.readyAt();
          Instant start = ready.minus(withinOne.work());
          List<Instant[]> spans =
              CalendarArbitraries.openSpans(withinOne.calendar(), withinOne.placedAt(), ready);
          assertThat(spans)
              .as("a span holding the whole preparation %s to %s", start, ready)
              .anySatisfy(
                  span -> {
                    assertThat(start).isAfterOrEqualTo(span[0]);
                    assertThat(ready).isBeforeOrEqualTo(span[1]);
                  });
          for (Instant[] span : spans) {
            Instant earliest =
                span[0].isAfter(withinOne.placedAt()) ? span[0] : withinOne.placedAt();
            // Preparation can only start while the store is open, so before the span closes.
            if (earliest.isBefore(start) && earliest.isBefore(span[1])) {
              assertThat(earliest.plus(withinOne.work()))
                  .as("earlier span %s to %s must be too short", span[0], span[1])
                  .isAfter(span[1]);
            }
          }
        });
  }

  @Property
  void acrossPeriods_openTimeEqualsWork(@ForAll("requests") Request request) {
    Request across =
        new Request(
            request.calendar(),
            request.placedAt(),
            request.leadTime(),
            request.workload(),
            PreparationRule.ACROSS_PERIODS);

    Optional<ReadyEstimate> estimate = across.estimate();

    estimate.ifPresent(
        found -> {
          List<Instant[]> spans =
              CalendarArbitraries.openSpans(across.calendar(), across.placedAt(), found.readyAt());
          assertThat(CalendarArbitraries.openTimeBetween(spans, across.placedAt(), found.readyAt()))
              .isEqualTo(across.work());
        });
  }

  @Property(tries = 200)
  void estimate_sameUnderAnyJvmDefaultZone(@ForAll("requests") Request request) {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Optional<ReadyEstimate> farEast = request.estimate();
      TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
      Optional<ReadyEstimate> farWest = request.estimate();

      assertThat(farWest).isEqualTo(farEast);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  private static void collectCoverage(Request request, Optional<ReadyEstimate> estimate) {
    boolean changeDay =
        CalendarArbitraries.isChangeDay(
            request.calendar().zone(), request.calendar().localDate(request.placedAt()));
    Statistics.label("placed on a clock-change day").collect(changeDay);
    Statistics.label("estimate found").collect(estimate.isPresent());
    Statistics.label("placed on a clock-change day")
        .coverage(coverage -> coverage.check(true).percentage(percent -> percent >= 5));
    Statistics.label("estimate found")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(percent -> percent >= 50);
              coverage.check(false).count(count -> count >= 1);
            });
  }
}
