package dev.bopis.geo;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/** Test stores whose settings other than the ones under test are arbitrary but valid. */
final class Stores {

  static final ZoneId UTC = ZoneId.of("UTC");

  private Stores() {}

  /** Returns an always-open store offering both methods, 30 minutes lead, 12 orders per hour. */
  static PickupLocation store(String id, double latitude, double longitude) {
    return store(id, latitude, longitude, UTC);
  }

  /** Returns an always-open store in {@code zone}. */
  static PickupLocation store(String id, double latitude, double longitude, ZoneId zone) {
    return new PickupLocation(
        StoreId.of(id),
        "Store " + id,
        GeoPoint.of(latitude, longitude),
        StoreCalendar.alwaysOpen(zone),
        Set.of(PickupMethod.IN_STORE, PickupMethod.CURBSIDE),
        true,
        Duration.ofMinutes(30),
        null,
        12,
        0);
  }

  /** Returns a copy of {@code store} with pickup disabled and no methods. */
  static PickupLocation disabled(PickupLocation store) {
    return new PickupLocation(
        store.id(),
        store.name(),
        store.location(),
        store.calendar(),
        Set.of(),
        false,
        store.preparationLead(),
        store.sameDayCutoff(),
        store.ordersPerHour(),
        store.priority());
  }

  /** Returns a copy of {@code store} at another position. */
  static PickupLocation movedTo(PickupLocation store, double latitude, double longitude) {
    return new PickupLocation(
        store.id(),
        store.name(),
        GeoPoint.of(latitude, longitude),
        store.calendar(),
        store.methods(),
        store.pickupEnabled(),
        store.preparationLead(),
        store.sameDayCutoff(),
        store.ordersPerHour(),
        store.priority());
  }

  /** Returns a copy of {@code store} offering only {@code methods}. */
  static PickupLocation offering(PickupLocation store, Set<PickupMethod> methods) {
    return new PickupLocation(
        store.id(),
        store.name(),
        store.location(),
        store.calendar(),
        methods,
        store.pickupEnabled(),
        store.preparationLead(),
        store.sameDayCutoff(),
        store.ordersPerHour(),
        store.priority());
  }

  /** Returns a copy of {@code store} with another priority. */
  static PickupLocation withPriority(PickupLocation store, int priority) {
    return new PickupLocation(
        store.id(),
        store.name(),
        store.location(),
        store.calendar(),
        store.methods(),
        store.pickupEnabled(),
        store.preparationLead(),
        store.sameDayCutoff(),
        store.ordersPerHour(),
        priority);
  }

  /** Returns a copy of {@code store} with another capacity. */
  static PickupLocation withOrdersPerHour(PickupLocation store, int ordersPerHour) {
    return new PickupLocation(
        store.id(),
        store.name(),
        store.location(),
        store.calendar(),
        store.methods(),
        store.pickupEnabled(),
        store.preparationLead(),
        store.sameDayCutoff(),
        ordersPerHour,
        store.priority());
  }

  /** Returns a copy of {@code store} with the given weekly hours in its zone. */
  static PickupLocation withHours(PickupLocation store, WeeklyHours hours) {
    return new PickupLocation(
        store.id(),
        store.name(),
        store.location(),
        StoreCalendar.of(store.zone(), hours),
        store.methods(),
        store.pickupEnabled(),
        store.preparationLead(),
        store.sameDayCutoff(),
        store.ordersPerHour(),
        store.priority());
  }
}
