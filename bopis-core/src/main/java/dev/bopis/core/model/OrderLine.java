package dev.bopis.core.model;

import java.util.Objects;

/**
 * One line of a cart or order: a SKU and a quantity.
 *
 * <p>Quantities are whole numbers of the SKU's base unit: pieces for most goods. A SKU sold by
 * measure uses the smallest unit of its scale, for instance grams for a product priced per kilogram
 * with three decimals, so arithmetic stays exact and never uses floating point.
 *
 * @param sku the concrete SKU
 * @param quantity units, at least 1
 */
public record OrderLine(Sku sku, long quantity) {

  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if {@code quantity} is less than 1
   */
  public OrderLine {
    Objects.requireNonNull(sku, "sku");
    if (quantity < 1) {
      throw new IllegalArgumentException(
          "quantity " + quantity + " of SKU " + sku + " must be at least 1; drop the line instead");
    }
  }

  /** Returns a line; shorthand for the constructor. */
  public static OrderLine of(String sku, long quantity) {
    return new OrderLine(Sku.of(sku), quantity);
  }
}
