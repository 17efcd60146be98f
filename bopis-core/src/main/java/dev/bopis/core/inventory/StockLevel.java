package dev.bopis.core.inventory;

/**
 * Quantities of one SKU at one store, in the SKU's base unit.
 *
 * @param onHand units physically in the store, including staged units not yet collected
 * @param reserved units allocated to open orders
 * @param safetyStock units kept back from pickup promises
 */
public record StockLevel(long onHand, long reserved, long safetyStock) {

  /** A SKU the store has never stocked. */
  public static final StockLevel NONE = new StockLevel(0, 0, 0);

  /**
   * Validates the quantities.
   *
   * @throws IllegalArgumentException if a quantity is negative or more is reserved than on hand
   */
  public StockLevel {
    if (onHand < 0 || reserved < 0 || safetyStock < 0) {
      throw new IllegalArgumentException(
          "stock level (onHand "
              + onHand
              + ", reserved "
              + reserved
              + ", safetyStock "
              + safetyStock
              + ") has a negative quantity");
    }
    if (reserved > onHand) {
      throw new IllegalArgumentException(
          "reserved " + reserved + " exceeds onHand " + onHand + "; release reservations first");
    }
  }

  /**
   * Returns the units that can still be promised: on hand - reserved - safety stock, at least 0.
   */
  public long available() {
    return Math.max(0, onHand - reserved - safetyStock);
  }
}
