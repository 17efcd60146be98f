package dev.bopis.core.service;

import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.PickupOrder;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Counts the orders each store is preparing (accepted or picking), from the transitions this
 * instance stored. Thread-safe.
 *
 * <p>NOTE: several service instances sharing one repository each count only their own transitions,
 * so a store's workload is under-counted there; ready estimates err early.
 */
final class WorkloadTracker {

  private final ConcurrentHashMap<StoreId, AtomicInteger> inPreparation = new ConcurrentHashMap<>();

  /** Returns the orders in preparation at {@code storeId}. */
  int ordersInPreparation(StoreId storeId) {
    AtomicInteger count = inPreparation.get(storeId);
    return count == null ? 0 : Math.max(0, count.get());
  }

  /**
   * Updates the counts for a stored change from {@code previous} (null when new) to {@code next}.
   */
  void onStored(@Nullable PickupOrder previous, PickupOrder next) {
    boolean wasPreparing = previous != null && previous.state().isInPreparation();
    boolean isPreparing = next.state().isInPreparation();
    if (wasPreparing && (!isPreparing || !previous.storeId().equals(next.storeId()))) {
      counter(previous.storeId()).decrementAndGet();
    }
    if (isPreparing && (!wasPreparing || !previous.storeId().equals(next.storeId()))) {
      counter(next.storeId()).incrementAndGet();
    }
  }

  private AtomicInteger counter(StoreId storeId) {
    return inPreparation.computeIfAbsent(storeId, key -> new AtomicInteger());
  }
}
