package dev.bopis.geo;

import dev.bopis.core.calendar.OpenInterval;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Ready-time estimates that reuse each store's open intervals, so that a query does not rebuild
 * them from the calendar for every store it lists.
 *
 * <p>The common case is handled here: preparation starts at placement (no cut-off, or placement not
 * after it), and the store stays open without a break from placement until placement plus lead time
 * plus queue delay. Then the ready time is that sum, which is what {@link ReadyTimeEstimator}
 * returns under either preparation rule. Every other case, such as a store that is closed at
 * placement, goes to the estimator, so the result always equals the estimator's.
 *
 * <p>Intervals are cached per store for {@value #WINDOW_DAYS} local dates around the last date
 * asked for, and dropped when the store's calendar changes. Thread-safe.
 */
final class ReadyTimeCache {

  /** Local dates whose intervals are kept per store, from two before the requested one. */
  static final int WINDOW_DAYS = 8;

  /** Maximum lead time, and maximum queue delay, that the cached path handles. */
  private static final Duration MAX_CACHED_WORK = Duration.ofDays(2);

  private static final double SECONDS_PER_HOUR = 3600.0;

  /** Core's calendar searches look at the two local dates before an instant's date. */
  private static final int LOOK_BACK_DAYS = 2;

  /** Bound on the open intervals chained together before handing over to the estimator. */
  private static final int MAX_CHAINED_INTERVALS = 16;

  private static final long SECONDS_PER_DAY = 86_400;

  private final ReadyTimeEstimator estimator;
  private final ConcurrentHashMap<StoreId, OpeningDays> openings = new ConcurrentHashMap<>();

  ReadyTimeCache(ReadyTimeEstimator estimator) {
    this.estimator = estimator;
  }

  /**
   * Returns what {@link ReadyTimeEstimator#estimate} returns for the store with {@code
   * ordersInPreparation} orders ahead, or null where it returns empty. The cached path computes
   * with primitives, so it allocates only the estimate it returns.
   */
  @Nullable ReadyEstimate estimate(
      Instant placedAt, PickupLocation store, int ordersInPreparation) {
    // The same rounding as Workload.queueDelay(): whole seconds, rounded up.
    long queueSeconds =
        (long) Math.ceil(ordersInPreparation * SECONDS_PER_HOUR / store.ordersPerHour());
    Duration lead = store.preparationLead();
    if (queueSeconds <= MAX_CACHED_WORK.getSeconds()
        && lead.compareTo(MAX_CACHED_WORK) <= 0
        && startsAtPlacement(placedAt, store)) {
      Instant target =
          placedAt.plusSeconds(lead.getSeconds() + queueSeconds).plusNanos(lead.getNano());
      if (openThroughout(openings(store), placedAt, target)) {
        ZoneId zone = store.zone();
        return new ReadyEstimate(
            target,
            LocalDateTime.ofInstant(target, zone),
            zone,
            ReadyPromise.of(placedAt, target, zone));
      }
    }
    Workload workload = new Workload(ordersInPreparation, store.ordersPerHour());
    return estimator
        .estimate(placedAt, store.calendar(), lead, store.sameDayCutoff(), workload)
        .orElse(null);
  }

  /** Tells whether preparation starts at placement: no cut-off, or placed at or before it. */
  private static boolean startsAtPlacement(Instant placedAt, PickupLocation store) {
    @Nullable LocalTime cutOff = store.sameDayCutoff();
    if (cutOff == null) {
      return true;
    }
    ZoneRules rules = store.zone().getRules();
    long localSeconds = placedAt.getEpochSecond() + rules.getOffset(placedAt).getTotalSeconds();
    long nanoOfDay =
        Math.floorMod(localSeconds, SECONDS_PER_DAY) * 1_000_000_000L + placedAt.getNano();
    return nanoOfDay <= cutOff.toNanoOfDay();
  }

  /**
   * Tells whether the store is open at {@code from} and without a break until {@code until}, as the
   * estimator decides it: intervals that touch or overlap form one opening.
   */
  private static boolean openThroughout(OpeningDays days, Instant from, Instant until) {
    Instant covered = from;
    for (int step = 0; step < MAX_CHAINED_INTERVALS; step++) {
      @Nullable Instant furthest = days.furthestClosing(covered);
      if (furthest == null) {
        return false;
      }
      covered = furthest;
      if (!covered.isBefore(until)) {
        return true;
      }
    }
    return false;
  }

  private OpeningDays openings(PickupLocation store) {
    OpeningDays days = openings.get(store.id());
    if (days == null || days.calendar != store.calendar()) {
      days = new OpeningDays(store.calendar());
      openings.put(store.id(), days);
    }
    return days;
  }

  /** The open intervals of one calendar for a window of local dates. */
  private static final class OpeningDays {
    final StoreCalendar calendar;
    private final ZoneRules rules;
    private volatile Window window;

    OpeningDays(StoreCalendar calendar) {
      this.calendar = calendar;
      this.rules = calendar.zone().getRules();
      this.window = new Window(Long.MIN_VALUE / 2, new OpenInterval[0][]);
    }

    /**
     * Returns the latest closing of the intervals that contain {@code instant}, looking at the
     * intervals that start on its local date and the two dates before, or null when none does.
     */
    @Nullable Instant furthestClosing(Instant instant) {
      long day =
          Math.floorDiv(
              instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds(),
              SECONDS_PER_DAY);
      @Nullable Instant furthest = null;
      for (long d = day - LOOK_BACK_DAYS; d <= day; d++) {
        for (OpenInterval interval : intervals(d)) {
          if (interval.contains(instant)
              && (furthest == null || interval.closes().isAfter(furthest))) {
            furthest = interval.closes();
          }
        }
      }
      return furthest;
    }

    private OpenInterval[] intervals(long epochDay) {
      Window current = window;
      if (epochDay < current.firstDay || epochDay >= current.firstDay + current.days.length) {
        current = Window.load(calendar, epochDay - LOOK_BACK_DAYS);
        window = current;
      }
      return current.days[(int) (epochDay - current.firstDay)];
    }
  }

  /** The intervals of {@link #WINDOW_DAYS} consecutive local dates. */
  private record Window(long firstDay, OpenInterval[][] days) {
    static Window load(StoreCalendar calendar, long firstDay) {
      OpenInterval[][] days = new OpenInterval[WINDOW_DAYS][];
      for (int d = 0; d < WINDOW_DAYS; d++) {
        List<OpenInterval> intervals = calendar.openIntervals(LocalDate.ofEpochDay(firstDay + d));
        days[d] = intervals.toArray(new OpenInterval[0]);
      }
      return new Window(firstDay, days);
    }
  }
}
