package dev.bopis.core.testing;

import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small candidate finder for tests: the stores of a directory that offer the method and, by the
 * inventory's current availability, can fill the whole cart, nearest first by great-circle distance
 * and then by store id. It scans every store, so it suits a handful of stores, not a real chain.
 */
public final class NearestCandidates implements CandidateFinder {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private final StoreDirectory stores;
  private final InventoryPort inventory;

  /** Creates a finder over {@code stores}, checking availability at {@code inventory}. */
  public NearestCandidates(StoreDirectory stores, InventoryPort inventory) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
  }

  @Override
  public List<StoreId> candidates(SourcingRequest request) {
    List<PickupLocation> offering = new ArrayList<>();
    for (PickupLocation store : stores.all()) {
      if (store.offers(request.method()) && !request.excluded().contains(store.id())) {
        offering.add(store);
      }
    }
    List<StoreId> ids = offering.stream().map(PickupLocation::id).toList();
    List<Sku> skus = List.copyOf(request.quantities().keySet());
    AvailabilityMatrix available = inventory.availability(ids, skus);

    List<PickupLocation> eligible = new ArrayList<>();
    for (int row = 0; row < ids.size(); row++) {
      if (fillsCart(available, row, request.quantities(), skus)) {
        eligible.add(offering.get(row));
      }
    }
    eligible.sort(
        Comparator.comparingDouble(
                (PickupLocation store) -> distanceKm(request.customer(), store.location()))
            .thenComparing(PickupLocation::id));
    return eligible.stream().limit(request.limit()).map(PickupLocation::id).toList();
  }

  private static boolean fillsCart(
      AvailabilityMatrix available, int row, Map<Sku, Long> quantities, List<Sku> skus) {
    for (int column = 0; column < skus.size(); column++) {
      if (available.available(row, column) < quantities.get(skus.get(column))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the haversine distance in kilometres on a sphere of mean Earth radius. */
  static double distanceKm(GeoPoint from, GeoPoint to) {
    double lat1 = Math.toRadians(from.latitude());
    double lat2 = Math.toRadians(to.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(to.longitude() - from.longitude());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
