package dev.bopis.core.inventory;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ledger of one order's stock at one store: what was allocated, collected and released.
 *
 * <p>Units still held are {@code allocated - collected - released - writtenOff} per SKU. Collection
 * and release only ever raise their totals up to what is allocated, so replaying a step changes
 * nothing.
 *
 * @param orderId the order
 * @param storeId the store holding the units
 * @param allocated units reserved per SKU when the order was placed or re-routed
 * @param collected units handed to the customer per SKU
 * @param released units returned to sellable stock per SKU
 * @param writtenOff units the store could not find when picking, removed from on hand
 */
public record Allocation(
    OrderId orderId,
    StoreId storeId,
    Map<Sku, Long> allocated,
    Map<Sku, Long> collected,
    Map<Sku, Long> released,
    Map<Sku, Long> writtenOff) {

  /**
   * Validates and copies the ledger.
   *
   * @throws IllegalArgumentException if a quantity is negative or more is collected, released and
   *     written off than allocated
   */
  public Allocation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    allocated = copy(allocated);
    collected = copy(collected);
    released = copy(released);
    writtenOff = copy(writtenOff);
    for (Map.Entry<Sku, Long> entry : allocated.entrySet()) {
      Sku sku = entry.getKey();
      long rest =
          entry.getValue()
              - collected.getOrDefault(sku, 0L)
              - released.getOrDefault(sku, 0L)
              - writtenOff.getOrDefault(sku, 0L);
      if (entry.getValue() < 0 || rest < 0) {
        throw new IllegalArgumentException(
            "allocation of order "
                + orderId
                + " for "
                + sku
                + " collects, releases and writes off more than"
                + " the "
                + entry.getValue()
                + " units allocated");
      }
    }
    if (!allocated.keySet().containsAll(collected.keySet())
        || !allocated.keySet().containsAll(released.keySet())
        || !allocated.keySet().containsAll(writtenOff.keySet())) {
      throw new IllegalArgumentException(
          "allocation of order " + orderId + " collects or releases a SKU it never allocated");
    }
  }

  /** Returns a fresh allocation of {@code quantities} with nothing collected or released. */
  public static Allocation of(OrderId orderId, StoreId storeId, Map<Sku, Long> quantities) {
    return new Allocation(orderId, storeId, quantities, Map.of(), Map.of(), Map.of());
  }

  /** Returns the units still held of {@code sku}. */
  public long heldOf(Sku sku) {
    return allocated.getOrDefault(sku, 0L)
        - collected.getOrDefault(sku, 0L)
        - released.getOrDefault(sku, 0L)
        - writtenOff.getOrDefault(sku, 0L);
  }

  /** Returns the units still held per SKU; SKUs with nothing held are absent. */
  public Map<Sku, Long> held() {
    Map<Sku, Long> held = new LinkedHashMap<>();
    for (Sku sku : allocated.keySet()) {
      long quantity = heldOf(sku);
      if (quantity > 0) {
        held.put(sku, quantity);
      }
    }
    return Collections.unmodifiableMap(held);
  }

  /** Returns whether nothing is held any more. */
  public boolean isSettled() {
    return held().isEmpty();
  }

  private static Map<Sku, Long> copy(Map<Sku, Long> quantities) {
    Map<Sku, Long> copy = new LinkedHashMap<>();
    quantities.forEach(
        (sku, quantity) -> {
          if (quantity < 0) {
            throw new IllegalArgumentException(
                "quantity " + quantity + " of " + sku + " in an allocation must not be negative");
          }
          copy.put(Objects.requireNonNull(sku, "sku"), quantity);
        });
    return Collections.unmodifiableMap(copy);
  }
}
