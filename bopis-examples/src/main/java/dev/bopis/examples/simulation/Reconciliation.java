package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.PickupOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that no stock leaked: checks every store and SKU at the end of a run against the stock at
 * the start, the inventory journal and the orders' final states, as the backend stores them.
 *
 * <p>The checks: on hand changed by exactly the collected units, the units written off after short
 * picks and the manual adjustments; reserved changed by exactly the journal's net reservations and
 * equals what open orders still hold; closed orders hold nothing; the journal's collected units
 * equal what orders record as collected; no stock row appeared without a journal entry or vanished.
 */
final class Reconciliation {

  private Map<StoreId, Map<Sku, StockLevel>> start = Map.of();

  /** Records the stock before the first order. */
  void start(Map<StoreId, Map<Sku, StockLevel>> levels) {
    start = levels;
  }

  /** Checks the end state; the result lists every mismatch found. */
  Result check(InventoryAudit end, Collection<PickupOrder> orders) {
    Map<MovementTotals.StockKey, MovementTotals.Sums> moved = end.movements();
    List<String> problems = new ArrayList<>();

    Map<OrderId, PickupOrder> byId = new HashMap<>();
    long collectedByOrders = 0;
    for (PickupOrder order : orders) {
      byId.put(order.id(), order);
      collectedByOrders += order.collected().values().stream().mapToLong(Long::longValue).sum();
    }
    Map<MovementTotals.StockKey, Long> heldByOpenOrders =
        heldByOpenOrders(end.allocations(), byId, problems);

    long pairs = 0;
    long collectedUnits = 0;
    for (Map.Entry<StoreId, Map<Sku, StockLevel>> store : end.levels().entrySet()) {
      for (Map.Entry<Sku, StockLevel> entry : store.getValue().entrySet()) {
        pairs++;
        MovementTotals.StockKey pair = new MovementTotals.StockKey(store.getKey(), entry.getKey());
        StockLevel before = startLevel(pair);
        MovementTotals.Sums sums = moved.getOrDefault(pair, MovementTotals.Sums.NONE);
        collectedUnits += sums.collected();
        checkOnHand(pair, before, entry.getValue(), sums, problems);
        checkReserved(pair, before, entry.getValue(), sums, heldByOpenOrders, problems);
      }
    }
    checkRowsKept(end, moved, problems);
    if (collectedUnits != collectedByOrders) {
      problems.add(
          "the journal collected "
              + collectedUnits
              + " units but orders record "
              + collectedByOrders);
    }
    long writtenOff = moved.values().stream().mapToLong(MovementTotals.Sums::writtenOff).sum();
    long adjusted = moved.values().stream().mapToLong(MovementTotals.Sums::adjusted).sum();
    return new Result(pairs, collectedUnits, writtenOff, adjusted, problems);
  }

  /** Sums what open orders hold per store and SKU; a closed order holding units is a problem. */
  private static Map<MovementTotals.StockKey, Long> heldByOpenOrders(
      List<Allocation> allocations, Map<OrderId, PickupOrder> orders, List<String> problems) {
    Map<MovementTotals.StockKey, Long> held = new HashMap<>();
    for (Allocation allocation : allocations) {
      PickupOrder order = orders.get(allocation.orderId());
      boolean open = order != null && !order.state().isTerminal();
      allocation
          .held()
          .forEach(
              (sku, units) -> {
                if (!open) {
                  problems.add(
                      "closed order "
                          + allocation.orderId()
                          + " still holds "
                          + units
                          + " x "
                          + sku
                          + " at "
                          + allocation.storeId());
                }
                held.merge(
                    new MovementTotals.StockKey(allocation.storeId(), sku), units, Long::sum);
              });
    }
    return held;
  }

  private static void checkOnHand(
      MovementTotals.StockKey pair,
      StockLevel before,
      StockLevel after,
      MovementTotals.Sums sums,
      List<String> problems) {
    long expected = before.onHand() - sums.collected() - sums.writtenOff() + sums.adjusted();
    if (after.onHand() != expected) {
      problems.add(
          pair
              + ": on hand "
              + after.onHand()
              + ", expected "
              + expected
              + " from "
              + before.onHand()
              + " - collected "
              + sums.collected()
              + " - written off "
              + sums.writtenOff()
              + " + adjusted "
              + sums.adjusted());
    }
  }

  private static void checkReserved(
      MovementTotals.StockKey pair,
      StockLevel before,
      StockLevel after,
      MovementTotals.Sums sums,
      Map<MovementTotals.StockKey, Long> heldByOpenOrders,
      List<String> problems) {
    long held = heldByOpenOrders.getOrDefault(pair, 0L);
    if (after.reserved() != held) {
      problems.add(pair + ": reserved " + after.reserved() + " but open orders hold " + held);
    }
    long journalled = before.reserved() + sums.reservedChange();
    if (after.reserved() != journalled) {
      problems.add(
          pair
              + ": reserved "
              + after.reserved()
              + " but the journal's reservations net to "
              + journalled);
    }
  }

  /** Reports stock rows that vanished, and journal entries for a store and SKU without a row. */
  private void checkRowsKept(
      InventoryAudit end,
      Map<MovementTotals.StockKey, MovementTotals.Sums> moved,
      List<String> problems) {
    start.forEach(
        (store, levels) ->
            levels.keySet().stream()
                .filter(sku -> !hasRow(end, store, sku))
                .forEach(sku -> problems.add(store + "/" + sku + ": stock row vanished")));
    moved.keySet().stream()
        .filter(pair -> !hasRow(end, pair.store(), pair.sku()))
        .forEach(pair -> problems.add(pair + ": the journal moved stock that has no stock row"));
  }

  private static boolean hasRow(InventoryAudit end, StoreId store, Sku sku) {
    return end.levels().getOrDefault(store, Map.of()).containsKey(sku);
  }

  private StockLevel startLevel(MovementTotals.StockKey pair) {
    return start.getOrDefault(pair.store(), Map.of()).getOrDefault(pair.sku(), StockLevel.NONE);
  }

  /**
   * Outcome of the reconciliation.
   *
   * @param pairs store and SKU pairs checked
   * @param collectedUnits units collected by customers
   * @param writtenOffUnits units written off after short picks
   * @param adjustedUnits net units added by adjustments
   * @param problems one line per mismatch; empty when nothing leaked
   */
  record Result(
      long pairs,
      long collectedUnits,
      long writtenOffUnits,
      long adjustedUnits,
      List<String> problems) {

    Result {
      problems = List.copyOf(problems);
    }

    boolean balanced() {
      return problems.isEmpty();
    }
  }
}
