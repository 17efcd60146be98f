package dev.bopis.examples.postgres;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * {@link InventoryPort} on PostgreSQL: a {@code stock} row per store and SKU, an {@code allocation}
 * ledger per order, and an append-only {@code inventory_movement} journal.
 *
 * <p>A reservation is one transaction of conditional updates, {@code UPDATE stock SET reserved =
 * reserved + ? WHERE ... AND on_hand - reserved - safety_stock >= ?}, one per SKU: if any line is
 * short the transaction rolls back and nothing stays reserved. A concurrent transaction on the same
 * row waits for the row lock and re-checks the condition on the committed row, so several nodes
 * sharing the database never oversell. A transaction that locks several rows locks the order's
 * allocation row first, if it needs one, and then stock rows in store and SKU order, so two
 * transactions of this class never wait for each other in a cycle.
 *
 * <p>Collection, release and write-off raise cumulative totals capped at what the order still
 * holds, under the allocation's row lock, so a replayed or concurrent call moves nothing twice.
 * Thread-safe; several nodes may share the tables.
 *
 * <p>Beyond the port, {@link #putAll} and {@link #adjustAll} load and adjust many rows with a few
 * statements, and {@link #snapshot}, {@link #allocations} and {@link #movementTotals} read whole
 * tables for audits and reconciliation.
 */
public final class PostgresInventory implements InventoryPort {

  /** Rows per statement when {@link #putAll} loads stock. */
  private static final int LOAD_CHUNK_ROWS = 5_000;

  /** Rows the driver fetches per round trip when an audit method reads a whole table. */
  private static final int FETCH_ROWS = 10_000;

  /** SQL state of a violated check constraint, here {@code reserved <= on_hand}. */
  private static final String CHECK_VIOLATION = "23514";

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * Creates an adapter on {@code dataSource}, whose schema {@link Schema#apply} has created.
   *
   * @param clock stamps the journal entries
   */
  public PostgresInventory(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets the on-hand and safety stock of a SKU at a store, for loading initial stock. Use {@link
   * #adjust} for changes with a reason.
   *
   * @throws IllegalArgumentException if a quantity is negative or on hand is below what is reserved
   */
  public void put(StoreId storeId, Sku sku, long onHand, long safetyStock) {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(sku, "sku");
    if (onHand < 0 || safetyStock < 0) {
      throw new IllegalArgumentException(
          "onHand "
              + onHand
              + " and safetyStock "
              + safetyStock
              + " of "
              + sku
              + " at "
              + storeId
              + " must not be negative");
    }
    Jdbc.inTransaction(
        dataSource,
        "loading stock of " + sku + " at " + storeId,
        connection -> {
          long[] level = lockLevel(connection, storeId, sku);
          if (onHand < level[RESERVED]) {
            throw new IllegalArgumentException(
                "onHand "
                    + onHand
                    + " of "
                    + sku
                    + " at "
                    + storeId
                    + " is below reserved "
                    + level[RESERVED]);
          }
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE stock SET on_hand = ?, safety_stock = ? WHERE store_id = ? AND sku = ?")) {
            update.setLong(1, onHand);
            update.setLong(2, safetyStock);
            update.setString(3, storeId.value());
            update.setString(4, sku.value());
            update.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Sets the on-hand and safety stock of many SKUs at one store in one transaction, for loading
   * initial stock. The rows travel as arrays in one {@code INSERT ... SELECT FROM unnest(...)}
   * statement per 5,000 rows, not as one round trip per SKU. Existing rows keep their reserved
   * units. Like {@link #put}, this writes no journal entries.
   *
   * @param levels on hand and safety stock per SKU; each level's reserved units must be 0, because
   *     only {@link #reserve} reserves
   * @throws IllegalArgumentException if a level has reserved units, or if a new on-hand quantity is
   *     below the units already reserved of that SKU; nothing is written then
   */
  public void putAll(StoreId storeId, Map<Sku, StockLevel> levels) {
    Objects.requireNonNull(storeId, "storeId");
    // Sorted by SKU, so existing rows are locked in the order every other transaction uses.
    List<Map.Entry<Sku, StockLevel>> rows = List.copyOf(new TreeMap<>(levels).entrySet());
    for (Map.Entry<Sku, StockLevel> row : rows) {
      if (row.getValue().reserved() != 0) {
        throw new IllegalArgumentException(
            "stock of "
                + row.getKey()
                + " at "
                + storeId
                + " has reserved "
                + row.getValue().reserved()
                + "; pass levels with reserved 0 and reserve through reserve(...)");
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    try {
      Jdbc.inTransaction(
          dataSource,
          "loading stock of " + rows.size() + " SKUs at " + storeId,
          connection -> {
            for (int from = 0; from < rows.size(); from += LOAD_CHUNK_ROWS) {
              insertStock(
                  connection,
                  storeId,
                  rows.subList(from, Math.min(rows.size(), from + LOAD_CHUNK_ROWS)));
            }
            return null;
          });
    } catch (DatabaseException e) {
      if (CHECK_VIOLATION.equals(e.sqlState())) {
        throw new IllegalArgumentException(
            "loading stock at "
                + storeId
                + " would set on hand below the units reserved of a SKU; release or collect the"
                + " reservations first",
            e);
      }
      throw e;
    }
  }

  private static void insertStock(
      Connection connection, StoreId storeId, List<Map.Entry<Sku, StockLevel>> rows)
      throws SQLException {
    String[] skus = new String[rows.size()];
    Long[] onHand = new Long[rows.size()];
    Long[] safetyStock = new Long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      skus[i] = rows.get(i).getKey().value();
      onHand[i] = rows.get(i).getValue().onHand();
      safetyStock[i] = rows.get(i).getValue().safetyStock();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO stock (store_id, sku, on_hand, safety_stock)"
                + " SELECT ?, loaded.sku, loaded.on_hand, loaded.safety_stock"
                + " FROM unnest(?::text[], ?::bigint[], ?::bigint[])"
                + " AS loaded (sku, on_hand, safety_stock)"
                + " ON CONFLICT (store_id, sku) DO UPDATE"
                + " SET on_hand = EXCLUDED.on_hand, safety_stock = EXCLUDED.safety_stock")) {
      insert.setString(1, storeId.value());
      insert.setArray(2, connection.createArrayOf("text", skus));
      insert.setArray(3, connection.createArrayOf("int8", onHand));
      insert.setArray(4, connection.createArrayOf("int8", safetyStock));
      insert.executeUpdate();
    }
  }

  /** Reads every requested store and SKU with one query. */
  @Override
  public AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus) {
    List<StoreId> storeList = List.copyOf(stores);
    List<Sku> skuList = List.copyOf(skus);
    long[] available = new long[storeList.size() * skuList.size()];
    if (available.length == 0) {
      return new AvailabilityMatrix(storeList, skuList, available);
    }
    Map<String, List<Integer>> storeRows =
        positions(storeList.stream().map(StoreId::value).toList());
    Map<String, List<Integer>> skuColumns = positions(skuList.stream().map(Sku::value).toList());
    Jdbc.autoCommit(
        dataSource,
        "reading availability of " + skuList.size() + " SKUs at " + storeList.size() + " stores",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT store_id, sku, GREATEST(on_hand - reserved - safety_stock, 0)"
                      + " FROM stock WHERE store_id = ANY (?) AND sku = ANY (?)")) {
            select.setArray(1, textArray(connection, storeRows.keySet()));
            select.setArray(2, textArray(connection, skuColumns.keySet()));
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                long units = rows.getLong(3);
                for (int row : storeRows.get(rows.getString(1))) {
                  for (int column : skuColumns.get(rows.getString(2))) {
                    available[row * skuList.size() + column] = units;
                  }
                }
              }
            }
          }
          return null;
        });
    return new AvailabilityMatrix(storeList, skuList, available);
  }

  @Override
  public ReservationResult reserve(OrderId orderId, StoreId storeId, Map<Sku, Long> quantities) {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    if (quantities.isEmpty()) {
      throw new IllegalArgumentException("order " + orderId + " reserves nothing; pass its lines");
    }
    Map<Sku, Long> lines = new LinkedHashMap<>();
    quantities.forEach(
        (sku, quantity) -> {
          if (quantity < 1) {
            throw new IllegalArgumentException(
                "quantity " + quantity + " of " + sku + " for order " + orderId + " must be >= 1");
          }
          lines.put(Objects.requireNonNull(sku, "sku"), quantity);
        });
    try {
      return Jdbc.inTransaction(
          dataSource,
          "reserving stock for order " + orderId + " at " + storeId,
          connection -> reserve(connection, orderId, storeId, lines));
    } catch (DatabaseException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.sqlState())) {
        // Another transaction reserved for the same order id first and committed.
        throw new IllegalStateException(
            "order "
                + orderId
                + " was reserved concurrently by another caller; release it before reserving again",
            e);
      }
      throw e;
    }
  }

  private ReservationResult reserve(
      Connection connection, OrderId orderId, StoreId storeId, Map<Sku, Long> lines)
      throws SQLException {
    Optional<Allocation> existing = lockAllocation(connection, orderId);
    if (existing.isPresent() && !existing.get().isSettled()) {
      throw new IllegalStateException(
          "order "
              + orderId
              + " still holds stock at "
              + existing.get().storeId()
              + "; release it before reserving again");
    }

    // Lock order: stock rows in SKU order, the same in every transaction of this class.
    Map<Sku, Long> shortOf = new HashMap<>();
    try (PreparedStatement take =
        connection.prepareStatement(
            "UPDATE stock SET reserved = reserved + ? WHERE store_id = ? AND sku = ?"
                + " AND on_hand - reserved - safety_stock >= ?")) {
      for (Map.Entry<Sku, Long> line : new TreeMap<>(lines).entrySet()) {
        take.setLong(1, line.getValue());
        take.setString(2, storeId.value());
        take.setString(3, line.getKey().value());
        take.setLong(4, line.getValue());
        if (take.executeUpdate() == 0) {
          shortOf.put(line.getKey(), available(connection, storeId, line.getKey()));
        }
      }
    }
    if (!shortOf.isEmpty()) {
      connection.rollback();
      List<Shortage> shortages = new ArrayList<>();
      lines.forEach(
          (sku, quantity) -> {
            if (shortOf.containsKey(sku)) {
              shortages.add(new Shortage(sku, quantity, shortOf.get(sku)));
            }
          });
      return new ReservationResult.InsufficientStock(storeId, shortages);
    }

    if (existing.isPresent()) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM allocation WHERE order_id = ?")) {
        delete.setString(1, orderId.value());
        delete.executeUpdate();
      }
    }
    Instant now = clock.instant();
    try (PreparedStatement header =
        connection.prepareStatement(
            "INSERT INTO allocation (order_id, store_id, allocated_at) VALUES (?, ?, ?)")) {
      header.setString(1, orderId.value());
      header.setString(2, storeId.value());
      Jdbc.setInstant(header, 3, now);
      header.executeUpdate();
    }
    try (PreparedStatement line =
        connection.prepareStatement(
            "INSERT INTO allocation_line (order_id, sku, position, allocated) VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (Map.Entry<Sku, Long> entry : lines.entrySet()) {
        line.setString(1, orderId.value());
        line.setString(2, entry.getKey().value());
        line.setInt(3, position++);
        line.setLong(4, entry.getValue());
        line.addBatch();
      }
      line.executeBatch();
    }
    List<InventoryMovement> movements = new ArrayList<>();
    lines.forEach(
        (sku, quantity) ->
            movements.add(
                new InventoryMovement(
                    storeId,
                    sku,
                    orderId,
                    InventoryMovement.Type.RESERVE,
                    0,
                    quantity,
                    ReasonCode.ORDER_ALLOCATED)));
    journal(connection, movements, now);
    return new ReservationResult.Reserved(Allocation.of(orderId, storeId, lines));
  }

  @Override
  public Map<Sku, Long> collect(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, allocation -> totals, reason, InventoryMovement.Type.COLLECT);
  }

  @Override
  public Map<Sku, Long> release(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, allocation -> totals, reason, InventoryMovement.Type.RELEASE);
  }

  @Override
  public Map<Sku, Long> writeOff(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, allocation -> totals, reason, InventoryMovement.Type.WRITE_OFF);
  }

  @Override
  public Map<Sku, Long> releaseAll(OrderId orderId, ReasonCode reason) {
    // The allocated totals are an upper bound that always releases everything still held.
    return settle(orderId, Allocation::allocated, reason, InventoryMovement.Type.RELEASE);
  }

  /** Chooses the cumulative totals to settle from the allocation read under its row lock. */
  @FunctionalInterface
  private interface Totals {
    Map<Sku, Long> of(Allocation allocation);
  }

  /**
   * Raises the collected, released or written-off totals of an order towards the chosen totals,
   * capped at what it still holds, and moves the difference out of reserved stock.
   */
  private Map<Sku, Long> settle(
      OrderId orderId, Totals chooser, ReasonCode reason, InventoryMovement.Type type) {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(reason, "reason");
    return Jdbc.inTransaction(
        dataSource,
        type + " for order " + orderId,
        connection -> {
          Optional<Allocation> locked = lockAllocation(connection, orderId);
          if (locked.isEmpty()) {
            return Map.of();
          }
          Allocation allocation = locked.get();
          Map<Sku, Long> totals = chooser.of(allocation);
          Map<Sku, Long> ledger =
              switch (type) {
                case COLLECT -> allocation.collected();
                case RELEASE -> allocation.released();
                case WRITE_OFF -> allocation.writtenOff();
                default ->
                    throw new IllegalArgumentException("cannot settle an order with " + type);
              };
          Map<Sku, Long> done = new LinkedHashMap<>();
          totals.forEach(
              (sku, target) -> {
                if (target < 0) {
                  throw new IllegalArgumentException(
                      "total " + target + " of " + sku + " for order " + orderId + " is negative");
                }
                long amount =
                    Math.min(target - ledger.getOrDefault(sku, 0L), allocation.heldOf(sku));
                if (amount > 0) {
                  done.put(sku, amount);
                }
              });
          if (done.isEmpty()) {
            return Map.of();
          }
          apply(connection, allocation, type, new TreeMap<>(done));
          List<InventoryMovement> movements = new ArrayList<>();
          boolean leavesStore = type != InventoryMovement.Type.RELEASE;
          done.forEach(
              (sku, amount) ->
                  movements.add(
                      new InventoryMovement(
                          allocation.storeId(),
                          sku,
                          orderId,
                          type,
                          leavesStore ? -amount : 0,
                          -amount,
                          reason)));
          journal(connection, movements, clock.instant());
          return Collections.unmodifiableMap(done);
        });
  }

  /** Updates stock and ledger rows for {@code amounts}, sorted by SKU to keep the lock order. */
  private static void apply(
      Connection connection,
      Allocation allocation,
      InventoryMovement.Type type,
      TreeMap<Sku, Long> amounts)
      throws SQLException {
    // Collection and write-off take units off the shelf; a release only frees the reservation.
    boolean leavesStore = type != InventoryMovement.Type.RELEASE;
    String column =
        switch (type) {
          case COLLECT -> "collected";
          case RELEASE -> "released";
          default -> "written_off";
        };
    try (PreparedStatement stock =
            connection.prepareStatement(
                "UPDATE stock SET reserved = reserved - ?, on_hand = on_hand - ?"
                    + " WHERE store_id = ? AND sku = ?");
        PreparedStatement ledger =
            connection.prepareStatement(
                "UPDATE allocation_line SET "
                    + column
                    + " = "
                    + column
                    + " + ? WHERE order_id = ? AND sku = ?")) {
      for (Map.Entry<Sku, Long> entry : amounts.entrySet()) {
        long amount = entry.getValue();
        stock.setLong(1, amount);
        stock.setLong(2, leavesStore ? amount : 0);
        stock.setString(3, allocation.storeId().value());
        stock.setString(4, entry.getKey().value());
        stock.addBatch();
        ledger.setLong(1, amount);
        ledger.setString(2, allocation.orderId().value());
        ledger.setString(3, entry.getKey().value());
        ledger.addBatch();
      }
      stock.executeBatch();
      ledger.executeBatch();
    }
  }

  /**
   * Applies an on-hand adjustment; the safety stock stays as it is.
   *
   * @throws IllegalArgumentException if on hand would fall below 0 or below what is reserved
   */
  @Override
  public StockLevel adjust(InventoryAdjustment adjustment) {
    Objects.requireNonNull(adjustment, "adjustment");
    return Jdbc.inTransaction(
        dataSource,
        "adjusting " + adjustment.sku() + " at " + adjustment.storeId(),
        connection -> {
          long[] level = lockLevel(connection, adjustment.storeId(), adjustment.sku());
          long target = target(adjustment, level);
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE stock SET on_hand = ? WHERE store_id = ? AND sku = ?")) {
            update.setLong(1, target);
            update.setString(2, adjustment.storeId().value());
            update.setString(3, adjustment.sku().value());
            update.executeUpdate();
          }
          journal(
              connection,
              List.of(
                  new InventoryMovement(
                      adjustment.storeId(),
                      adjustment.sku(),
                      null,
                      InventoryMovement.Type.ADJUST,
                      target - level[ON_HAND],
                      0,
                      adjustment.reason())),
              clock.instant());
          return new StockLevel(target, level[RESERVED], level[SAFETY]);
        });
  }

  /**
   * Applies many on-hand adjustments in one transaction, for stock feeds and deliveries: a few
   * statements for the whole list instead of several round trips per adjustment. The adjustments
   * apply in list order, so two of one store and SKU add up as two {@link #adjust} calls would; the
   * safety stock stays as it is. Locks the stock rows in store and SKU order, like the other
   * methods of this class.
   *
   * @return the stock level after each adjustment, in list order
   * @throws IllegalArgumentException if an adjustment would leave on hand below 0 or below what is
   *     reserved; none of the list is applied then
   */
  public List<StockLevel> adjustAll(List<InventoryAdjustment> adjustments) {
    List<InventoryAdjustment> list = List.copyOf(adjustments);
    if (list.isEmpty()) {
      return List.of();
    }
    TreeSet<StockKey> keys = new TreeSet<>();
    for (InventoryAdjustment adjustment : list) {
      keys.add(new StockKey(adjustment.storeId(), adjustment.sku()));
    }
    return Jdbc.inTransaction(
        dataSource,
        "adjusting " + list.size() + " SKUs at " + keys.first().storeId() + " and other stores",
        connection -> {
          Map<StockKey, long[]> levels = lockLevels(connection, keys);
          List<StockLevel> after = new ArrayList<>();
          List<InventoryMovement> movements = new ArrayList<>();
          for (InventoryAdjustment adjustment : list) {
            long[] level = levels.get(new StockKey(adjustment.storeId(), adjustment.sku()));
            long target = target(adjustment, level);
            movements.add(
                new InventoryMovement(
                    adjustment.storeId(),
                    adjustment.sku(),
                    null,
                    InventoryMovement.Type.ADJUST,
                    target - level[ON_HAND],
                    0,
                    adjustment.reason()));
            level[ON_HAND] = target;
            after.add(new StockLevel(target, level[RESERVED], level[SAFETY]));
          }
          updateOnHand(connection, levels);
          journal(connection, movements, clock.instant());
          return List.copyOf(after);
        });
  }

  /**
   * Returns the on hand {@code adjustment} sets from {@code level}.
   *
   * @throws IllegalArgumentException if that is below the units reserved
   */
  private static long target(InventoryAdjustment adjustment, long[] level) {
    return adjustment.applyTo(level[ON_HAND], level[RESERVED]);
  }

  /**
   * Locks the stock rows of {@code keys}, creating missing ones empty, in store and SKU code-point
   * order, and returns their levels.
   */
  private static Map<StockKey, long[]> lockLevels(Connection connection, SortedSet<StockKey> keys)
      throws SQLException {
    String[] stores = keys.stream().map(key -> key.storeId().value()).toArray(String[]::new);
    String[] skus = keys.stream().map(key -> key.sku().value()).toArray(String[]::new);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO stock (store_id, sku, on_hand)"
                + " SELECT wanted.store_id, wanted.sku, 0"
                + " FROM unnest(?::text[], ?::text[]) AS wanted (store_id, sku)"
                + " ON CONFLICT (store_id, sku) DO NOTHING")) {
      insert.setArray(1, connection.createArrayOf("text", stores));
      insert.setArray(2, connection.createArrayOf("text", skus));
      insert.executeUpdate();
    }
    Map<StockKey, long[]> levels = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT store_id, sku, on_hand, reserved, safety_stock FROM stock"
                + " WHERE (store_id, sku) IN (SELECT * FROM unnest(?::text[], ?::text[]))"
                + " ORDER BY store_id COLLATE \"C\", sku COLLATE \"C\" FOR UPDATE")) {
      select.setArray(1, connection.createArrayOf("text", stores));
      select.setArray(2, connection.createArrayOf("text", skus));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          levels.put(
              new StockKey(StoreId.of(rows.getString(1)), Sku.of(rows.getString(2))),
              new long[] {rows.getLong(3), rows.getLong(4), rows.getLong(5)});
        }
      }
    }
    return levels;
  }

  /** Writes the on hand of every locked row with one statement. */
  private static void updateOnHand(Connection connection, Map<StockKey, long[]> levels)
      throws SQLException {
    String[] stores = new String[levels.size()];
    String[] skus = new String[levels.size()];
    Long[] onHand = new Long[levels.size()];
    int i = 0;
    for (Map.Entry<StockKey, long[]> entry : levels.entrySet()) {
      stores[i] = entry.getKey().storeId().value();
      skus[i] = entry.getKey().sku().value();
      onHand[i] = entry.getValue()[ON_HAND];
      i++;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE stock SET on_hand = changed.on_hand"
                + " FROM unnest(?::text[], ?::text[], ?::bigint[]) AS changed (store_id, sku, on_hand)"
                + " WHERE stock.store_id = changed.store_id AND stock.sku = changed.sku")) {
      update.setArray(1, connection.createArrayOf("text", stores));
      update.setArray(2, connection.createArrayOf("text", skus));
      update.setArray(3, connection.createArrayOf("int8", onHand));
      update.executeUpdate();
    }
  }

  /**
   * A store and SKU, ordered by store then SKU, each by code point as {@code COLLATE "C"} sorts.
   */
  private record StockKey(StoreId storeId, Sku sku) implements Comparable<StockKey> {
    @Override
    public int compareTo(StockKey other) {
      int byStore = storeId.compareTo(other.storeId);
      return byStore != 0 ? byStore : sku.compareTo(other.sku);
    }
  }

  @Override
  public Optional<Allocation> allocation(OrderId orderId) {
    Objects.requireNonNull(orderId, "orderId");
    return Jdbc.autoCommit(
        dataSource,
        "reading the allocation of order " + orderId,
        connection -> readAllocation(connection, orderId, false));
  }

  @Override
  public StockLevel level(StoreId storeId, Sku sku) {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(sku, "sku");
    return Jdbc.autoCommit(
        dataSource,
        "reading stock of " + sku + " at " + storeId,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT on_hand, reserved, safety_stock FROM stock"
                      + " WHERE store_id = ? AND sku = ?")) {
            select.setString(1, storeId.value());
            select.setString(2, sku.value());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? new StockLevel(rows.getLong(1), rows.getLong(2), rows.getLong(3))
                  : StockLevel.NONE;
            }
          }
        });
  }

  /**
   * Reads the stock level of every store and SKU, for reports and audits. The driver fetches 10,000
   * rows per round trip instead of buffering the whole table, but the returned map contains every
   * row.
   *
   * <p>Reads in its own transaction, so the result is one consistent state of the {@code stock}
   * table; {@link #allocations()} and {@link #movementTotals()} read separately and agree with it
   * only while no one changes stock.
   */
  public Map<StoreId, Map<Sku, StockLevel>> snapshot() {
    return Jdbc.inTransaction(
        dataSource,
        "reading every stock level",
        connection -> {
          Map<StoreId, Map<Sku, StockLevel>> levels = new HashMap<>();
          Map<String, Sku> skus = new HashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT store_id, sku, on_hand, reserved, safety_stock FROM stock")) {
            select.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Sku sku = skus.computeIfAbsent(rows.getString(2), Sku::of);
                levels
                    .computeIfAbsent(StoreId.of(rows.getString(1)), store -> new HashMap<>())
                    .put(sku, new StockLevel(rows.getLong(3), rows.getLong(4), rows.getLong(5)));
              }
            }
          }
          return levels;
        });
  }

  /**
   * Reads the latest allocation ledger of every order that ever reserved, for audits. A settled
   * ledger stays in the table until its order reserves again elsewhere.
   */
  public List<Allocation> allocations() {
    return Jdbc.inTransaction(
        dataSource,
        "reading every allocation",
        connection -> {
          List<Allocation> allocations = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT a.order_id, a.store_id, l.sku, l.allocated, l.collected, l.released,"
                      + " l.written_off FROM allocation a JOIN allocation_line l USING (order_id)"
                      + " ORDER BY a.order_id, l.position")) {
            select.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = select.executeQuery()) {
              LedgerRows ledger = null;
              while (rows.next()) {
                OrderId orderId = OrderId.of(rows.getString(1));
                if (ledger == null || !ledger.orderId.equals(orderId)) {
                  if (ledger != null) {
                    allocations.add(ledger.toAllocation());
                  }
                  ledger = new LedgerRows(orderId, StoreId.of(rows.getString(2)));
                }
                Sku sku = Sku.of(rows.getString(3));
                ledger.allocated.put(sku, rows.getLong(4));
                putIfPositive(ledger.collected, sku, rows.getLong(5));
                putIfPositive(ledger.released, sku, rows.getLong(6));
                putIfPositive(ledger.writtenOff, sku, rows.getLong(7));
              }
              if (ledger != null) {
                allocations.add(ledger.toAllocation());
              }
            }
          }
          return allocations;
        });
  }

  /**
   * Sums the {@code inventory_movement} journal per store, SKU and type of movement, for audits:
   * with the stock loaded at the start, the sums must explain every stock level.
   *
   * @throws IllegalStateException if the journal contains a movement type this version does not
   *     know
   */
  public List<MovementTotal> movementTotals() {
    return Jdbc.inTransaction(
        dataSource,
        "summing the inventory journal",
        connection -> {
          List<MovementTotal> totals = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT store_id, sku, type, sum(on_hand_delta), sum(reserved_delta), count(*)"
                      + " FROM inventory_movement GROUP BY store_id, sku, type")) {
            select.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                totals.add(
                    new MovementTotal(
                        StoreId.of(rows.getString(1)),
                        Sku.of(rows.getString(2)),
                        movementType(rows.getString(3)),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6)));
              }
            }
          }
          return totals;
        });
  }

  private static InventoryMovement.Type movementType(String stored) {
    try {
      return InventoryMovement.Type.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "inventory_movement contains unknown movement type \""
              + stored
              + "\"; read the journal with the release that"
              + " wrote it",
          e);
    }
  }

  /**
   * The sum of the journal entries of one type for one store and SKU.
   *
   * @param storeId the store
   * @param sku the SKU
   * @param type the type of movement
   * @param onHandDelta signed sum of the on-hand changes, in units
   * @param reservedDelta signed sum of the reserved changes, in units
   * @param movements number of journal entries summed
   */
  public record MovementTotal(
      StoreId storeId,
      Sku sku,
      InventoryMovement.Type type,
      long onHandDelta,
      long reservedDelta,
      long movements) {

    /** Validates the total. */
    public MovementTotal {
      Objects.requireNonNull(storeId, "storeId");
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(type, "type");
      if (movements < 1) {
        throw new IllegalArgumentException(
            "movements " + movements + " must be at least 1; a total sums one entry or more");
      }
    }
  }

  /** The rows of one allocation ledger while they are read. */
  private static final class LedgerRows {
    final OrderId orderId;
    final StoreId storeId;
    final Map<Sku, Long> allocated = new LinkedHashMap<>();
    final Map<Sku, Long> collected = new LinkedHashMap<>();
    final Map<Sku, Long> released = new LinkedHashMap<>();
    final Map<Sku, Long> writtenOff = new LinkedHashMap<>();

    LedgerRows(OrderId orderId, StoreId storeId) {
      this.orderId = orderId;
      this.storeId = storeId;
    }

    Allocation toAllocation() {
      return new Allocation(orderId, storeId, allocated, collected, released, writtenOff);
    }
  }

  private static Optional<Allocation> lockAllocation(Connection connection, OrderId orderId)
      throws SQLException {
    return readAllocation(connection, orderId, true);
  }

  /** Reads the order's allocation; with {@code lock}, holds its header row until commit. */
  private static Optional<Allocation> readAllocation(
      Connection connection, OrderId orderId, boolean lock) throws SQLException {
    StoreId storeId;
    try (PreparedStatement header =
        connection.prepareStatement(
            "SELECT store_id FROM allocation WHERE order_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      header.setString(1, orderId.value());
      try (ResultSet rows = header.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        storeId = StoreId.of(rows.getString(1));
      }
    }
    Map<Sku, Long> allocated = new LinkedHashMap<>();
    Map<Sku, Long> collected = new LinkedHashMap<>();
    Map<Sku, Long> released = new LinkedHashMap<>();
    Map<Sku, Long> writtenOff = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT sku, allocated, collected, released, written_off FROM allocation_line"
                + " WHERE order_id = ? ORDER BY position")) {
      select.setString(1, orderId.value());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Sku sku = Sku.of(rows.getString(1));
          allocated.put(sku, rows.getLong(2));
          putIfPositive(collected, sku, rows.getLong(3));
          putIfPositive(released, sku, rows.getLong(4));
          putIfPositive(writtenOff, sku, rows.getLong(5));
        }
      }
    }
    return Optional.of(
        new Allocation(orderId, storeId, allocated, collected, released, writtenOff));
  }

  /** Locks the stock row of {@code sku} at {@code storeId}, creating it empty if absent. */
  private static long[] lockLevel(Connection connection, StoreId storeId, Sku sku)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO stock (store_id, sku, on_hand) VALUES (?, ?, 0)"
                + " ON CONFLICT (store_id, sku) DO NOTHING")) {
      insert.setString(1, storeId.value());
      insert.setString(2, sku.value());
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT on_hand, reserved, safety_stock FROM stock"
                + " WHERE store_id = ? AND sku = ? FOR UPDATE")) {
      select.setString(1, storeId.value());
      select.setString(2, sku.value());
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
      }
    }
  }

  private static long available(Connection connection, StoreId storeId, Sku sku)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT GREATEST(on_hand - reserved - safety_stock, 0) FROM stock"
                + " WHERE store_id = ? AND sku = ?")) {
      select.setString(1, storeId.value());
      select.setString(2, sku.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private static void journal(Connection connection, List<InventoryMovement> movements, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO inventory_movement (store_id, sku, order_id, type, on_hand_delta,"
                + " reserved_delta, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (InventoryMovement movement : movements) {
        insert.setString(1, movement.storeId().value());
        insert.setString(2, movement.sku().value());
        insert.setString(3, orderIdText(movement.orderId()));
        insert.setString(4, movement.type().name());
        insert.setLong(5, movement.onHandDelta());
        insert.setLong(6, movement.reservedDelta());
        insert.setString(7, movement.reason().code());
        Jdbc.setInstant(insert, 8, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static @Nullable String orderIdText(@Nullable OrderId orderId) {
    return orderId == null ? null : orderId.value();
  }

  private static void putIfPositive(Map<Sku, Long> target, Sku sku, long quantity) {
    if (quantity > 0) {
      target.put(sku, quantity);
    }
  }

  private static Map<String, List<Integer>> positions(List<String> values) {
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      positions.computeIfAbsent(values.get(i), key -> new ArrayList<>()).add(i);
    }
    return positions;
  }

  private static Array textArray(Connection connection, Collection<String> values)
      throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private static final int ON_HAND = 0;
  private static final int RESERVED = 1;
  private static final int SAFETY = 2;
}
