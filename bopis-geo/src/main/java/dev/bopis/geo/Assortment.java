package dev.bopis.geo;

import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.Nullable;

/**
 * The record of the stores that have ever stocked each SKU, kept as one bitmap per SKU over store
 * numbers, so that ranking can skip stores that cannot possibly fill a cart before it reads their
 * stock.
 *
 * <p>The assortment only grows: a store stays marked for a SKU after selling out, because its stock
 * may come back, until {@link #forget} clears it. A store that the assortment does not mark for
 * some cart SKU is never proposed as able to fill the whole cart, so every source of stock must be
 * recorded. A missing record hides a store that has stock, but it never lists a store that has
 * none. Feed it with {@link #recordStocked} while loading stock, and with {@link #onMovement} as
 * the inventory journal afterwards.
 *
 * <p>Thread-safe: records and lookups may run concurrently from many threads. Memory is one bit per
 * store and SKU ever recorded, rounded up to 64 stores per SKU: 20,000 SKUs over 100,000 stores
 * take at most 250 MB.
 */
public final class Assortment {

  private final ConcurrentHashMap<Sku, Bitmap> bitmaps = new ConcurrentHashMap<>();

  /** Creates an empty assortment, in which no store stocks anything. */
  public Assortment() {}

  /**
   * Records that a store stocks a SKU.
   *
   * @param store the store
   * @param sku the SKU
   * @throws NullPointerException if an argument is null
   */
  public void recordStocked(StoreId store, Sku sku) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(sku, "sku");
    int number = StoreNumbers.of(store);
    bitmaps.computeIfAbsent(sku, key -> new Bitmap()).set(number);
  }

  /**
   * Records the SKU of an inventory movement that adds units on hand, such as a delivery or a
   * positive stock count; other movements change nothing. Pass it as the journal of an {@link
   * dev.bopis.core.inventory.InMemoryInventory}.
   *
   * @param movement the movement
   * @throws NullPointerException if {@code movement} is null
   */
  public void onMovement(InventoryMovement movement) {
    Objects.requireNonNull(movement, "movement");
    if (movement.onHandDelta() > 0) {
      recordStocked(movement.storeId(), movement.sku());
    }
  }

  /**
   * Clears every SKU of a store, for example before its assortment is loaded again.
   *
   * @param store the store
   * @throws NullPointerException if {@code store} is null
   */
  public void forget(StoreId store) {
    int number = StoreNumbers.of(Objects.requireNonNull(store, "store"));
    bitmaps.values().forEach(bitmap -> bitmap.clear(number));
  }

  /**
   * Tells whether a store has been recorded as stocking a SKU.
   *
   * @param store the store
   * @param sku the SKU
   * @return true if the store may have units of the SKU
   * @throws NullPointerException if an argument is null
   */
  public boolean mayStock(StoreId store, Sku sku) {
    Objects.requireNonNull(store, "store");
    Bitmap bitmap = bitmaps.get(Objects.requireNonNull(sku, "sku"));
    return bitmap != null && bitmap.get(StoreNumbers.of(store));
  }

  /** Returns the bitmap of a SKU, or null if no store was recorded for it. */
  @Nullable Bitmap bitmap(Sku sku) {
    return bitmaps.get(sku);
  }

  /** A growable set of store numbers; writers lock, readers do not. */
  static final class Bitmap {
    private volatile AtomicLongArray words = new AtomicLongArray(1);

    synchronized void set(int number) {
      int word = number >>> 6;
      AtomicLongArray current = words;
      if (word >= current.length()) {
        long[] copy = new long[Math.max(word + 1, current.length() * 2)];
        for (int i = 0; i < current.length(); i++) {
          copy[i] = current.get(i);
        }
        current = new AtomicLongArray(copy);
        words = current;
      }
      current.getAndUpdate(word, bits -> bits | (1L << number));
    }

    synchronized void clear(int number) {
      int word = number >>> 6;
      AtomicLongArray current = words;
      if (word < current.length()) {
        current.getAndUpdate(word, bits -> bits & ~(1L << number));
      }
    }

    boolean get(int number) {
      int word = number >>> 6;
      AtomicLongArray current = words;
      return word < current.length() && (current.get(word) & (1L << number)) != 0;
    }
  }
}
