package dev.bopis.core.inventory;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;

/**
 * Available units for a list of stores and a list of SKUs, answered by one port call.
 *
 * <p>Row {@code i} belongs to {@code stores().get(i)}, column {@code j} to {@code skus().get(j)}. A
 * snapshot: it does not change when stock moves later, and a reservation must not rely on it.
 */
public final class AvailabilityMatrix {

  private final List<StoreId> stores;
  private final List<Sku> skus;
  private final long[] available;

  /**
   * Creates a matrix over {@code available}, which must hold {@code stores.size() * skus.size()}
   * values in row-major order. The array is taken over, not copied.
   *
   * @throws IllegalArgumentException if the array length does not match
   */
  public AvailabilityMatrix(List<StoreId> stores, List<Sku> skus, long[] available) {
    this.stores = List.copyOf(stores);
    this.skus = List.copyOf(skus);
    if (available.length != this.stores.size() * this.skus.size()) {
      throw new IllegalArgumentException(
          "availability has "
              + available.length
              + " values for "
              + this.stores.size()
              + " stores x "
              + this.skus.size()
              + " SKUs");
    }
    this.available = available;
  }

  /** Returns the stores, one per row. */
  public List<StoreId> stores() {
    return stores;
  }

  /** Returns the SKUs, one per column. */
  public List<Sku> skus() {
    return skus;
  }

  /** Returns the available units at row {@code storeIndex}, column {@code skuIndex}. */
  public long available(int storeIndex, int skuIndex) {
    return available[storeIndex * skus.size() + skuIndex];
  }
}
