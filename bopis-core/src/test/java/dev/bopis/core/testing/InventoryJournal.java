package dev.bopis.core.testing;

import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A journal for {@link dev.bopis.core.inventory.InMemoryInventory} that keeps every movement and
 * sums them. Thread-safe.
 */
public final class InventoryJournal implements Consumer<InventoryMovement> {

  private final List<InventoryMovement> movements = new ArrayList<>();

  @Override
  public synchronized void accept(InventoryMovement movement) {
    movements.add(Objects.requireNonNull(movement, "movement"));
  }

  /** Returns every movement so far, in the order they were applied. */
  public synchronized List<InventoryMovement> movements() {
    return List.copyOf(movements);
  }

  /** Returns the movements of {@code orderId}. */
  public synchronized List<InventoryMovement> of(OrderId orderId) {
    return movements.stream().filter(m -> orderId.equals(m.orderId())).toList();
  }

  /** Returns the sum of on-hand changes of {@code sku} at {@code storeId}. */
  public synchronized long onHandDelta(StoreId storeId, Sku sku) {
    return movements.stream()
        .filter(m -> m.storeId().equals(storeId) && m.sku().equals(sku))
        .mapToLong(InventoryMovement::onHandDelta)
        .sum();
  }

  /** Returns the sum of reserved changes of {@code sku} at {@code storeId}. */
  public synchronized long reservedDelta(StoreId storeId, Sku sku) {
    return movements.stream()
        .filter(m -> m.storeId().equals(storeId) && m.sku().equals(sku))
        .mapToLong(InventoryMovement::reservedDelta)
        .sum();
  }

  /**
   * Returns the units of {@code sku} moved by movements of {@code type} at {@code storeId}, as a
   * positive number. Counts reserved stock, so it is 0 for {@code ADJUST} movements.
   */
  public synchronized long units(StoreId storeId, Sku sku, InventoryMovement.Type type) {
    return movements.stream()
        .filter(m -> m.storeId().equals(storeId) && m.sku().equals(sku) && m.type() == type)
        .mapToLong(m -> Math.abs(m.reservedDelta()))
        .sum();
  }

  /** Returns the units of {@code sku} moved for {@code orderId} by movements of {@code type}. */
  public synchronized long units(OrderId orderId, Sku sku, InventoryMovement.Type type) {
    return movements.stream()
        .filter(m -> orderId.equals(m.orderId()) && m.sku().equals(sku) && m.type() == type)
        .mapToLong(m -> Math.abs(m.reservedDelta()))
        .sum();
  }
}
