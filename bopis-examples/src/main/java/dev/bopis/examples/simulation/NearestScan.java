package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import dev.bopis.geo.GreatCircle;
import java.util.Map;
import java.util.Optional;

/**
 * An independent check of sourcing: scans every store, with no index and no cache, for the nearest
 * pickup store within a radius that offers the method and can fill the whole cart now. The report
 * compares the library's choice with this result.
 */
final class NearestScan {

  private final StoreDirectory stores;
  private final InventoryPort inventory;
  private final double radiusKm;

  NearestScan(StoreDirectory stores, InventoryPort inventory, double radiusKm) {
    this.stores = stores;
    this.inventory = inventory;
    this.radiusKm = radiusKm;
  }

  /** Returns the nearest store that can fill {@code cart} now; ties go to the smaller id. */
  Optional<StoreId> nearestWholeCart(GeoPoint customer, Cart cart, PickupMethod method) {
    Map<Sku, Long> quantities = cart.quantities();
    StoreId best = null;
    double bestKm = Double.POSITIVE_INFINITY;
    for (PickupLocation store : stores.all()) {
      if (!store.offers(method)) {
        continue;
      }
      double km = GreatCircle.distanceKm(customer, store.location());
      if (km > radiusKm || km > bestKm) {
        continue;
      }
      if (km == bestKm && best != null && store.id().compareTo(best) > 0) {
        continue;
      }
      if (canFill(store.id(), quantities)) {
        best = store.id();
        bestKm = km;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean canFill(StoreId store, Map<Sku, Long> quantities) {
    for (Map.Entry<Sku, Long> line : quantities.entrySet()) {
      if (inventory.level(store, line.getKey()).available() < line.getValue()) {
        return false;
      }
    }
    return true;
  }
}
