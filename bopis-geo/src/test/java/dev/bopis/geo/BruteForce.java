package dev.bopis.geo;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The reference result: the distance to every store, then a full sort. */
final class BruteForce {

  private BruteForce() {}

  /** A store id and its distance in kilometres. */
  record Hit(StoreId id, double distanceKm) {}

  /** Returns the pickup-enabled stores within {@code radiusKm}, nearest first, ties by id. */
  static List<Hit> within(
      Collection<PickupLocation> stores, GeoPoint center, double radiusKm, int limit) {
    List<Hit> hits = new ArrayList<>();
    for (PickupLocation store : stores) {
      double distance =
          GreatCircle.distanceKm(
              center.latitude(),
              center.longitude(),
              store.location().latitude(),
              store.location().longitude());
      if (store.pickupEnabled() && distance <= radiusKm) {
        hits.add(new Hit(store.id(), distance));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::distanceKm).thenComparing(Hit::id));
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  /** Returns the index's result in the same form. */
  static List<Hit> fromIndex(StoreIndex index, GeoPoint center, double radiusKm, int limit) {
    return index.nearest(center, radiusKm, DistanceUnit.KILOMETERS, limit).stream()
        .map(found -> new Hit(found.store().id(), found.distance()))
        .toList();
  }
}
