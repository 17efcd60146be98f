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

  /** Per-thread working arrays of availability calls. */
  private static final ThreadLocal<Reader> READER = ThreadLocal.withInitial(Reader::new);

  private final ConcurrentHashMap<StoreId, StockTable> stores = new ConcurrentHashMap<>();
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
    StockTable stock = store(storeId);
    int code = skuCodes.codeOf(sku);
    synchronized (stock) {
      long reserved = stock.reserved(code);
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
      stock.beginWrite();
      try {
        stock.setOnHand(code, onHand);
        stock.setSafety(code, safetyStock);
      } finally {
        stock.endWrite();
      }
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
    Reader reader = READER.get();
    int[] codes = reader.codes(skus, skuCodes);
    // A SKU without a code has no stock yet. If it gets a code and stock during the read, the
    // other values may already include later changes, so the read runs again with the new code.
    do {
      readAvailable(storeIds, codes, columns, into, reader);
    } while (reader.codesChanged(skus, skuCodes));
  }

  private void readAvailable(
      List<StoreId> storeIds, int[] codes, int columns, long[] into, Reader reader) {
    if (storeIds.size() == 1) {
      StockTable stock = stores.get(storeIds.get(0));
      if (stock == null) {
        Arrays.fill(into, 0, columns, 0);
      } else if (!stock.tryAvailable(codes, columns, into, 0)) {
        synchronized (stock) {
          stock.availableLocked(codes, columns, into, 0);
        }
      }
      return;
    }
    StockTable[] tables = reader.tables(storeIds.size());
    // All map lookups first: they do not depend on each other, so their cache misses overlap.
    for (int i = 0; i < storeIds.size(); i++) {
      tables[i] = stores.get(storeIds.get(i));
    }
    StockTable.availableAll(tables, storeIds.size(), codes, columns, into, reader.batch);
    Arrays.fill(tables, 0, storeIds.size(), null);
  }

  @Override
  public ReservationResult reserve(OrderId orderId, StoreId storeId, Map<Sku, Long> quantities) {
    Objects.requireNonNull(orderId, "orderId");
    if (quantities.isEmpty()) {
      throw new IllegalArgumentException("order " + orderId + " reserves nothing; pass its lines");
    }
    StockTable stock = store(storeId);
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
            long available = code < 0 ? 0 : stock.available(code);
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
      stock.beginWrite();
      try {
        quantities.forEach(
            (sku, quantity) -> {
              int code = skuCodes.find(sku);
              stock.setReserved(code, stock.reserved(code) + quantity);
              record(
                  storeId,
                  sku,
                  orderId,
                  InventoryMovement.Type.RESERVE,
                  0,
                  quantity,
                  ReasonCode.ORDER_ALLOCATED);
            });
      } finally {
        stock.endWrite();
      }
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
      StockTable stock = store(allocation.storeId());
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
      StockTable stock,
      Allocation current,
      Map<Sku, Long> totals,
      ReasonCode reason,
      InventoryMovement.Type type) {
    OrderId orderId = current.orderId();
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
    stock.beginWrite();
    try {
      moveHeld(stock, current, totals, ledger, done, type, reason);
    } finally {
      stock.endWrite();
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

  /**
   * Moves out of reserved (and, unless releasing, out of on hand) what each total adds to the
   * ledger, capped at what the order holds. Every total is checked before anything moves, so a bad
   * one changes nothing.
   */
  private void moveHeld(
      StockTable stock,
      Allocation current,
      Map<Sku, Long> totals,
      Map<Sku, Long> ledger,
      Map<Sku, Long> done,
      InventoryMovement.Type type,
      ReasonCode reason) {
    OrderId orderId = current.orderId();
    totals.forEach(
        (sku, target) -> {
          if (target < 0) {
            throw new IllegalArgumentException(
                "total "
                    + target
                    + " of "
                    + sku
                    + " for order "
                    + orderId
                    + " must not be negative");
          }
        });
    // Collection and write-off take units off the shelf; a release only frees the reservation.
    boolean leavesStore = type != InventoryMovement.Type.RELEASE;
    for (Map.Entry<Sku, Long> entry : totals.entrySet()) {
      Sku sku = entry.getKey();
      long already = ledger.getOrDefault(sku, 0L);
      long amount = Math.min(entry.getValue() - already, current.heldOf(sku));
      if (amount <= 0) {
        continue;
      }
      int code = skuCodes.find(sku);
      stock.setReserved(code, stock.reserved(code) - amount);
      if (leavesStore) {
        stock.setOnHand(code, stock.onHand(code) - amount);
      }
      ledger.put(sku, already + amount);
      done.put(sku, amount);
      record(current.storeId(), sku, orderId, type, leavesStore ? -amount : 0, -amount, reason);
    }
  }

  @Override
  public StockLevel adjust(InventoryAdjustment adjustment) {
    StockTable stock = store(adjustment.storeId());
    int code = skuCodes.codeOf(adjustment.sku());
    synchronized (stock) {
      long onHand = stock.onHand(code);
      long reserved = stock.reserved(code);
      long target = adjustment.applyTo(onHand, reserved);
      long delta = target - onHand;
      stock.beginWrite();
      try {
        stock.setOnHand(code, target);
      } finally {
        stock.endWrite();
      }
      record(
          adjustment.storeId(),
          adjustment.sku(),
          null,
          InventoryMovement.Type.ADJUST,
          delta,
          0,
          adjustment.reason());
      return levelOf(stock, code);
    }
  }

  @Override
  public Optional<Allocation> allocation(OrderId orderId) {
    return Optional.ofNullable(allocations.get(orderId));
  }

  @Override
  public StockLevel level(StoreId storeId, Sku sku) {
    StockTable stock = stores.get(storeId);
    int code = skuCodes.find(sku);
    if (stock == null || code < 0) {
      return StockLevel.NONE;
    }
    synchronized (stock) {
      return stock.contains(code) ? levelOf(stock, code) : StockLevel.NONE;
    }
  }

  /** Returns a copy of every stocked store and SKU with its level, for reports and audits. */
  public Map<StoreId, Map<Sku, StockLevel>> snapshot() {
    Map<StoreId, Map<Sku, StockLevel>> copy = new HashMap<>();
    stores.forEach(
        (storeId, stock) -> {
          Map<Sku, StockLevel> levels = new HashMap<>();
          synchronized (stock) {
            stock.forEach(
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

  private StockTable store(StoreId storeId) {
    Objects.requireNonNull(storeId, "storeId");
    return stores.computeIfAbsent(storeId, key -> new StockTable());
  }

  private static StockLevel levelOf(StockTable table, int code) {
    return new StockLevel(table.onHand(code), table.reserved(code), table.safety(code));
  }

  /** The working arrays of one thread's availability calls. */
  private static final class Reader {
    final StockTable.BatchReader batch = new StockTable.BatchReader();
    private int[] codes = new int[16];
    private StockTable[] tables = new StockTable[64];

    /** Returns the codes of {@code skus}, -1 for a SKU never stocked. */
    int[] codes(List<Sku> skus, SkuCodes skuCodes) {
      if (codes.length < skus.size()) {
        codes = new int[Math.max(skus.size(), 2 * codes.length)];
      }
      for (int j = 0; j < skus.size(); j++) {
        codes[j] = skuCodes.find(skus.get(j));
      }
      return codes;
    }

    /**
     * Looks up the SKUs that had no code again, stores any code found and returns whether there was
     * one. A code never changes once given, so each SKU can cause at most one more read.
     */
    boolean codesChanged(List<Sku> skus, SkuCodes skuCodes) {
      boolean changed = false;
      for (int j = 0; j < skus.size(); j++) {
        if (codes[j] < 0) {
          codes[j] = skuCodes.find(skus.get(j));
          changed |= codes[j] >= 0;
        }
      }
      return changed;
    }

    StockTable[] tables(int count) {
      if (tables.length < count) {
        tables = new StockTable[Math.max(count, 2 * tables.length)];
      }
      return tables;
    }
  }
}
