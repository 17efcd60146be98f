package dev.bopis.core.inventory;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Objects;

/**
 * A change to on-hand stock entered by the store or the order-management system.
 *
 * @param storeId the store
 * @param sku the SKU
 * @param kind whether {@code quantity} is the new on-hand figure or a change to it
 * @param quantity the new on hand (absolute, at least 0) or the signed change (relative)
 * @param reason why the stock changed
 */
public record InventoryAdjustment(
    StoreId storeId, Sku sku, Kind kind, long quantity, ReasonCode reason) {

  /** How {@link #quantity()} is read. */
  public enum Kind {
    /** The quantity is the counted on-hand figure. */
    ABSOLUTE,
    /** The quantity is added to on hand; negative removes units. */
    RELATIVE
  }

  /**
   * Validates the adjustment.
   *
   * @throws IllegalArgumentException if an absolute quantity is negative
   */
  public InventoryAdjustment {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (kind == Kind.ABSOLUTE && quantity < 0) {
      throw new IllegalArgumentException(
          "absolute on hand " + quantity + " for " + sku + " at " + storeId + " is negative");
    }
  }

  /**
   * Returns the on hand this adjustment leaves, given the current on hand and reserved units. Every
   * inventory adapter applies this one rule.
   *
   * @throws IllegalArgumentException if the result is below {@code reserved}
   * @throws ArithmeticException if a relative adjustment overflows
   */
  public long applyTo(long onHand, long reserved) {
    long target = kind == Kind.ABSOLUTE ? quantity : Math.addExact(onHand, quantity);
    if (target < reserved) {
      throw new IllegalArgumentException(
          "adjustment of "
              + sku
              + " at "
              + storeId
              + " would leave on hand "
              + target
              + " below reserved "
              + reserved
              + "; release or collect the reservations first");
    }
    return target;
  }

  /** Returns an adjustment that sets on hand to {@code onHand}. */
  public static InventoryAdjustment absolute(
      StoreId storeId, Sku sku, long onHand, ReasonCode reason) {
    return new InventoryAdjustment(storeId, sku, Kind.ABSOLUTE, onHand, reason);
  }

  /** Returns an adjustment that adds {@code delta} to on hand. */
  public static InventoryAdjustment relative(
      StoreId storeId, Sku sku, long delta, ReasonCode reason) {
    return new InventoryAdjustment(storeId, sku, Kind.RELATIVE, delta, reason);
  }
}
