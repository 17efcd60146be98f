package dev.bopis.geo;

import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.util.Objects;

/**
 * A named test that a store must pass to be ranked at all, applied before stock is checked.
 *
 * @param name a name for logs and error messages, such as {@code capacity-left}
 * @param test the test, which receives the store and the orders it is preparing
 */
public record EligibilityFilter(String name, StoreTest test) {

  /** Largest queue limit of {@link #capacityLeft}, the search horizon of store calendars. */
  static final Duration MAX_QUEUE_DELAY = Duration.ofDays(366);

  /**
   * Validates the filter.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public EligibilityFilter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(test, "test");
    if (name.isBlank()) {
      throw new IllegalArgumentException("eligibility filter name is blank; pass a name");
    }
  }

  /**
   * Returns a filter that keeps stores whose orders in preparation take at most {@code
   * maxQueueDelay} to finish at the store's {@link PickupLocation#ordersPerHour()}.
   *
   * @param maxQueueDelay the longest acceptable queue, from 1 minute to 366 days
   * @return the filter, named {@code capacity-left}
   * @throws IllegalArgumentException if {@code maxQueueDelay} is outside its range
   */
  public static EligibilityFilter capacityLeft(Duration maxQueueDelay) {
    Objects.requireNonNull(maxQueueDelay, "maxQueueDelay");
    if (maxQueueDelay.compareTo(Duration.ofMinutes(1)) < 0
        || maxQueueDelay.compareTo(MAX_QUEUE_DELAY) > 0) {
      throw new IllegalArgumentException(
          "maxQueueDelay "
              + maxQueueDelay
              + " is outside [PT1M, P366D]; pass the longest queue a store may have, e.g. PT8H");
    }
    long limitSeconds = maxQueueDelay.getSeconds();
    return new EligibilityFilter(
        "capacity-left",
        (store, ordersInPreparation) ->
            ordersInPreparation * 3600L <= limitSeconds * store.ordersPerHour());
  }

  /** Decides whether a store may be ranked. */
  @FunctionalInterface
  public interface StoreTest {

    /**
     * Tests a store.
     *
     * @param store the pickup-enabled store
     * @param ordersInPreparation the orders the store is preparing, zero or more
     * @return true to keep the store
     */
    boolean test(PickupLocation store, int ordersInPreparation);
  }
}
