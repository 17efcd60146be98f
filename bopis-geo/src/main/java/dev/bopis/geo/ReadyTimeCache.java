package dev.bopis.geo;

import dev.bopis.core.calendar.OpenInterval;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.calendar.ZoneOffsets;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Ready-time estimates that reuse each store's open intervals and UTC offset, so that a query does
 * not rebuild them from the calendar for every store it lists.
 *
 * <p>The common case is handled here: preparation starts at placement (no cut-off, or placement not
 * after it), and the store stays open without a break from placement until placement plus lead time
 * plus queue delay. Then the ready time is that sum, which is what {@link ReadyTimeEstimator}
 * returns under either preparation rule. Every other case, such as a store that is closed at
 * placement, goes to the estimator, so the result always equals the estimator's.
 *
 * <p>Per store, found by its {@link StoreNumbers} number without hashing, the cache keeps the open
 * intervals of {@value #WINDOW_DAYS} local dates around the last date asked for, as epoch seconds
 * and nanoseconds in flat arrays, dropped when the store's calendar changes; UTC offsets come from
 * {@link ZoneOffsets}. The cached path computes with primitives and allocates only the estimate it
 * returns. Thread-safe.
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

  /**
   * Placements the cached path takes: far enough inside the dates {@link LocalDate} supports that a
   * window of {@value #WINDOW_DAYS} dates around the placement and its ready time still exists.
   * Placements beyond go to the estimator.
   */
  private static final long FIRST_CACHED_SECOND =
      (LocalDate.MIN.toEpochDay() + 16) * SECONDS_PER_DAY;

  private static final long LAST_CACHED_SECOND =
      (LocalDate.MAX.toEpochDay() - 16) * SECONDS_PER_DAY;

  private final ReadyTimeEstimator estimator;
  private final Object growLock = new Object();
  private volatile AtomicReferenceArray<OpeningDays> byNumber = new AtomicReferenceArray<>(64);

  ReadyTimeCache(ReadyTimeEstimator estimator) {
    this.estimator = estimator;
  }

  /**
   * Returns what {@link ReadyTimeEstimator#estimate} returns for the store with {@code
   * ordersInPreparation} orders ahead, or null where it returns empty.
   *
   * @param number the store's {@link StoreNumbers} number
   */
  @Nullable ReadyEstimate estimate(
      Instant placedAt, PickupLocation store, int number, int ordersInPreparation) {
    // The same rounding as Workload.queueDelay(): whole seconds, rounded up.
    long queueSeconds =
        (long) Math.ceil(ordersInPreparation * SECONDS_PER_HOUR / store.ordersPerHour());
    Duration lead = store.preparationLead();
    if (queueSeconds <= MAX_CACHED_WORK.getSeconds()
        && lead.compareTo(MAX_CACHED_WORK) <= 0
        && placedAt.getEpochSecond() >= FIRST_CACHED_SECOND
        && placedAt.getEpochSecond() <= LAST_CACHED_SECOND) {
      OpeningDays days = openings(store, number);
      long placedSecond = placedAt.getEpochSecond();
      int placedNano = placedAt.getNano();
      int placedOffset = days.offsetSeconds(placedSecond);
      long targetSecond = placedSecond + lead.getSeconds() + queueSeconds;
      int targetNano = placedNano + lead.getNano();
      if (targetNano >= 1_000_000_000) {
        targetNano -= 1_000_000_000;
        targetSecond++;
      }
      if (startsAtPlacement(placedSecond + placedOffset, placedNano, store)
          && days.openThroughout(placedSecond, placedNano, targetSecond, targetNano)) {
        ZoneOffset targetOffset = days.offset(targetSecond);
        long localDatesApart =
            Math.floorDiv(targetSecond + targetOffset.getTotalSeconds(), SECONDS_PER_DAY)
                - Math.floorDiv(placedSecond + placedOffset, SECONDS_PER_DAY);
        Duration wait = lead.plusSeconds(queueSeconds);
        return new ReadyEstimate(
            Instant.ofEpochSecond(targetSecond, targetNano),
            LocalDateTime.ofEpochSecond(targetSecond, targetNano, targetOffset),
            store.zone(),
            ReadyPromise.of(wait, localDatesApart));
      }
    }
    Workload workload = new Workload(ordersInPreparation, store.ordersPerHour());
    return estimator
        .estimate(placedAt, store.calendar(), lead, store.sameDayCutoff(), workload)
        .orElse(null);
  }

  /**
   * Tells whether preparation starts at placement: no cut-off, or placed at or before it, given the
   * local seconds and nanoseconds of placement.
   */
  private static boolean startsAtPlacement(long localSecond, int nano, PickupLocation store) {
    @Nullable LocalTime cutOff = store.sameDayCutoff();
    if (cutOff == null) {
      return true;
    }
    long nanoOfDay = Math.floorMod(localSecond, SECONDS_PER_DAY) * 1_000_000_000L + nano;
    return nanoOfDay <= cutOff.toNanoOfDay();
  }

  private OpeningDays openings(PickupLocation store, int number) {
    AtomicReferenceArray<OpeningDays> table = byNumber;
    @Nullable OpeningDays days = number < table.length() ? table.get(number) : null;
    if (days != null && days.calendar == store.calendar()) {
      return days;
    }
    days = new OpeningDays(store.calendar());
    synchronized (growLock) {
      table = byNumber;
      if (number >= table.length()) {
        AtomicReferenceArray<OpeningDays> larger =
            new AtomicReferenceArray<>(Math.max(number + 1, 2 * table.length()));
        for (int i = 0; i < table.length(); i++) {
          larger.set(i, table.get(i));
        }
        byNumber = larger;
        table = larger;
      }
      table.set(number, days);
    }
    return days;
  }

  /** Compares two instants given as epoch seconds and nanoseconds. */
  private static int compare(long second1, int nano1, long second2, int nano2) {
    int bySecond = Long.compare(second1, second2);
    return bySecond != 0 ? bySecond : Integer.compare(nano1, nano2);
  }

  /** The open intervals and UTC offsets of one calendar. */
  private static final class OpeningDays {
    final StoreCalendar calendar;
    private final ZoneId zone;
    private volatile Window window;

    OpeningDays(StoreCalendar calendar) {
      this.calendar = calendar;
      this.zone = calendar.zone();
      this.window = Window.EMPTY;
    }

    /** Returns the UTC offset in seconds at the instant {@code epochSecond}. */
    int offsetSeconds(long epochSecond) {
      return offset(epochSecond).getTotalSeconds();
    }

    /** Returns the UTC offset at the instant {@code epochSecond}. */
    ZoneOffset offset(long epochSecond) {
      return ZoneOffsets.at(zone, epochSecond);
    }

    /**
     * Tells whether the store is open at {@code from} and without a break until {@code until}, as
     * the estimator decides it: intervals that touch or overlap form one opening.
     */
    boolean openThroughout(long fromSecond, int fromNano, long untilSecond, int untilNano) {
      long coveredSecond = fromSecond;
      int coveredNano = fromNano;
      for (int step = 0; step < MAX_CHAINED_INTERVALS; step++) {
        // The latest closing of the intervals that contain the covered instant, looking at the
        // intervals that start on its local date and the two dates before.
        long day = Math.floorDiv(coveredSecond + offsetSeconds(coveredSecond), SECONDS_PER_DAY);
        Window current = windowFor(day);
        long furthestSecond = Long.MIN_VALUE;
        int furthestNano = 0;
        int first = current.dayStart[(int) (day - LOOK_BACK_DAYS - current.firstDay)];
        int last = current.dayStart[(int) (day + 1 - current.firstDay)];
        for (int k = first; k < last; k++) {
          boolean contains =
              compare(current.opensSecond[k], current.opensNano[k], coveredSecond, coveredNano) <= 0
                  && compare(
                          coveredSecond,
                          coveredNano,
                          current.closesSecond[k],
                          current.closesNano[k])
                      < 0;
          if (contains
              && compare(
                      current.closesSecond[k], current.closesNano[k], furthestSecond, furthestNano)
                  > 0) {
            furthestSecond = current.closesSecond[k];
            furthestNano = current.closesNano[k];
          }
        }
        if (furthestSecond == Long.MIN_VALUE) {
          return false;
        }
        coveredSecond = furthestSecond;
        coveredNano = furthestNano;
        if (compare(coveredSecond, coveredNano, untilSecond, untilNano) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** Returns a window that contains {@code epochDay} and the two dates before it. */
    private Window windowFor(long epochDay) {
      Window current = window;
      if (epochDay - LOOK_BACK_DAYS < current.firstDay
          || epochDay >= current.firstDay + WINDOW_DAYS) {
        current = Window.load(calendar, epochDay - LOOK_BACK_DAYS);
        window = current;
      }
      return current;
    }
  }

  /**
   * The open intervals of {@link #WINDOW_DAYS} consecutive local dates, in flat arrays: the
   * intervals that start on date {@code firstDay + d} are those from {@code dayStart[d]} to {@code
   * dayStart[d + 1]}.
   */
  private static final class Window {
    static final Window EMPTY =
        new Window(
            Long.MIN_VALUE / 2,
            new int[WINDOW_DAYS + 1],
            new long[0],
            new int[0],
            new long[0],
            new int[0]);

    final long firstDay;
    final int[] dayStart;
    final long[] opensSecond;
    final int[] opensNano;
    final long[] closesSecond;
    final int[] closesNano;

    private Window(
        long firstDay,
        int[] dayStart,
        long[] opensSecond,
        int[] opensNano,
        long[] closesSecond,
        int[] closesNano) {
      this.firstDay = firstDay;
      this.dayStart = dayStart;
      this.opensSecond = opensSecond;
      this.opensNano = opensNano;
      this.closesSecond = closesSecond;
      this.closesNano = closesNano;
    }

    static Window load(StoreCalendar calendar, long firstDay) {
      int[] dayStart = new int[WINDOW_DAYS + 1];
      OpenInterval[] all = new OpenInterval[0];
      for (int d = 0; d < WINDOW_DAYS; d++) {
        List<OpenInterval> intervals = calendar.openIntervals(LocalDate.ofEpochDay(firstDay + d));
        dayStart[d] = all.length;
        int from = all.length;
        all = Arrays.copyOf(all, from + intervals.size());
        for (int k = 0; k < intervals.size(); k++) {
          all[from + k] = intervals.get(k);
        }
      }
      dayStart[WINDOW_DAYS] = all.length;
      long[] opensSecond = new long[all.length];
      int[] opensNano = new int[all.length];
      long[] closesSecond = new long[all.length];
      int[] closesNano = new int[all.length];
      for (int k = 0; k < all.length; k++) {
        opensSecond[k] = all[k].opens().getEpochSecond();
        opensNano[k] = all[k].opens().getNano();
        closesSecond[k] = all[k].closes().getEpochSecond();
        closesNano[k] = all[k].closes().getNano();
      }
      return new Window(firstDay, dayStart, opensSecond, opensNano, closesSecond, closesNano);
    }
  }
}
