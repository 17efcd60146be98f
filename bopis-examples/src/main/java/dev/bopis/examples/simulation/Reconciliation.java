package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.InventoryMovement;
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
import java.util.function.Consumer;

/**
 * Proves that no stock leaked: takes the inventory journal during the run and, at the end, checks
 * every store and SKU against the stock at the start and the orders' final states.
 *
 * <p>The checks: on hand changed by exactly the collected units, the units written off after short
 * picks and the manual adjustments; the journal's collected units equal what closed orders say they
 * collected; reserved stock equals what open orders still hold; closed orders hold nothing.
 */
final class Reconciliation implements Consumer<InventoryMovement> {

  private final Map<Pair, long[]> moved = new HashMap<>();
  private Map<StoreId, Map<Sku, StockLevel>> start = Map.of();

  /** Records the stock before the first order. */
  void start(InMemoryInventory inventory) {
    start = inventory.snapshot();
  }

  @Override
  public synchronized void accept(InventoryMovement movement) {
    long[] totals =
        moved.computeIfAbsent(new Pair(movement.storeId(), movement.sku()), k -> new long[4]);
    switch (movement.type()) {
      case COLLECT -> totals[COLLECTED] -= movement.onHandDelta();
      case WRITE_OFF -> totals[WRITTEN_OFF] -= movement.onHandDelta();
      case ADJUST -> totals[ADJUSTED] += movement.onHandDelta();
      default -> {}
    }
    totals[ON_HAND] += movement.onHandDelta();
  }

  /** Checks the end state; the result lists every mismatch found. */
  synchronized Result check(InMemoryInventory inventory, Collection<PickupOrder> orders) {
    Map<StoreId, Map<Sku, StockLevel>> end = inventory.snapshot();
    List<String> problems = new ArrayList<>();
    long pairs = 0;
    long collectedUnits = 0;

    Map<Pair, Long> heldByOpenOrders = new HashMap<>();
    Map<OrderId, PickupOrder> byId = new HashMap<>();
    long collectedByOrders = 0;
    for (PickupOrder order : orders) {
      byId.put(order.id(), order);
      collectedByOrders += order.collected().values().stream().mapToLong(Long::longValue).sum();
    }
    for (Allocation allocation : inventory.allocations()) {
      PickupOrder order = byId.get(allocation.orderId());
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
                heldByOpenOrders.merge(new Pair(allocation.storeId(), sku), units, Long::sum);
              });
    }

    for (Map.Entry<StoreId, Map<Sku, StockLevel>> store : end.entrySet()) {
      for (Map.Entry<Sku, StockLevel> entry : store.getValue().entrySet()) {
        pairs++;
        Pair pair = new Pair(store.getKey(), entry.getKey());
        StockLevel before =
            start
                .getOrDefault(store.getKey(), Map.of())
                .getOrDefault(entry.getKey(), StockLevel.NONE);
        StockLevel after = entry.getValue();
        long[] totals = moved.getOrDefault(pair, new long[4]);
        collectedUnits += totals[COLLECTED];
        long expected =
            before.onHand() - totals[COLLECTED] - totals[WRITTEN_OFF] + totals[ADJUSTED];
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
                  + totals[COLLECTED]
                  + " - written off "
                  + totals[WRITTEN_OFF]
                  + " + adjusted "
                  + totals[ADJUSTED]);
        }
        long held = heldByOpenOrders.getOrDefault(pair, 0L);
        if (after.reserved() != held) {
          problems.add(pair + ": reserved " + after.reserved() + " but open orders hold " + held);
        }
      }
    }
    if (collectedUnits != collectedByOrders) {
      problems.add(
          "the journal collected "
              + collectedUnits
              + " units but orders record "
              + collectedByOrders);
    }
    return new Result(pairs, collectedUnits, totalOf(WRITTEN_OFF), totalOf(ADJUSTED), problems);
  }

  private long totalOf(int index) {
    return moved.values().stream().mapToLong(totals -> totals[index]).sum();
  }

  private static final int ON_HAND = 0;
  private static final int COLLECTED = 1;
  private static final int WRITTEN_OFF = 2;
  private static final int ADJUSTED = 3;

  private record Pair(StoreId store, Sku sku) {
    @Override
    public String toString() {
      return store + "/" + sku;
    }
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

    boolean balanced() {
      return problems.isEmpty();
    }
  }
}
