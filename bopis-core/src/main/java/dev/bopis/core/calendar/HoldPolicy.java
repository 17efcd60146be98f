package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Computes when the hold window of an order ready for pickup ends, after which the order expires.
 *
 * <p>Implementations must return an instant after {@code readyAt}, because {@link HoldWindowPolicy}
 * rejects any other deadline. The built-in policies are immutable and thread-safe.
 */
@FunctionalInterface
public interface HoldPolicy {

  /** The hold duration that {@link #pickupByDate()} falls back to: 72 hours. */
  Duration DEFAULT_DURATION = Duration.ofHours(72);

  /**
   * Computes the end of the hold window of an order.
   *
   * @param readyAt the instant the order became ready for pickup, which starts the hold window
   * @param calendar the store's calendar
   * @param pickupBy the pickup-by date that the order management system set, or null when none
   * @return the instant the hold window ends, after {@code readyAt}
   */
  Instant holdUntil(Instant readyAt, StoreCalendar calendar, @Nullable Instant pickupBy);

  /**
   * Returns a policy that holds an order for a fixed duration from the ready time, ignoring opening
   * hours and the pickup-by date.
   *
   * @param duration the hold duration, more than zero
   * @return the policy
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException if {@code duration} is zero or negative
   */
  static HoldPolicy duration(Duration duration) {
    return new DurationHoldPolicy(duration);
  }

  /**
   * Returns a policy that holds an order until the closing time of its n-th business day.
   *
   * <p>Business days are local dates on which the store has opening periods after special hours are
   * applied. The ready day counts when the store is open or opens again after {@code readyAt} that
   * day, so an order ready at 17:59 in a store closing at 18:00 with {@code businessDays(1)} is
   * held one minute. A period past midnight belongs to the date it starts on. When fewer than
   * {@code days} business days follow within {@value StoreCalendar#SEARCH_HORIZON_DAYS} days, the
   * hold lasts {@code days} times 24 hours instead.
   *
   * @param days the number of business days, from 1 to {@value StoreCalendar#SEARCH_HORIZON_DAYS}
   * @return the policy
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  static HoldPolicy businessDays(int days) {
    return new BusinessDaysHoldPolicy(days);
  }

  /**
   * Returns a policy that holds an order until its pickup-by date, or for {@link #DEFAULT_DURATION}
   * when the order has none.
   *
   * @return the policy
   */
  static HoldPolicy pickupByDate() {
    return pickupByDate(duration(DEFAULT_DURATION));
  }

  /**
   * Returns a policy that holds an order until its pickup-by date, or as {@code fallback} says when
   * the order has no pickup-by date or one that is not after the ready time.
   *
   * @param fallback the policy used without a usable pickup-by date, which receives null as {@code
   *     pickupBy}
   * @return the policy
   * @throws NullPointerException if {@code fallback} is null
   */
  static HoldPolicy pickupByDate(HoldPolicy fallback) {
    return new PickupByDateHoldPolicy(fallback);
  }
}
