package dev.bopis.core.inventory;

import dev.bopis.core.model.Sku;
import java.util.Objects;

/**
 * A SKU a store cannot supply in full.
 *
 * @param sku the SKU
 * @param requested units the cart needs, all lines of the SKU together
 * @param available units the store can promise
 */
public record Shortage(Sku sku, long requested, long available) {

  /**
   * Validates the shortage.
   *
   * @throws IllegalArgumentException if {@code available} is not below {@code requested}
   */
  public Shortage {
    Objects.requireNonNull(sku, "sku");
    if (available < 0 || available >= requested) {
      throw new IllegalArgumentException(
          "shortage of "
              + sku
              + " needs 0 <= available < requested, got "
              + available
              + " of "
              + requested);
    }
  }

  /** Returns how many units are missing. */
  public long missing() {
    return requested - available;
  }
}
