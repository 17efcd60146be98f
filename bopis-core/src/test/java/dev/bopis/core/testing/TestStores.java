package dev.bopis.core.testing;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link PickupLocation}s for tests. Unless a test sets them, a store is open around the
 * clock in UTC, offers in-store and curbside pickup, prepares an order in 30 minutes and takes 60
 * orders an hour, so those settings never decide a test by accident.
 */
public final class TestStores {

  private TestStores() {}

  /** Returns a builder for a store with id {@code id} at latitude 0, longitude 0. */
  public static Builder store(String id) {
    return new Builder(StoreId.of(id));
  }

  /** Builds one {@link PickupLocation}. Not thread-safe. */
  public static final class Builder {
    private final StoreId id;
    private GeoPoint location = GeoPoint.of(0, 0);
    private ZoneId zone = ZoneId.of("UTC");
    private @Nullable String weeklyHours;
    private Set<PickupMethod> methods = EnumSet.allOf(PickupMethod.class);
    private boolean pickupEnabled = true;
    private Duration preparationLead = Duration.ofMinutes(30);
    private @Nullable LocalTime sameDayCutoff;
    private int ordersPerHour = 60;
    private int priority;

    private Builder(StoreId id) {
      this.id = id;
    }

    /** Places the store at {@code latitude}, {@code longitude} in decimal degrees. */
    public Builder at(double latitude, double longitude) {
      this.location = GeoPoint.of(latitude, longitude);
      return this;
    }

    /** Sets the store's IANA time zone, for example {@code "Europe/Madrid"}. */
    public Builder zone(String zoneId) {
      this.zone = ZoneId.of(zoneId);
      return this;
    }

    /**
     * Sets the weekly hours in the syntax of {@link WeeklyHours#parse}, for example {@code "daily
     * 09:00-21:00"}; without it the store never closes.
     */
    public Builder hours(String weekly) {
      this.weeklyHours = Objects.requireNonNull(weekly, "weekly");
      return this;
    }

    /** Sets the pickup methods offered. */
    public Builder methods(PickupMethod first, PickupMethod... rest) {
      this.methods = EnumSet.of(first, rest);
      return this;
    }

    /** Makes the store take no pickup orders, like a warehouse. */
    public Builder pickupDisabled() {
      this.pickupEnabled = false;
      this.methods = Set.of();
      return this;
    }

    /** Sets the time to prepare one order. */
    public Builder preparationLead(Duration value) {
      this.preparationLead = value;
      return this;
    }

    /** Sets the store-local time after which orders start the next open day. */
    public Builder sameDayCutoff(LocalTime value) {
      this.sameDayCutoff = value;
      return this;
    }

    /** Sets how many orders the store prepares per hour. */
    public Builder ordersPerHour(int value) {
      this.ordersPerHour = value;
      return this;
    }

    /** Sets the ranking tie-breaker; lower ranks first. */
    public Builder priority(int value) {
      this.priority = value;
      return this;
    }

    /** Returns the store. */
    public PickupLocation build() {
      StoreCalendar calendar =
          weeklyHours == null
              ? StoreCalendar.alwaysOpen(zone)
              : StoreCalendar.of(zone, WeeklyHours.parse(weeklyHours));
      return new PickupLocation(
          id,
          "Store " + id.value(),
          location,
          calendar,
          methods,
          pickupEnabled,
          preparationLead,
          sameDayCutoff,
          ordersPerHour,
          priority);
    }
  }
}
