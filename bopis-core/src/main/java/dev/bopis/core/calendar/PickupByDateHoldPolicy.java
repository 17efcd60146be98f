package dev.bopis.core.calendar;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hold policy that ends the hold at the order's pickup-by date, if it is after the ready time.
 */
record PickupByDateHoldPolicy(HoldPolicy fallback) implements HoldPolicy {

  PickupByDateHoldPolicy {
    Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public Instant holdUntil(Instant readyAt, StoreCalendar calendar, @Nullable Instant pickupBy) {
    Objects.requireNonNull(readyAt, "readyAt");
    if (pickupBy != null && pickupBy.isAfter(readyAt)) {
      return pickupBy;
    }
    return fallback.holdUntil(readyAt, calendar, null);
  }
}
