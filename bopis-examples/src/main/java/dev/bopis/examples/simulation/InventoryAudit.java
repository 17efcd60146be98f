package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the reconciliation reads from a backend at the end of a run.
 *
 * @param levels stock level of every stocked store and SKU
 * @param allocations latest allocation ledger of every order that ever reserved
 * @param movements the journal's sums per store and SKU
 */
record InventoryAudit(
    Map<StoreId, Map<Sku, StockLevel>> levels,
    List<Allocation> allocations,
    Map<MovementTotals.StockKey, MovementTotals.Sums> movements) {

  /** Validates the audit; the maps are large, so they are kept as given, not copied. */
  InventoryAudit {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(allocations, "allocations");
    Objects.requireNonNull(movements, "movements");
  }
}
