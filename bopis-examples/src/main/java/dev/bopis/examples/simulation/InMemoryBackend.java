package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.PickupOrder;
import java.util.List;
import java.util.Map;

/**
 * Orders and stock in the in-memory adapters of {@code bopis-core}; the journal is summed as the
 * inventory reports each movement.
 */
final class InMemoryBackend implements Backend {

  private final MovementTotals journal = new MovementTotals();
  private final InMemoryInventory inventory = new InMemoryInventory(journal);
  private final InMemoryOrderRepository orders = new InMemoryOrderRepository();

  @Override
  public String description() {
    return "in memory";
  }

  @Override
  public InventoryPort inventory() {
    return inventory;
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public void loadStock(StoreId storeId, Map<Sku, StockLevel> levels) {
    levels.forEach(
        (sku, level) -> inventory.put(storeId, sku, level.onHand(), level.safetyStock()));
  }

  @Override
  public void adjustAll(List<InventoryAdjustment> adjustments) {
    adjustments.forEach(inventory::adjust);
  }

  @Override
  public Map<StoreId, Map<Sku, StockLevel>> stockLevels() {
    return inventory.snapshot();
  }

  @Override
  public InventoryAudit audit() {
    return new InventoryAudit(inventory.snapshot(), inventory.allocations(), journal.sums());
  }

  @Override
  public List<PickupOrder> allOrders() {
    return List.copyOf(orders.all());
  }

  @Override
  public boolean allOrdersFinished() {
    return orders.all().stream()
        .allMatch(order -> order.state().isTerminal() && order.dueAt().isEmpty());
  }

  @Override
  public void close() {}
}
