package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.PickupOrder;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Storage of a simulation run's orders and stock, in memory or in PostgreSQL. The simulation and
 * its reconciliation reach the storage only through this interface, so both backends run the same
 * code.
 */
interface Backend extends AutoCloseable {

  /**
   * Opens the backend the options ask for: PostgreSQL when {@code postgres} is set, otherwise
   * memory. A PostgreSQL backend starts from empty tables.
   *
   * @param clock stamps the rows a PostgreSQL backend writes
   * @throws PostgresBackend.UnavailableException if the database cannot be reached or prepared
   */
  static Backend open(@Nullable PostgresSettings postgres, Clock clock)
      throws PostgresBackend.UnavailableException {
    return postgres == null ? new InMemoryBackend() : PostgresBackend.open(postgres, clock);
  }

  /** Returns a one-line description for the report, without any password. */
  String description();

  /** Returns the inventory the pickup service and the checkout use. */
  InventoryPort inventory();

  /** Returns the order repository the pickup service uses. */
  OrderRepository orders();

  /** Sets the initial stock of one store; each level has 0 reserved. */
  void loadStock(StoreId storeId, Map<Sku, StockLevel> levels);

  /**
   * Applies on-hand adjustments in list order, such as one store's nightly delivery.
   *
   * @throws IllegalArgumentException if an adjustment would leave on hand below what is reserved
   */
  void adjustAll(List<InventoryAdjustment> adjustments);

  /** Reads the stock level of every stocked store and SKU. */
  Map<StoreId, Map<Sku, StockLevel>> stockLevels();

  /** Reads stock levels, allocations and the journal's sums for the reconciliation. */
  InventoryAudit audit();

  /** Reads every stored order in its latest state. */
  List<PickupOrder> allOrders();

  /**
   * Returns whether every order is in a terminal state with nothing due: no notification to deliver
   * and no stock to settle.
   */
  boolean allOrdersFinished();

  /** Releases connections; the stored rows stay. */
  @Override
  void close();
}
