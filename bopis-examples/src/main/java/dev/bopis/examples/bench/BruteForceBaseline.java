package dev.bopis.examples.bench;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.geo.GreatCircle;
import dev.bopis.geo.PickupOption;
import dev.bopis.geo.PickupOptionsRequest;
import dev.bopis.geo.RankingFactor;
import dev.bopis.geo.ShortLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The baseline the index is measured against: the haversine distance to every store, a full sort of
 * all stores, and then the same availability call, ranking and ready-time steps as the library, for
 * stores within the radius.
 *
 * <p>It ranks by whole cart first, then distance, then store id, which equals the default policy
 * whenever no two stores are at exactly the same distance.
 */
final class BruteForceBaseline {

  private static final Comparator<Hit> NEAREST_FIRST =
      Comparator.comparingDouble(Hit::distanceKm).thenComparing(hit -> hit.store().id());

  private final List<PickupLocation> stores;
  private final InventoryPort inventory;
  private final ReadyTimeEstimator estimator = new ReadyTimeEstimator();

  BruteForceBaseline(List<PickupLocation> stores, InventoryPort inventory) {
    this.stores = stores;
    this.inventory = inventory;
  }

  /** A store and its distance from the customer. */
  private record Hit(PickupLocation store, double distanceKm) {}

  /** Lists pickup options like {@link dev.bopis.geo.PickupOptionsService#options}. */
  List<PickupOption> options(PickupOptionsRequest request) {
    double radiusKm = request.unit().toKilometers(request.radius());
    List<Hit> inRadius = nearestFirst(request.customer(), radiusKm, request.method());
    Map<Sku, Long> quantities = request.cart().quantities();
    List<Sku> skus = List.copyOf(quantities.keySet());
    AvailabilityMatrix matrix =
        inventory.availability(inRadius.stream().map(hit -> hit.store().id()).toList(), skus);

    List<Integer> whole = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    for (int i = 0; i < inRadius.size(); i++) {
      (fills(matrix, i, skus, quantities) ? whole : partial).add(i);
    }
    List<Integer> ranked = new ArrayList<>(whole);
    if (request.includePartial()) {
      ranked.addAll(partial);
    }

    List<PickupOption> options = new ArrayList<>();
    for (int i : ranked) {
      if (options.size() == request.maxResults()) {
        break;
      }
      PickupLocation store = inRadius.get(i).store();
      Optional<ReadyEstimate> estimate =
          estimator.estimate(
              request.placedAt(),
              store.calendar(),
              store.preparationLead(),
              store.sameDayCutoff(),
              new Workload(0, store.ordersPerHour()));
      if (estimate.isPresent()) {
        options.add(
            option(
                options.size() + 1,
                inRadius.get(i),
                matrix,
                i,
                skus,
                quantities,
                estimate.get(),
                request));
      }
    }
    return options;
  }

  /** Proposes sourcing candidates like {@link dev.bopis.geo.NearestStoreFinder#candidates}. */
  List<StoreId> candidates(SourcingRequest request, double radiusKm) {
    List<Hit> inRadius = nearestFirst(request.customer(), radiusKm, request.method());
    inRadius.removeIf(hit -> request.excluded().contains(hit.store().id()));
    List<Sku> skus = List.copyOf(request.quantities().keySet());
    AvailabilityMatrix matrix =
        inventory.availability(inRadius.stream().map(hit -> hit.store().id()).toList(), skus);
    List<StoreId> found = new ArrayList<>();
    for (int i = 0; i < inRadius.size() && found.size() < request.limit(); i++) {
      if (fills(matrix, i, skus, request.quantities())) {
        found.add(inRadius.get(i).store().id());
      }
    }
    return found;
  }

  private List<Hit> nearestFirst(
      GeoPoint customer, double radiusKm, @Nullable PickupMethod method) {
    Hit[] all = new Hit[stores.size()];
    for (int i = 0; i < all.length; i++) {
      PickupLocation store = stores.get(i);
      all[i] = new Hit(store, GreatCircle.distanceKm(customer, store.location()));
    }
    Arrays.sort(all, NEAREST_FIRST);
    List<Hit> inRadius = new ArrayList<>();
    for (Hit hit : all) {
      if (hit.distanceKm() > radiusKm) {
        break;
      }
      if (hit.store().pickupEnabled() && (method == null || hit.store().offers(method))) {
        inRadius.add(hit);
      }
    }
    return inRadius;
  }

  private static boolean fills(
      AvailabilityMatrix matrix, int row, List<Sku> skus, Map<Sku, Long> quantities) {
    for (int j = 0; j < skus.size(); j++) {
      if (matrix.available(row, j) < quantities.get(skus.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static PickupOption option(
      int rank,
      Hit hit,
      AvailabilityMatrix matrix,
      int row,
      List<Sku> skus,
      Map<Sku, Long> quantities,
      ReadyEstimate estimate,
      PickupOptionsRequest request) {
    PickupLocation store = hit.store();
    List<ShortLine> shortLines = new ArrayList<>();
    for (int j = 0; j < skus.size(); j++) {
      long available = Math.max(0, matrix.available(row, j));
      long requested = quantities.get(skus.get(j));
      if (available < requested) {
        shortLines.add(new ShortLine(skus.get(j), requested, available));
      }
    }
    return new PickupOption(
        rank,
        store.id(),
        store.name(),
        request.unit().fromKilometers(hit.distanceKm()),
        request.unit(),
        shortLines.isEmpty(),
        shortLines,
        store.methods(),
        estimate,
        store.preparationLead(),
        store.sameDayCutoff(),
        new Workload(0, store.ordersPerHour()),
        List.of(
            new RankingFactor("whole-cart", shortLines.isEmpty() ? 1 : 0),
            new RankingFactor("distance-km", hit.distanceKm())));
  }
}
