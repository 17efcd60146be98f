package dev.bopis.core.store;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A store and how it takes part in pickup.
 *
 * @param id the store's location id
 * @param name display name
 * @param location where customers collect
 * @param calendar opening hours and special hours in the store's own time zone
 * @param methods the pickup methods offered; empty only when {@code pickupEnabled} is false
 * @param pickupEnabled whether the store accepts pickup orders at all; a warehouse or a store whose
 *     pickup is paused is false, and its stock never makes it a pickup candidate
 * @param preparationLead time to pick and stage one order, at least one minute
 * @param sameDayCutoff store-local time after which new orders start the next open day, or null
 * @param ordersPerHour how many orders the store can prepare per hour, at least 1
 * @param priority a tie-breaker in ranking: lower ranks first when other criteria are equal
 */
public record PickupLocation(
    StoreId id,
    String name,
    GeoPoint location,
    StoreCalendar calendar,
    Set<PickupMethod> methods,
    boolean pickupEnabled,
    Duration preparationLead,
    @Nullable LocalTime sameDayCutoff,
    int ordersPerHour,
    int priority) {

  /**
   * Validates and copies the settings.
   *
   * @throws IllegalArgumentException if a setting is out of its documented range
   */
  public PickupLocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(preparationLead, "preparationLead");
    methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
    if (pickupEnabled && methods.isEmpty()) {
      throw new IllegalArgumentException(
          "store " + id + " has pickup enabled but no pickup method; add IN_STORE or CURBSIDE");
    }
    if (preparationLead.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException(
          "preparationLead " + preparationLead + " of store " + id + " must be at least PT1M");
    }
    if (ordersPerHour < 1) {
      throw new IllegalArgumentException(
          "ordersPerHour " + ordersPerHour + " of store " + id + " must be at least 1");
    }
  }

  /** Returns the store's IANA time zone. */
  public ZoneId zone() {
    return calendar.zone();
  }

  /** Returns whether the store takes pickup orders with {@code method}. */
  public boolean offers(PickupMethod method) {
    return pickupEnabled && methods.contains(method);
  }
}
