package dev.bopis.examples.simulation;

import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one simulation run and their printed form.
 *
 * @param options the options of the run
 * @param storage where orders and stock were kept, without any password
 * @param stores stores in the network
 * @param baskets baskets offered to checkout
 * @param metrics counters kept during the run
 * @param notifications notifications delivered per type
 * @param notificationFailures delivery attempts that failed and were retried
 * @param duplicateNotifications messages that reached the gateway again after delivery
 * @param reconciliation the inventory check at the end
 * @param orders every order in its final state
 * @param storeDots the stores, for the map
 * @param elapsedNanos wall-clock time of the simulation loop
 * @param setupNanos wall-clock time to generate the network, load its stock and read the stock back
 *     for the reconciliation
 * @param auditNanos wall-clock time to read the final orders and stock and reconcile them
 */
record SimulationReport(
    SimulationOptions options,
    String storage,
    int stores,
    int baskets,
    Metrics metrics,
    Map<NotificationType, Integer> notifications,
    int notificationFailures,
    int duplicateNotifications,
    Reconciliation.Result reconciliation,
    List<PickupOrder> orders,
    List<RouteMap.StoreDot> storeDots,
    long elapsedNanos,
    long setupNanos,
    long auditNanos) {

  /** Returns the count of orders per final state, every state listed. */
  Map<OrderState, Integer> ordersByState() {
    Map<OrderState, Integer> counts = new EnumMap<>(OrderState.class);
    for (OrderState state : OrderState.values()) {
      counts.put(state, 0);
    }
    orders.forEach(order -> counts.merge(order.state(), 1, Integer::sum));
    return counts;
  }

  /** Returns the distance percentile {@code p} (0 to 100) to the routed store, in km. */
  double distancePercentileKm(double p) {
    double[] distances =
        metrics.placements.values().stream().mapToDouble(Metrics.Placement::distanceKm).toArray();
    if (distances.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(distances);
    int index = (int) Math.ceil(p / 100.0 * distances.length) - 1;
    return distances[Math.max(0, Math.min(index, distances.length - 1))];
  }

  /** Returns the share of library-sourced orders routed to the nearest whole-cart store. */
  double nearestShare() {
    long sourced = 0;
    long nearest = 0;
    for (Metrics.Placement placement : metrics.placements.values()) {
      if (placement.chosenByCustomer()) {
        continue;
      }
      sourced++;
      if (placement.routedStore().equals(placement.nearestWholeCart())) {
        nearest++;
      }
    }
    return sourced == 0 ? Double.NaN : (double) nearest / sourced;
  }

  /**
   * Returns placed orders per second of wall-clock time spent in the run loop, scheduler work
   * included and the independent nearest-store check left out.
   */
  double ordersPerSecond() {
    return metrics.placed / (libraryNanos() / 1e9);
  }

  private long libraryNanos() {
    return Math.max(1, elapsedNanos - metrics.verificationNanos);
  }

  /** Prints the report. */
  void print(PrintStream out) {
    out.println("BOPIS simulation report");
    out.println("=======================");
    out.printf(
        Locale.ROOT,
        "seed %d, orders placed over %d days from %s, %d stores, %d baskets, data %s%n",
        options.seed(),
        options.days(),
        options.startDate(),
        stores,
        baskets,
        options.dataDir());
    out.println("Orders and stock: " + storage);
    out.println(
        "Store sites, customer ZIPs and baskets are real; hours, stock, pickup methods and all"
            + " store and customer behaviour are synthetic.");
    out.println();

    out.println("Orders by final state");
    ordersByState()
        .forEach((state, count) -> out.printf(Locale.ROOT, "  %-20s %6d%n", state, count));
    out.printf(Locale.ROOT, "  %-20s %6d%n", "placed (total)", metrics.placed);
    metrics.declined.forEach(
        (reason, count) -> out.printf(Locale.ROOT, "  declined %-11s %6d%n", reason, count));
    out.printf(
        Locale.ROOT,
        "  declined placements offered ship-to-home instead %d%n",
        metrics.shipToHomeAtCheckout);
    out.println();

    out.println("Notifications delivered by type");
    for (NotificationType type : NotificationType.values()) {
      out.printf(Locale.ROOT, "  %-20s %6d%n", type, notifications.getOrDefault(type, 0));
    }
    out.printf(
        Locale.ROOT,
        "  failed attempts retried %d, duplicates reaching the gateway %d%n",
        notificationFailures,
        duplicateNotifications);
    out.println();

    out.println("Routing");
    out.printf(
        Locale.ROOT,
        "  distance to routed store: median %.2f km, 90th percentile %.2f km%n",
        distancePercentileKm(50),
        distancePercentileKm(90));
    out.printf(
        Locale.ROOT,
        "  library-sourced orders routed to the nearest store that could fill the cart: %.1f %%%n",
        100 * nearestShare());
    out.printf(
        Locale.ROOT,
        "  re-routes %d (after store rejections, short picks and %d unanswered routings),"
            + " short picks reported %d%n",
        metrics.reroutes,
        metrics.acknowledgementTimeouts,
        metrics.shortPicks);
    out.printf(
        Locale.ROOT,
        "  expiries %d, late steps rejected because the order had moved on %d%n",
        metrics.expiries,
        metrics.rejectedLateSteps);
    StringBuilder outcomes = new StringBuilder();
    metrics.outcomes.forEach(
        (outcome, count) ->
            outcomes
                .append(outcomes.length() == 0 ? "" : ", ")
                .append(outcome)
                .append(' ')
                .append(count));
    out.printf(Locale.ROOT, "  store and customer command outcomes: %s%n", outcomes);
    out.println();

    out.println("Inventory reconciliation");
    out.printf(
        Locale.ROOT,
        "  %d store/SKU pairs checked: collected %d, written off %d, replenished %d units%n",
        reconciliation.pairs(),
        reconciliation.collectedUnits(),
        reconciliation.writtenOffUnits(),
        reconciliation.adjustedUnits());
    if (reconciliation.balanced()) {
      out.println(
          "  balanced: no reservation left on closed orders, reserved = held by open orders,"
              + " on hand changed exactly by collected, written-off and replenished units");
    } else {
      out.printf(Locale.ROOT, "  NOT BALANCED: %d problems%n", reconciliation.problems().size());
      reconciliation.problems().stream().limit(20).forEach(line -> out.println("    " + line));
    }
    out.println();

    out.printf(
        Locale.ROOT,
        "Throughput: %d orders in %.2f s, %.0f orders per second on one thread: checkout"
            + " query, placement, every later step and %d scheduler runs (the independent"
            + " nearest-store check, %.2f s, is left out)%n",
        metrics.placed,
        libraryNanos() / 1e9,
        ordersPerSecond(),
        metrics.schedulerRuns,
        metrics.verificationNanos / 1e9);
    out.printf(
        Locale.ROOT,
        "Set-up: network generated, stock loaded and read back in %.2f s; final read-back and"
            + " reconciliation %.2f s%n",
        setupNanos / 1e9,
        auditNanos / 1e9);
  }
}
