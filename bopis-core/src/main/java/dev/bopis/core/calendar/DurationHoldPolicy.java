package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A hold policy that ends the hold a fixed duration after the ready time. */
record DurationHoldPolicy(Duration duration) implements HoldPolicy {

  DurationHoldPolicy {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "Hold duration is " + duration + " but must be more than zero, for example PT72H");
    }
  }

  @Override
  public Instant holdUntil(Instant readyAt, StoreCalendar calendar, @Nullable Instant pickupBy) {
    Objects.requireNonNull(readyAt, "readyAt");
    return readyAt.plus(duration);
  }
}
