package dev.bopis.core.inventory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The stock of one store in about 8 bytes per stocked SKU: sorted SKU codes and on-hand counts in
 * two int arrays. Reserved units and safety stock, which most SKUs do not have, live in a small
 * side map. Not thread-safe: the inventory holds the store's lock around every call.
 *
 * <p>Loading appends without sorting; the first lookup after a load sorts once, so loading a
 * store's SKUs in any order costs O(n log n), while a single new SKU later costs one array shift.
 */
final class StockTable {

  /** Reserved units and safety stock of one SKU, kept only while either is non-zero. */
  private static final class Extra {
    long reserved;
    long safety;
  }

  private int[] codes = new int[8];
  private int[] onHand = new int[8];
  private int size;
  private boolean sorted = true;
  private final Map<Integer, Extra> extras = new HashMap<>();

  /** Returns whether the store has a row for {@code code}. */
  boolean contains(int code) {
    return index(code) >= 0;
  }

  /** Returns on hand of {@code code}, 0 if the store has no row. */
  long onHand(int code) {
    int index = index(code);
    return index < 0 ? 0 : onHand[index];
  }

  /** Returns reserved units of {@code code}. */
  long reserved(int code) {
    Extra extra = extras.get(code);
    return extra == null ? 0 : extra.reserved;
  }

  /** Returns safety stock of {@code code}. */
  long safety(int code) {
    Extra extra = extras.get(code);
    return extra == null ? 0 : extra.safety;
  }

  /** Returns on hand - reserved - safety stock, at least 0; 0 when there is no row. */
  long available(int code) {
    int index = index(code);
    if (index < 0) {
      return 0;
    }
    Extra extra = extras.get(code);
    long available = onHand[index];
    if (extra != null) {
      available -= extra.reserved + extra.safety;
    }
    return Math.max(0, available);
  }

  /**
   * Sets on hand of {@code code}, adding a row if there is none.
   *
   * @throws IllegalArgumentException if {@code value} does not fit in an int
   */
  void setOnHand(int code, long value) {
    int units = toUnits(value);
    int index = sorted ? index(code) : -1;
    if (index >= 0) {
      onHand[index] = units;
      return;
    }
    if (sorted && size > 0 && codes[size - 1] > code) {
      insert(-index - 1, code, units);
    } else {
      // Appending keeps the order when codes arrive ascending; otherwise the next lookup sorts.
      append(code, units);
    }
  }

  /** Sets reserved units of {@code code}, which must have a row. */
  void setReserved(int code, long value) {
    extra(code, value).reserved = value;
    dropEmptyExtra(code);
  }

  /** Sets safety stock of {@code code}. */
  void setSafety(int code, long value) {
    extra(code, value).safety = value;
    dropEmptyExtra(code);
  }

  /** Calls {@code action} for every row, in code order. */
  void forEach(RowAction action) {
    ensureSorted();
    for (int i = 0; i < size; i++) {
      int code = codes[i];
      action.accept(code, onHand[i], reserved(code), safety(code));
    }
  }

  /** Returns the rows in this table. */
  int size() {
    ensureSorted();
    return size;
  }

  /** Receives one row of {@link #forEach}. */
  @FunctionalInterface
  interface RowAction {
    void accept(int code, long onHand, long reserved, long safety);
  }

  private Extra extra(int code, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("stock quantity " + value + " must not be negative");
    }
    return extras.computeIfAbsent(code, key -> new Extra());
  }

  private void dropEmptyExtra(int code) {
    Extra extra = extras.get(code);
    if (extra != null && extra.reserved == 0 && extra.safety == 0) {
      extras.remove(code);
    }
  }

  private int index(int code) {
    ensureSorted();
    return Arrays.binarySearch(codes, 0, size, code);
  }

  private void append(int code, int units) {
    grow();
    if (size > 0 && codes[size - 1] >= code) {
      sorted = false;
    }
    codes[size] = code;
    onHand[size] = units;
    size++;
  }

  private void insert(int position, int code, int units) {
    grow();
    System.arraycopy(codes, position, codes, position + 1, size - position);
    System.arraycopy(onHand, position, onHand, position + 1, size - position);
    codes[position] = code;
    onHand[position] = units;
    size++;
  }

  private void grow() {
    if (size == codes.length) {
      int capacity = codes.length + (codes.length >> 1) + 1;
      codes = Arrays.copyOf(codes, capacity);
      onHand = Arrays.copyOf(onHand, capacity);
    }
  }

  /** Sorts appended rows by code; of rows with the same code, the last appended wins. */
  private void ensureSorted() {
    if (sorted) {
      return;
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = ((long) codes[i] << 32) | i;
    }
    Arrays.sort(keys);
    int[] newCodes = new int[Math.max(8, size)];
    int[] newOnHand = new int[newCodes.length];
    int count = 0;
    for (long key : keys) {
      int code = (int) (key >>> 32);
      int from = (int) key;
      if (count > 0 && newCodes[count - 1] == code) {
        count--;
      }
      newCodes[count] = code;
      newOnHand[count] = onHand[from];
      count++;
    }
    codes = newCodes;
    onHand = newOnHand;
    size = count;
    sorted = true;
  }

  private static int toUnits(long value) {
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "on hand "
              + value
              + " is outside 0 to "
              + Integer.MAX_VALUE
              + " units, the range of the in-memory inventory");
    }
    return (int) value;
  }
}
