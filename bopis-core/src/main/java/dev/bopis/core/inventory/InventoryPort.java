package dev.bopis.core.inventory;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port to the stock of every store: availability, reservations per order, collection and
 * adjustments.
 *
 * <p>The port keeps a ledger per order, so callers never compute how much is left to release:
 * {@link #collect} and {@link #release} take cumulative totals and act only on what is still held,
 * which makes releasing twice or releasing collected units impossible. Every method must be safe to
 * call from many threads; {@link #reserve} must be atomic per store, so that two orders racing for
 * the last units never both succeed.
 *
 * <p>Quantities are in each SKU's base unit (see {@link dev.bopis.core.model.OrderLine}).
 */
public interface InventoryPort {

  /**
   * Returns the available units of each SKU at each store in one call. Unknown stores or SKUs have
   * 0 available. The result is a snapshot for ranking, and {@link #reserve} checks again.
   */
  AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus);

  /**
   * Writes the available units of each SKU at each store into {@code into}, row-major: the value
   * for {@code stores.get(i)} and {@code skus.get(j)} goes to {@code into[i * skus.size() + j]}.
   * Same values as {@link #availability(List, List)}, but an adapter overrides it to serve hot
   * paths without allocating a matrix per call.
   *
   * @throws IllegalArgumentException if {@code into} has fewer than {@code stores.size() *
   *     skus.size()} values
   */
  default void availability(List<StoreId> stores, List<Sku> skus, long[] into) {
    int size = stores.size() * skus.size();
    if (into.length < size) {
      throw new IllegalArgumentException(
          "availability needs an array of at least " + size + " values, got " + into.length);
    }
    AvailabilityMatrix matrix = availability(stores, skus);
    for (int i = 0; i < stores.size(); i++) {
      for (int j = 0; j < skus.size(); j++) {
        into[i * skus.size() + j] = matrix.available(i, j);
      }
    }
  }

  /**
   * Reserves every quantity for {@code orderId} at {@code storeId}, or nothing.
   *
   * <p>The check and the reservation are one atomic step. On success the port holds the quantities
   * for the order until they are collected or released.
   *
   * @param quantities units per SKU, each at least 1; lines of one SKU must already be summed
   * @return the allocation, or the shortages when any SKU lacks available units
   * @throws IllegalStateException if the order still holds units; release them first
   */
  ReservationResult reserve(OrderId orderId, StoreId storeId, Map<Sku, Long> quantities);

  /**
   * Raises the order's collected total of each SKU to {@code totals}: on hand and reserved both go
   * down by the difference.
   *
   * <p>The totals are cumulative, not increments, and capped at what is still held, so a replayed
   * call collects nothing more and no call collects released units. A total below the current one
   * is ignored.
   *
   * @param totals cumulative collected units per SKU
   * @return the units collected by this call per SKU, possibly empty
   */
  Map<Sku, Long> collect(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason);

  /**
   * Raises the order's released total of each SKU to {@code totals}, returning the difference to
   * sellable stock. Cumulative and capped like {@link #collect}.
   *
   * @param totals cumulative released units per SKU
   * @return the units released by this call per SKU, possibly empty
   */
  Map<Sku, Long> release(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason);

  /**
   * Raises the order's written-off total of each SKU to {@code totals}: units the store could not
   * find leave on hand and reserved. Cumulative and capped like {@link #collect}.
   *
   * @param totals cumulative written-off units per SKU
   * @return the units written off by this call per SKU, possibly empty
   */
  Map<Sku, Long> writeOff(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason);

  /**
   * Returns to sellable stock everything still held for the order. A second call releases nothing.
   *
   * @return the units released by this call per SKU, possibly empty
   */
  Map<Sku, Long> releaseAll(OrderId orderId, ReasonCode reason);

  /**
   * Applies an on-hand adjustment.
   *
   * @return the stock level after the adjustment
   * @throws IllegalArgumentException if on hand would fall below 0 or below what is reserved
   */
  StockLevel adjust(InventoryAdjustment adjustment);

  /**
   * Returns the order's latest allocation ledger, or empty if it never reserved. A settled
   * allocation (nothing held) may be forgotten by the adapter after a while.
   */
  Optional<Allocation> allocation(OrderId orderId);

  /** Returns the stock level of {@code sku} at {@code storeId}; {@link StockLevel#NONE} if none. */
  StockLevel level(StoreId storeId, Sku sku);
}
