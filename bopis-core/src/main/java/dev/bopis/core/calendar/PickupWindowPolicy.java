package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a customer's requested pickup window against the current time, the order's earliest ready
 * time, its hold window and the store's opening hours.
 *
 * <p>A valid window starts at or after both {@code now} and {@code earliestReady}, ends at or
 * before {@code holdEnd}, and lies wholly in one continuous opening of the store. Intervals that
 * touch count as one (see {@link StoreCalendar#isOpenThroughout}). A rejection is a result value,
 * not an exception.
 */
public final class PickupWindowPolicy {

  private PickupWindowPolicy() {}

  /**
   * Checks a requested pickup window and proposes the earliest valid window when it is rejected.
   *
   * <p>The checks run in the order of {@link PickupWindowRejectionReason}, and the first that fails
   * is the reason. The proposal starts at the first instant at or after {@code now} and {@code
   * earliestReady} from which a window of the requested length fits in one continuous opening
   * before {@code holdEnd}. When no window of that length fits before {@code holdEnd}, the proposal
   * is the earliest shorter window, clipped to the end of its opening or to {@code holdEnd}. There
   * is no proposal when the store does not open between then and {@code holdEnd}, or within {@value
   * StoreCalendar#SEARCH_HORIZON_DAYS} days.
   *
   * @param window the requested window
   * @param now the current instant
   * @param earliestReady the estimated ready time of the order
   * @param holdEnd the instant the hold window ends
   * @param calendar the store's calendar
   * @return {@link PickupWindowCheck.Accepted} or {@link PickupWindowCheck.Rejected}
   * @throws NullPointerException if an argument is null
   */
  public static PickupWindowCheck check(
      PickupWindow window,
      Instant now,
      Instant earliestReady,
      Instant holdEnd,
      StoreCalendar calendar) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(earliestReady, "earliestReady");
    Objects.requireNonNull(holdEnd, "holdEnd");
    Objects.requireNonNull(calendar, "calendar");

    @Nullable PickupWindowRejectionReason reason =
        firstFailedCheck(window, now, earliestReady, holdEnd, calendar);
    if (reason == null) {
      return new PickupWindowCheck.Accepted(window);
    }

    Instant earliestStart = now.isAfter(earliestReady) ? now : earliestReady;
    Optional<PickupWindow> proposal =
        fullLengthWindow(calendar, earliestStart, window.length(), holdEnd)
            .or(() -> clippedWindow(calendar, earliestStart, holdEnd));
    return new PickupWindowCheck.Rejected(window, reason, proposal.orElse(null));
  }

  private static @Nullable PickupWindowRejectionReason firstFailedCheck(
      PickupWindow window,
      Instant now,
      Instant earliestReady,
      Instant holdEnd,
      StoreCalendar calendar) {
    if (window.start().isBefore(now)) {
      return PickupWindowRejectionReason.IN_THE_PAST;
    }
    if (window.start().isBefore(earliestReady)) {
      return PickupWindowRejectionReason.BEFORE_READY;
    }
    if (window.end().isAfter(holdEnd)) {
      return PickupWindowRejectionReason.AFTER_HOLD_WINDOW;
    }
    if (!calendar.isOpenThroughout(window.start(), window.end())) {
      return PickupWindowRejectionReason.OUTSIDE_OPENING_HOURS;
    }
    return null;
  }

  /** Finds the earliest window of {@code length} in one continuous opening, ending by holdEnd. */
  private static Optional<PickupWindow> fullLengthWindow(
      StoreCalendar calendar, Instant earliestStart, Duration length, Instant holdEnd) {
    Instant searchLimit = earliestStart.plus(StoreCalendar.SEARCH_HORIZON);
    Instant from = earliestStart;
    while (true) {
      Optional<Instant> start = calendar.earliestOpenInstant(from);
      if (start.isEmpty() || start.get().isAfter(searchLimit)) {
        return Optional.empty();
      }
      Instant end = start.get().plus(length);
      if (end.isAfter(holdEnd)) {
        return Optional.empty();
      }
      Instant runEnd = calendar.openRunEnd(start.get(), end);
      if (!runEnd.isBefore(end)) {
        return Optional.of(new PickupWindow(start.get(), end));
      }
      // The store is closed at runEnd, so the next start lies strictly later.
      from = runEnd;
    }
  }

  /** Finds the first open instant before holdEnd and the window up to the end of its opening. */
  private static Optional<PickupWindow> clippedWindow(
      StoreCalendar calendar, Instant earliestStart, Instant holdEnd) {
    Optional<Instant> start = calendar.earliestOpenInstant(earliestStart);
    if (start.isEmpty() || !start.get().isBefore(holdEnd)) {
      return Optional.empty();
    }
    return Optional.of(new PickupWindow(start.get(), calendar.openRunEnd(start.get(), holdEnd)));
  }
}
