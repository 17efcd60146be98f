package dev.bopis.core.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The estimated instant at which a store has an order ready for pickup.
 *
 * @param readyAt the estimated ready instant
 * @param localReadyAt the store's local date and time at {@code readyAt}
 * @param zone the store's time zone
 * @param promise the coarse promise for a storefront, derived from the placement time
 */
public record ReadyEstimate(
    Instant readyAt, LocalDateTime localReadyAt, ZoneId zone, ReadyPromise promise) {

  /**
   * Validates the estimate.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code localReadyAt} is not the local time of {@code
   *     readyAt} in {@code zone}
   */
  public ReadyEstimate {
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(localReadyAt, "localReadyAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(promise, "promise");
    // Compared through the offset, so that a valid estimate allocates nothing to check.
    ZoneOffset offset = ZoneOffsets.at(zone, readyAt.getEpochSecond());
    if (localReadyAt.toEpochSecond(offset) != readyAt.getEpochSecond()
        || localReadyAt.getNano() != readyAt.getNano()) {
      LocalDateTime expected = LocalDateTime.ofInstant(readyAt, zone);
      throw new IllegalArgumentException(
          "localReadyAt "
              + localReadyAt
              + " does not match readyAt "
              + readyAt
              + " in zone "
              + zone
              + ", which is "
              + expected
              + ". Pass the local time of readyAt in the store's zone.");
    }
  }
}
