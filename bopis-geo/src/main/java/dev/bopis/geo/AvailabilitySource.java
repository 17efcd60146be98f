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
    return port::availability;
  }
}
