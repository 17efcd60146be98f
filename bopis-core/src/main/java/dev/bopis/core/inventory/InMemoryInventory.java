package dev.bopis.core.inventory;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Thread-safe inventory kept in memory, the embedded default of {@link InventoryPort}.
 *
 * <p>Each store's stock is guarded by its own lock, so reservations at different stores run in
 * parallel while two reservations at one store are serialised. A stocked store and SKU pair takes
 * about 8 bytes (a SKU code and the on-hand count); reserved units and safety stock take more only
 * for the pairs that have them. On hand is limited to {@value Integer#MAX_VALUE} units per pair.
 * Every change is reported to the journal given at construction, in the order it was applied at
 * that store; the journal is called while the store's lock is held and must return quickly.
 */
public final class InMemoryInventory implements InventoryPort {

  private static final System.Logger LOG = System.getLogger(InMemoryInventory.class.getName());

  private final ConcurrentHashMap<StoreId, StoreStock> stores = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<OrderId, Allocation> allocations = new ConcurrentHashMap<>();
  private final SkuCodes skuCodes = new SkuCodes();
  private final Consumer<InventoryMovement> journal;

  /** Creates an empty inventory with no journal. */
  public InMemoryInventory() {
    this(movement -> {});
  }

  /** Creates an empty inventory that reports every movement to {@code journal}. */
  public InMemoryInventory(Consumer<InventoryMovement> journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  /**
   * Sets the on-hand and safety stock of a SKU at a store, for loading initial stock. Use {@link
   * #adjust} for changes with a reason.
   *
   * @throws IllegalArgumentException if a quantity is negative or below what is reserved
   */
  public void put(StoreId storeId, Sku sku, long onHand, long safetyStock) {
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
    StoreStock stock = store(storeId);
    int code = skuCodes.codeOf(sku);
    synchronized (stock) {
      long reserved = stock.table.reserved(code);
      if (onHand < reserved) {
        throw new IllegalArgumentException(
            "onHand "
                + onHand
                + " of "
                + sku
                + " at "
                + storeId
                + " is below reserved "
                + reserved);
      }
      stock.table.setOnHand(code, onHand);
      stock.table.setSafety(code, safetyStock);
    }
  }

  @Override
  public AvailabilityMatrix availability(List<StoreId> storeIds, List<Sku> skus) {
    long[] available = new long[storeIds.size() * skus.size()];
    availability(storeIds, skus, available);
    return new AvailabilityMatrix(storeIds, skus, available);
  }

  /** Writes availability without allocating; see {@link InventoryPort}. */
  @Override
  public void availability(List<StoreId> storeIds, List<Sku> skus, long[] into) {
    int columns = skus.size();
    if (into.length < storeIds.size() * columns) {
      throw new IllegalArgumentException(
          "availability needs an array of at least "
              + storeIds.size() * columns
              + " values, got "
              + into.length);
    }
    for (int i = 0; i < storeIds.size(); i++) {
      StoreStock stock = stores.get(storeIds.get(i));
      if (stock == null) {
        Arrays.fill(into, i * columns, (i + 1) * columns, 0);
        continue;
      }
      synchronized (stock) {
        for (int j = 0; j < columns; j++) {
          int code = skuCodes.find(skus.get(j));
          into[i * columns + j] = code < 0 ? 0 : stock.table.available(code);
        }
      }
    }
  }

  @Override
  public ReservationResult reserve(OrderId orderId, StoreId storeId, Map<Sku, Long> quantities) {
    Objects.requireNonNull(orderId, "orderId");
    if (quantities.isEmpty()) {
      throw new IllegalArgumentException("order " + orderId + " reserves nothing; pass its lines");
    }
    StoreStock stock = store(storeId);
    synchronized (stock) {
      Allocation existing = allocations.get(orderId);
      if (existing != null && !existing.isSettled()) {
        throw new IllegalStateException(
            "order "
                + orderId
                + " still holds stock at "
                + existing.storeId()
                + "; release it before reserving again");
      }

      List<Shortage> shortages = new ArrayList<>();
      quantities.forEach(
          (sku, quantity) -> {
            if (quantity < 1) {
              throw new IllegalArgumentException(
                  "quantity "
                      + quantity
                      + " of "
                      + sku
                      + " for order "
                      + orderId
                      + " must be at least 1");
            }
            int code = skuCodes.find(sku);
            long available = code < 0 ? 0 : stock.table.available(code);
            if (available < quantity) {
              shortages.add(new Shortage(sku, quantity, available));
            }
          });
      if (!shortages.isEmpty()) {
        return new ReservationResult.InsufficientStock(storeId, shortages);
      }

      // Claim the order's ledger before touching stock: a reservation of the same order at
      // another store holds another lock, so the check above alone could let both through.
      Allocation allocation = Allocation.of(orderId, storeId, quantities);
      allocations.compute(
          orderId,
          (id, current) -> {
            if (current != null && !current.isSettled()) {
              throw new IllegalStateException(
                  "order "
                      + orderId
                      + " still holds stock at "
                      + current.storeId()
                      + "; release it before reserving again");
            }
            return allocation;
          });
      quantities.forEach(
          (sku, quantity) -> {
            int code = skuCodes.find(sku);
            stock.table.setReserved(code, stock.table.reserved(code) + quantity);
            record(
                storeId,
                sku,
                orderId,
                InventoryMovement.Type.RESERVE,
                0,
                quantity,
                ReasonCode.ORDER_ALLOCATED);
          });
      return new ReservationResult.Reserved(allocation);
    }
  }

  @Override
  public Map<Sku, Long> collect(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, current -> totals, reason, InventoryMovement.Type.COLLECT);
  }

  @Override
  public Map<Sku, Long> release(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, current -> totals, reason, InventoryMovement.Type.RELEASE);
  }

  @Override
  public Map<Sku, Long> writeOff(OrderId orderId, Map<Sku, Long> totals, ReasonCode reason) {
    return settle(orderId, current -> totals, reason, InventoryMovement.Type.WRITE_OFF);
  }

  @Override
  public Map<Sku, Long> releaseAll(OrderId orderId, ReasonCode reason) {
    // The allocated totals are an upper bound that always releases everything still held.
    return settle(orderId, Allocation::allocated, reason, InventoryMovement.Type.RELEASE);
  }

  /**
   * Raises the collected or released totals of an order towards {@code totals}, capped at what the
   * order still holds, and moves the difference out of reserved stock.
   */
  private Map<Sku, Long> settle(
      OrderId orderId,
      Function<Allocation, Map<Sku, Long>> totalsOf,
      ReasonCode reason,
      InventoryMovement.Type type) {
    Objects.requireNonNull(reason, "reason");
    while (true) {
      Allocation allocation = allocations.get(orderId);
      if (allocation == null) {
        return Map.of();
      }
      StoreStock stock = store(allocation.storeId());
      synchronized (stock) {
        // Read again under the lock: a concurrent call may have settled part of it, or a
        // re-route may have moved the order to a store whose lock this is not.
        Allocation current = allocations.get(orderId);
        if (current == null) {
          return Map.of();
        }
        if (!current.storeId().equals(allocation.storeId())) {
          continue;
        }
        return settleLocked(stock, current, totalsOf.apply(current), reason, type);
      }
    }
  }

  /** Applies {@link #settle} to {@code current}; the caller holds the lock of its store. */
  private Map<Sku, Long> settleLocked(
      StoreStock stock,
      Allocation current,
      Map<Sku, Long> totals,
      ReasonCode reason,
      InventoryMovement.Type type) {
    OrderId orderId = current.orderId();
    // Collection and write-off take units off the shelf; a release only frees the reservation.
    boolean leavesStore = type != InventoryMovement.Type.RELEASE;
    Map<Sku, Long> collected = new LinkedHashMap<>(current.collected());
    Map<Sku, Long> released = new LinkedHashMap<>(current.released());
    Map<Sku, Long> writtenOff = new LinkedHashMap<>(current.writtenOff());
    Map<Sku, Long> ledger =
        switch (type) {
          case COLLECT -> collected;
          case RELEASE -> released;
          case WRITE_OFF -> writtenOff;
          default -> throw new IllegalArgumentException("cannot settle an order with " + type);
        };
    Map<Sku, Long> done = new LinkedHashMap<>();
    for (Map.Entry<Sku, Long> entry : totals.entrySet()) {
      Sku sku = entry.getKey();
      long target = entry.getValue();
      if (target < 0) {
        throw new IllegalArgumentException(
            "total " + target + " of " + sku + " for order " + orderId + " must not be negative");
      }
      long already = ledger.getOrDefault(sku, 0L);
      long amount = Math.min(target - already, current.heldOf(sku));
      if (amount <= 0) {
        continue;
      }
      int code = skuCodes.find(sku);
      stock.table.setReserved(code, stock.table.reserved(code) - amount);
      if (leavesStore) {
        stock.table.setOnHand(code, stock.table.onHand(code) - amount);
      }
      ledger.put(sku, already + amount);
      done.put(sku, amount);
      record(current.storeId(), sku, orderId, type, leavesStore ? -amount : 0, -amount, reason);
    }
    if (!done.isEmpty()) {
      // A ledger that still held units cannot have been replaced by a reservation elsewhere.
      // When nothing moved, the ledger is left alone, because such a reservation may replace it.
      allocations.replace(
          orderId,
          current,
          new Allocation(
              orderId, current.storeId(), current.allocated(), collected, released, writtenOff));
    }
    return Collections.unmodifiableMap(done);
  }

  @Override
  public StockLevel adjust(InventoryAdjustment adjustment) {
    StoreStock stock = store(adjustment.storeId());
    int code = skuCodes.codeOf(adjustment.sku());
    synchronized (stock) {
      long onHand = stock.table.onHand(code);
      long reserved = stock.table.reserved(code);
      long target = adjustment.applyTo(onHand, reserved);
      long delta = target - onHand;
      stock.table.setOnHand(code, target);
      record(
          adjustment.storeId(),
          adjustment.sku(),
          null,
          InventoryMovement.Type.ADJUST,
          delta,
          0,
          adjustment.reason());
      return levelOf(stock.table, code);
    }
  }

  @Override
  public Optional<Allocation> allocation(OrderId orderId) {
    return Optional.ofNullable(allocations.get(orderId));
  }

  @Override
  public StockLevel level(StoreId storeId, Sku sku) {
    StoreStock stock = stores.get(storeId);
    int code = skuCodes.find(sku);
    if (stock == null || code < 0) {
      return StockLevel.NONE;
    }
    synchronized (stock) {
      return stock.table.contains(code) ? levelOf(stock.table, code) : StockLevel.NONE;
    }
  }

  /** Returns a copy of every stocked store and SKU with its level, for reports and audits. */
  public Map<StoreId, Map<Sku, StockLevel>> snapshot() {
    Map<StoreId, Map<Sku, StockLevel>> copy = new HashMap<>();
    stores.forEach(
        (storeId, stock) -> {
          Map<Sku, StockLevel> levels = new HashMap<>();
          synchronized (stock) {
            stock.table.forEach(
                (code, onHand, reserved, safety) ->
                    levels.put(skuCodes.skuOf(code), new StockLevel(onHand, reserved, safety)));
          }
          copy.put(storeId, levels);
        });
    return copy;
  }

  /** Returns the latest allocation ledger of every order that ever reserved, for audits. */
  public List<Allocation> allocations() {
    return List.copyOf(allocations.values());
  }

  private void record(
      StoreId storeId,
      Sku sku,
      @Nullable OrderId orderId,
      InventoryMovement.Type type,
      long onHandDelta,
      long reservedDelta,
      ReasonCode reason) {
    InventoryMovement movement =
        new InventoryMovement(storeId, sku, orderId, type, onHandDelta, reservedDelta, reason);
    try {
      journal.accept(movement);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "inventory journal failed on "
              + type
              + " of "
              + sku
              + " at "
              + storeId
              + " for order "
              + orderId,
          e);
    }
  }

  private StoreStock store(StoreId storeId) {
    Objects.requireNonNull(storeId, "storeId");
    return stores.computeIfAbsent(storeId, key -> new StoreStock());
  }

  private static StockLevel levelOf(StockTable table, int code) {
    return new StockLevel(table.onHand(code), table.reserved(code), table.safety(code));
  }

  /** The stock of one store; its monitor is the store's lock. */
  private static final class StoreStock {
    final StockTable table = new StockTable();
  }
}
