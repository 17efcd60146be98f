package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sums of the inventory journal per store and SKU: units collected, written off and adjusted, and
 * the net change of reserved units. The in-memory inventory feeds it one movement at a time, and
 * the PostgreSQL backend one summed row of its journal at a time. Both give the same sums.
 * Thread-safe.
 */
final class MovementTotals implements Consumer<InventoryMovement> {

  private final Map<StockKey, long[]> totals = new HashMap<>();

  @Override
  public void accept(InventoryMovement movement) {
    add(
        movement.storeId(),
        movement.sku(),
        movement.type(),
        movement.onHandDelta(),
        movement.reservedDelta());
  }

  /** Adds one journal entry, or the sum of several entries of one type, in signed units. */
  synchronized void add(
      StoreId storeId, Sku sku, InventoryMovement.Type type, long onHandDelta, long reservedDelta) {
    long[] sums = totals.computeIfAbsent(new StockKey(storeId, sku), key -> new long[4]);
    switch (type) {
      case COLLECT -> sums[COLLECTED] -= onHandDelta;
      case WRITE_OFF -> sums[WRITTEN_OFF] -= onHandDelta;
      case ADJUST -> sums[ADJUSTED] += onHandDelta;
      default -> {}
    }
    sums[RESERVED] += reservedDelta;
  }

  /** Returns a copy of the sums of every store and SKU the journal mentions. */
  synchronized Map<StockKey, Sums> sums() {
    Map<StockKey, Sums> copy = new HashMap<>();
    totals.forEach(
        (key, sums) ->
            copy.put(
                key, new Sums(sums[COLLECTED], sums[WRITTEN_OFF], sums[ADJUSTED], sums[RESERVED])));
    return copy;
  }

  private static final int COLLECTED = 0;
  private static final int WRITTEN_OFF = 1;
  private static final int ADJUSTED = 2;
  private static final int RESERVED = 3;

  /** A store and SKU pair. */
  record StockKey(StoreId store, Sku sku) {
    @Override
    public String toString() {
      return store + "/" + sku;
    }
  }

  /**
   * The journal's sums for one store and SKU, in units.
   *
   * @param collected units handed to customers
   * @param writtenOff units written off after short picks
   * @param adjusted net units added by adjustments
   * @param reservedChange net change of reserved units over every movement
   */
  record Sums(long collected, long writtenOff, long adjusted, long reservedChange) {

    /** Sums of a store and SKU the journal never mentions. */
    static final Sums NONE = new Sums(0, 0, 0, 0);
  }
}
