package dev.bopis.core.calendar;

import java.time.Duration;

/**
 * A store's current preparation workload, which delays the start of a new order.
 *
 * <p>The queue delay is {@code ordersInPreparation / capacityPerHour} hours, rounded up to whole
 * seconds.
 *
 * @param ordersInPreparation number of orders the store is already preparing, zero or more
 * @param capacityPerHour number of orders the store prepares per hour, more than zero and finite
 */
public record Workload(int ordersInPreparation, double capacityPerHour) {

  private static final double SECONDS_PER_HOUR = 3600.0;

  /**
   * Validates the workload.
   *
   * @throws IllegalArgumentException if {@code ordersInPreparation} is negative, or {@code
   *     capacityPerHour} is zero, negative, infinite or NaN
   */
  public Workload {
    if (ordersInPreparation < 0) {
      throw new IllegalArgumentException(
          "ordersInPreparation is "
              + ordersInPreparation
              + " but must be zero or more. Pass the number of orders being prepared.");
    }
    if (!(capacityPerHour > 0) || Double.isInfinite(capacityPerHour)) {
      throw new IllegalArgumentException(
          "capacityPerHour is "
              + capacityPerHour
              + " but must be a finite number of orders per hour above zero");
    }
  }

  /**
   * Returns a workload without orders in preparation, which adds no queue delay.
   *
   * @return an idle workload with a nominal capacity of one order per hour
   */
  public static Workload idle() {
    return new Workload(0, 1.0);
  }

  /**
   * Returns the time until the orders already in preparation are done.
   *
   * @return {@code ordersInPreparation / capacityPerHour} hours rounded up to whole seconds, at
   *     most {@code Long.MAX_VALUE} seconds
   */
  public Duration queueDelay() {
    double seconds = Math.ceil(ordersInPreparation * SECONDS_PER_HOUR / capacityPerHour);
    // The cast saturates at Long.MAX_VALUE for a tiny capacity.
    return Duration.ofSeconds((long) seconds);
  }
}
