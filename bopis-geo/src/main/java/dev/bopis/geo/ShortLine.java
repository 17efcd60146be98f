package dev.bopis.geo;

import dev.bopis.core.model.Sku;
import java.util.Objects;

/**
 * A cart line that a store cannot fill in full.
 *
 * @param sku the SKU
 * @param requested the units the cart requests, all lines of the SKU summed, at least 1
 * @param available the units the store has available, zero or more and below {@code requested}
 */
public record ShortLine(Sku sku, long requested, long available) {

  /**
   * Validates the line.
   *
   * @throws NullPointerException if {@code sku} is null
   * @throws IllegalArgumentException unless {@code 0 <= available < requested}
   */
  public ShortLine {
    Objects.requireNonNull(sku, "sku");
    if (available < 0 || available >= requested) {
      throw new IllegalArgumentException(
          "short line of "
              + sku
              + " has available "
              + available
              + " and requested "
              + requested
              + "; available must be zero or more and below requested");
    }
  }

  /**
   * Returns the units missing at the store.
   *
   * @return {@code requested - available}, at least 1
   */
  public long missing() {
    return requested - available;
  }
}
