package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import dev.bopis.geo.GreatCircle;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Returns the nearest store that can fill {@code cart} now; ties go to the smaller id. Reads the
   * stock of every store in range with one availability call, so the scan costs one round trip on a
   * database.
   */
  Optional<StoreId> nearestWholeCart(GeoPoint customer, Cart cart, PickupMethod method) {
    List<StoreId> inRange = new ArrayList<>();
    List<Double> distances = new ArrayList<>();
    for (PickupLocation store : stores.all()) {
      if (!store.offers(method)) {
        continue;
      }
      double km = GreatCircle.distanceKm(customer, store.location());
      if (km <= radiusKm) {
        inRange.add(store.id());
        distances.add(km);
      }
    }
    if (inRange.isEmpty()) {
      return Optional.empty();
    }

    Map<Sku, Long> quantities = cart.quantities();
    List<Sku> skus = List.copyOf(quantities.keySet());
    AvailabilityMatrix available = inventory.availability(inRange, skus);
    StoreId best = null;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int row = 0; row < inRange.size(); row++) {
      StoreId store = inRange.get(row);
      double km = distances.get(row);
      boolean nearer = km < bestKm || (km == bestKm && best != null && store.compareTo(best) < 0);
      if (nearer && canFill(available, row, skus, quantities)) {
        best = store;
        bestKm = km;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean canFill(
      AvailabilityMatrix available, int row, List<Sku> skus, Map<Sku, Long> quantities) {
    for (int column = 0; column < skus.size(); column++) {
      if (available.available(row, column) < quantities.get(skus.get(column))) {
        return false;
      }
    }
    return true;
  }
}
