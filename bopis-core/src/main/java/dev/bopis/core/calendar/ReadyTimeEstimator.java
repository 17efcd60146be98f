package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Estimates when a store has an order ready for pickup, from its calendar, its preparation lead
 * time and its workload.
 *
 * <p>Preparation starts at the placement instant, or at the first opening of the next local date
 * when the order comes in after the same-day cut-off. It waits for the orders already in
 * preparation ({@link Workload#queueDelay()}) and then takes the lead time. Both run only while the
 * store is open, counted by the rule in {@link ReadyTimeSettings#preparationRule()}. All local
 * times are in the store's zone. Instances are immutable and thread-safe.
 */
public final class ReadyTimeEstimator {

  private final ReadyTimeSettings settings;

  /**
   * Creates an estimator.
   *
   * @param settings the settings
   * @throws NullPointerException if {@code settings} is null
   */
  public ReadyTimeEstimator(ReadyTimeSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Creates an estimator with {@link ReadyTimeSettings#defaults()}. */
  public ReadyTimeEstimator() {
    this(ReadyTimeSettings.defaults());
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ReadyTimeSettings settings() {
    return settings;
  }

  /**
   * Estimates the ready time of an order with no cut-off and no orders in preparation.
   *
   * @param placedAt the instant the order was placed
   * @param calendar the store's calendar
   * @param leadTime the preparation time of one order, zero or more
   * @return the estimate, or empty when the store cannot finish the order within the search
   *     horizon, see {@link #estimate(Instant, StoreCalendar, Duration, LocalTime, Workload)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code leadTime} is negative
   */
  public Optional<ReadyEstimate> estimate(
      Instant placedAt, StoreCalendar calendar, Duration leadTime) {
    return estimate(placedAt, calendar, leadTime, null, Workload.idle());
  }

  /**
   * Estimates the ready time of an order.
   *
   * <p>The ready time is never before {@code placedAt + leadTime + workload.queueDelay()}, and it
   * lies inside an open interval or at its closing instant (see {@link PreparationRule}).
   *
   * @param placedAt the instant the order was placed
   * @param calendar the store's calendar
   * @param leadTime the preparation time of one order, zero or more
   * @param cutOff the store-local time of day after which orders start at the first opening of the
   *     next local date, or null for no cut-off. An order placed exactly at the cut-off still
   *     starts the same day.
   * @param workload the orders already in preparation and the store's capacity
   * @return the estimate, or empty when the store does not open within {@value
   *     StoreCalendar#SEARCH_HORIZON_DAYS} days of placement, when lead time and queue delay
   *     together exceed that horizon, or under {@link PreparationRule#WITHIN_ONE_PERIOD} when no
   *     opening within it is long enough
   * @throws NullPointerException if {@code placedAt}, {@code calendar}, {@code leadTime} or {@code
   *     workload} is null
   * @throws IllegalArgumentException if {@code leadTime} is negative
   */
  public Optional<ReadyEstimate> estimate(
      Instant placedAt,
      StoreCalendar calendar,
      Duration leadTime,
      @Nullable LocalTime cutOff,
      Workload workload) {
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(leadTime, "leadTime");
    Objects.requireNonNull(workload, "workload");
    if (leadTime.isNegative()) {
      throw new IllegalArgumentException(
          "leadTime is " + leadTime + " but must be zero or more, for example PT2H");
    }

    Duration queueDelay = workload.queueDelay();
    Duration horizon = StoreCalendar.SEARCH_HORIZON;
    if (leadTime.compareTo(horizon) > 0
        || queueDelay.compareTo(horizon) > 0
        || leadTime.plus(queueDelay).compareTo(horizon) > 0) {
      return Optional.empty();
    }
    Duration work = leadTime.plus(queueDelay);
    Instant searchLimit = placedAt.plus(horizon);

    Optional<Instant> readyAt =
        preparationStart(placedAt, calendar, cutOff)
            .flatMap(
                start ->
                    switch (settings.preparationRule()) {
                      case WITHIN_ONE_PERIOD -> withinOnePeriod(calendar, start, work, searchLimit);
                      case ACROSS_PERIODS -> acrossPeriods(calendar, start, work, searchLimit);
                    });

    ZoneId zone = calendar.zone();
    return readyAt.map(
        ready ->
            new ReadyEstimate(
                ready,
                LocalDateTime.ofInstant(ready, zone),
                zone,
                ReadyPromise.of(placedAt, ready, zone)));
  }

  /** Returns the earliest instant preparation may start, before opening hours are applied. */
  private static Optional<Instant> preparationStart(
      Instant placedAt, StoreCalendar calendar, @Nullable LocalTime cutOff) {
    if (cutOff == null) {
      return Optional.of(placedAt);
    }
    LocalDateTime localPlacedAt = LocalDateTime.ofInstant(placedAt, calendar.zone());
    if (!localPlacedAt.toLocalTime().isAfter(cutOff)) {
      return Optional.of(placedAt);
    }
    return calendar
        .firstOpeningOnOrAfter(localPlacedAt.toLocalDate().plusDays(1))
        .map(OpenInterval::opens);
  }

  private static Optional<Instant> withinOnePeriod(
      StoreCalendar calendar, Instant earliestStart, Duration work, Instant searchLimit) {
    Instant from = earliestStart;
    while (true) {
      Optional<Instant> start = calendar.earliestOpenInstant(from);
      if (start.isEmpty() || start.get().isAfter(searchLimit)) {
        return Optional.empty();
      }
      Instant target = start.get().plus(work);
      Instant runEnd = calendar.openRunEnd(start.get(), target);
      if (!runEnd.isBefore(target)) {
        return Optional.of(target);
      }
      // The store is closed at runEnd, so the next start lies strictly later.
      from = runEnd;
    }
  }

  private static Optional<Instant> acrossPeriods(
      StoreCalendar calendar, Instant earliestStart, Duration work, Instant searchLimit) {
    Duration remaining = work;
    Optional<Instant> start = calendar.earliestOpenInstant(earliestStart);
    while (start.isPresent() && !start.get().isAfter(searchLimit)) {
      Instant target = start.get().plus(remaining);
      Instant runEnd = calendar.openRunEnd(start.get(), target);
      if (!runEnd.isBefore(target)) {
        return Optional.of(target);
      }
      remaining = remaining.minus(Duration.between(start.get(), runEnd));
      start = calendar.earliestOpenInstant(runEnd);
    }
    return Optional.empty();
  }
}
