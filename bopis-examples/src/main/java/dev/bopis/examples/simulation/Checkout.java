package dev.bopis.examples.simulation;

import dev.bopis.core.calendar.PreparationRule;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.ReadyTimeSettings;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.store.StoreDirectory;
import dev.bopis.geo.AvailabilitySource;
import dev.bopis.geo.GreatCircle;
import dev.bopis.geo.NearestStoreFinder;
import dev.bopis.geo.PickupOption;
import dev.bopis.geo.PickupOptionsRequest;
import dev.bopis.geo.PickupOptionsService;
import dev.bopis.geo.StoreIndex;
import java.time.Clock;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The storefront side of the simulation: the pickup-options query at checkout and the nearest-store
 * finder used at placement, both from {@code bopis-geo} over one store index, plus an independent
 * scan to check the library's sourcing.
 */
final class Checkout {

  /** Search radius at checkout and placement, in kilometres. */
  static final double RADIUS_KM = 200;

  private final StoreDirectory stores;
  private final StoreIndex index;
  private final AvailabilitySource availability;
  private final NearestScan scan;
  private final Clock clock;
  private @Nullable PickupOptionsService options;

  Checkout(StoreDirectory stores, InventoryPort inventory, Clock clock) {
    this.stores = stores;
    this.index = StoreIndex.of(stores);
    this.availability = AvailabilitySource.of(inventory);
    this.scan = new NearestScan(stores, inventory, RADIUS_KM);
    this.clock = clock;
  }

  /** Returns the finder the pickup service sources with. */
  CandidateFinder candidateFinder() {
    return new NearestStoreFinder(index, availability);
  }

  /** Connects the store workload of the pickup service to the ready-time estimates. */
  void workload(ToIntFunction<StoreId> ordersInPreparation, PreparationRule rule) {
    options =
        PickupOptionsService.builder(index, availability)
            .workload(ordersInPreparation)
            .estimator(new ReadyTimeEstimator(new ReadyTimeSettings(rule)))
            .build();
  }

  /**
   * Returns the stores shown to a customer at checkout, nearest whole-cart stores first, and the
   * independent scan's nearest whole-cart store. The scan's time is added to {@code
   * metrics.verificationNanos} so the report can leave it out of the throughput.
   */
  Options options(GeoPoint customer, Cart cart, PickupMethod method, Metrics metrics) {
    PickupOptionsService service = options;
    if (service == null) {
      throw new IllegalStateException("call workload(...) before options(...)");
    }
    List<PickupOption> shown =
        service.options(
            PickupOptionsRequest.builder(customer, cart, clock.instant()).method(method).build());
    List<StoreId> wholeCart =
        shown.stream().filter(PickupOption::canFillCart).map(PickupOption::storeId).toList();
    long scanStart = System.nanoTime();
    StoreId nearest = scan.nearestWholeCart(customer, cart, method).orElse(null);
    metrics.verificationNanos += System.nanoTime() - scanStart;
    return new Options(wholeCart, nearest);
  }

  /** Returns the great-circle distance from {@code customer} to the store, in kilometres. */
  double distanceKm(GeoPoint customer, StoreId store) {
    return GreatCircle.distanceKm(customer, stores.find(store).orElseThrow().location());
  }

  /**
   * Stores shown at checkout.
   *
   * @param wholeCartStores stores that can fill the whole cart, as ranked
   * @param nearestWholeCart the independent scan's nearest whole-cart store, or null
   */
  record Options(List<StoreId> wholeCartStores, @Nullable StoreId nearestWholeCart) {}
}
