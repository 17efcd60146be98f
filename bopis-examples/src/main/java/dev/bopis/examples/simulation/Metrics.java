package dev.bopis.examples.simulation;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.StoreId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Counters the simulation keeps while it runs. Single-threaded. */
final class Metrics {

  int placed;
  int checkoutQueries;
  long optionsShown;
  int shipToHomeAtCheckout;
  int reroutes;
  int silentStores;
  int shortPicks;
  int expiries;
  int rejectedLateSteps;
  int schedulerRuns;
  int acknowledgementTimeouts;
  int replenishments;
  long verificationNanos;
  final Map<String, Integer> declined = new TreeMap<>();
  final Map<String, Integer> outcomes = new TreeMap<>();
  final Map<String, Integer> events = new TreeMap<>();
  final Map<OrderId, Placement> placements = new LinkedHashMap<>();
  final Map<OrderId, SplittableRandom> behaviour = new HashMap<>();

  /**
   * Routing of one order at placement.
   *
   * @param chosenByCustomer whether the customer picked the store from the options
   * @param customer where the customer was
   * @param routedStore the store the order was sourced to
   * @param nearestWholeCart the nearest store that could fill the cart just before placement, by an
   *     independent scan of every store, or null if none could
   * @param distanceKm great-circle distance from customer to the routed store
   */
  record Placement(
      boolean chosenByCustomer,
      GeoPoint customer,
      StoreId routedStore,
      @Nullable StoreId nearestWholeCart,
      double distanceKm) {}
}
