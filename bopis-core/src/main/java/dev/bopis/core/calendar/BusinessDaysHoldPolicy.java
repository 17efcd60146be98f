package dev.bopis.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A hold policy that ends the hold at the closing time of the n-th business day. */
record BusinessDaysHoldPolicy(int days) implements HoldPolicy {

  BusinessDaysHoldPolicy {
    if (days < 1 || days > StoreCalendar.SEARCH_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "Hold business days is "
              + days
              + " but must be from 1 to "
              + StoreCalendar.SEARCH_HORIZON_DAYS);
    }
  }

  @Override
  public Instant holdUntil(Instant readyAt, StoreCalendar calendar, @Nullable Instant pickupBy) {
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(calendar, "calendar");
    // Start a day early because a period of the previous date may run past midnight.
    LocalDate firstDate = calendar.localDate(readyAt).minusDays(1);
    LocalDate lastDate = firstDate.plusDays(StoreCalendar.SEARCH_HORIZON_DAYS + 1L);
    int counted = 0;
    for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
      Optional<Instant> closing = calendar.closingTimeOn(date);
      if (closing.isPresent() && closing.get().isAfter(readyAt)) {
        counted++;
        if (counted == days) {
          return closing.get();
        }
      }
    }
    return readyAt.plus(Duration.ofDays(days));
  }
}
