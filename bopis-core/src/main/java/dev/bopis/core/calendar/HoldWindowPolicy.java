package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a hold window: its deadline, reminders before the end, extensions, and whether an
 * expired order is offered ship-to-home.
 *
 * @param deadline computes the end of the hold window from the ready time
 * @param reminders when to remind the customer, possibly none
 * @param maxExtensions maximum number of extensions per order, zero or more
 * @param extension the time each extension adds to the end of the window, more than zero
 * @param offerShipToHome whether the customer is offered ship-to-home when the hold expires
 */
public record HoldWindowPolicy(
    HoldPolicy deadline,
    List<Reminder> reminders,
    int maxExtensions,
    Duration extension,
    boolean offerShipToHome) {

  /**
   * Copies and validates the settings.
   *
   * @throws NullPointerException if {@code deadline}, {@code reminders}, a reminder or {@code
   *     extension} is null
   * @throws IllegalArgumentException if {@code maxExtensions} is negative or {@code extension} is
   *     zero or negative
   */
  public HoldWindowPolicy {
    Objects.requireNonNull(deadline, "deadline");
    reminders = List.copyOf(Objects.requireNonNull(reminders, "reminders"));
    Objects.requireNonNull(extension, "extension");
    if (maxExtensions < 0) {
      throw new IllegalArgumentException(
          "maxExtensions is "
              + maxExtensions
              + " but must be zero or more. Pass 0 for no extensions.");
    }
    if (extension.isNegative() || extension.isZero()) {
      throw new IllegalArgumentException(
          "extension is " + extension + " but must be more than zero, for example PT24H");
    }
  }

  /**
   * Returns the default rules: a hold of 72 hours from the ready time, one reminder 24 hours before
   * the end, at most one extension of 24 hours, and ship-to-home offered on expiry.
   *
   * @return the default policy
   */
  public static HoldWindowPolicy defaults() {
    return new HoldWindowPolicy(
        HoldPolicy.duration(HoldPolicy.DEFAULT_DURATION),
        List.of(Reminder.beforeEnd(Duration.ofHours(24))),
        1,
        Duration.ofHours(24),
        true);
  }

  /**
   * Opens the hold window of an order that became ready.
   *
   * @param readyAt the instant the order became ready for pickup
   * @param calendar the store's calendar
   * @param pickupBy the pickup-by date that the order management system set, or null when none
   * @return the window from {@code readyAt} to the deadline, with no extension used
   * @throws NullPointerException if {@code readyAt} or {@code calendar} is null, or the deadline
   *     policy returns null
   * @throws IllegalStateException if the deadline policy returns an instant that is not after
   *     {@code readyAt}
   */
  public HoldWindow open(Instant readyAt, StoreCalendar calendar, @Nullable Instant pickupBy) {
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(calendar, "calendar");
    Instant end =
        Objects.requireNonNull(
            deadline.holdUntil(readyAt, calendar, pickupBy), "deadline returned by " + deadline);
    if (!end.isAfter(readyAt)) {
      throw new IllegalStateException(
          "Hold policy "
              + deadline
              + " returned deadline "
              + end
              + ", which is not after readyAt "
              + readyAt
              + ". A hold policy must return an instant after the ready time.");
    }
    return new HoldWindow(readyAt, end, 0);
  }

  /**
   * Computes the reminder instants of a hold window.
   *
   * @param window the current hold window, possibly extended
   * @return the instants sorted and without duplicates, each strictly after the window start and
   *     before its end. Reminders outside that range are dropped.
   * @throws NullPointerException if {@code window} is null
   */
  public List<Instant> reminderTimes(HoldWindow window) {
    Objects.requireNonNull(window, "window");
    TreeSet<Instant> times = new TreeSet<>();
    for (Reminder reminder : reminders) {
      Instant time = reminder.timeIn(window);
      if (time.isAfter(window.start()) && time.isBefore(window.end())) {
        times.add(time);
      }
    }
    return List.copyOf(times);
  }

  /**
   * Extends a hold window by {@link #extension()} if the extension limit allows it.
   *
   * <p>The method does not check whether the window has already expired, so the caller decides
   * whether a late extension is allowed.
   *
   * @param window the current hold window
   * @return the window with a later end and one more extension used, or empty when {@code window}
   *     already used {@link #maxExtensions()} extensions
   * @throws NullPointerException if {@code window} is null
   */
  public Optional<HoldWindow> extend(HoldWindow window) {
    Objects.requireNonNull(window, "window");
    if (window.extensionsUsed() >= maxExtensions) {
      return Optional.empty();
    }
    return Optional.of(
        new HoldWindow(window.start(), window.end().plus(extension), window.extensionsUsed() + 1));
  }
}
