package dev.bopis.geo;

import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Objects;

/**
 * The source of available units for ranking: the inventory port itself, or an {@link
 * AvailabilityCache} in front of it.
 *
 * <p>The contract is that of {@link InventoryPort#availability}: row {@code i} of the matrix
 * belongs to {@code stores.get(i)} and column {@code j} to {@code skus.get(j)}. Ranking calls it
 * once per query with every candidate store. Implementations must be safe to call from many
 * threads.
 */
@FunctionalInterface
public interface AvailabilitySource {

  /**
   * Returns the available units of each SKU at each store.
   *
   * @param stores the stores, one per row
   * @param skus the SKUs, one per column
   * @return the matrix
   */
  AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus);

  /**
   * Returns a source that reads the inventory port on every call.
   *
   * @param port the authoritative inventory
   * @return the source
   * @throws NullPointerException if {@code port} is null
   */
  static AvailabilitySource of(InventoryPort port) {
    Objects.requireNonNull(port, "port");
    return new AvailabilitySource() {
      @Override
      public AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus) {
        return port.availability(stores, skus);
      }

      @Override
      public void availability(List<StoreId> stores, List<Sku> skus, long[] into) {
        port.availability(stores, skus, into);
      }
    };
  }

  /**
   * Writes the available units row-major into {@code into}, as {@link
   * InventoryPort#availability(List, List, long[])} does. The default copies from {@link
   * #availability(List, List)}; the source over an inventory port passes the call on, so the port
   * can answer without allocating.
   *
   * @param stores the stores, one per row
   * @param skus the SKUs, one per column
   * @param into receives {@code stores.size() * skus.size()} values
   * @throws IllegalStateException if the matrix does not have one row per store and one column per
   *     SKU, in request order
   */
  default void availability(List<StoreId> stores, List<Sku> skus, long[] into) {
    AvailabilityMatrix matrix = availability(stores, skus);
    if (!matrix.stores().equals(stores) || !matrix.skus().equals(skus)) {
      throw new IllegalStateException(
          "availability source returned rows "
              + matrix.stores()
              + " and columns "
              + matrix.skus()
              + " for stores "
              + stores
              + " and SKUs "
              + skus
              + "; it must return one row per store and one column per SKU, in request order");
    }
    for (int i = 0; i < stores.size(); i++) {
      for (int j = 0; j < skus.size(); j++) {
        into[i * skus.size() + j] = matrix.available(i, j);
      }
    }
  }
}
