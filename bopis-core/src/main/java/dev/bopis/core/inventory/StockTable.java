package dev.bopis.core.inventory;

import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The stock of one store in about 8 bytes per stocked SKU, and the store's lock.
 *
 * <p>Each row is one long: the SKU code in the high 32 bits and on hand in the low 32 bits, sorted
 * by code, so a lookup reads a single array. Reserved units and safety stock, which most SKUs do
 * not have, live in a second sorted array of (code, reserved, safety) triples that stays null until
 * the first one is set.
 *
 * <p>Writers hold the table's monitor and wrap every change in {@link #beginWrite()} and {@link
 * #endWrite()}, which make a version number odd and then even again. {@link #tryAvailable} reads
 * without the lock: it reads the version, the rows and the version again, and reports failure when
 * a writer ran in between, so a caller either gets a state that some writer left complete or falls
 * back to reading under the lock. Readers do not block writers or each other, and they take a lock
 * only for a table that a writer changed during the read.
 *
 * <p>A new SKU is inserted in place while the table is being read. During a load, a run of inserts
 * that each shift more than {@value #MAX_INSERT_SHIFT} rows with no locked lookup between them
 * switches to appending, and the next locked lookup sorts once. Loading a store's SKUs in any order
 * then costs O(n log n) rather than a shift per row.
 */
final class StockTable {

  private static final long[] NO_ROWS = new long[0];

  /** Rows a new row may shift and still count as a short insert. */
  static final int MAX_INSERT_SHIFT = 64;

  /** Long inserts allowed between two locked lookups before new rows are appended instead. */
  static final int MAX_LONG_INSERTS = 8;

  private static final long ON_HAND_MASK = 0xFFFF_FFFFL;

  /** Values per entry of {@link #extras}: code, reserved, safety. */
  private static final int EXTRA_WIDTH = 3;

  private long[] rows = NO_ROWS;
  private int size;
  private boolean sorted = true;

  /** Inserts that shifted more than {@link #MAX_INSERT_SHIFT} rows since the last locked lookup. */
  private int longInsertsSinceLookup;

  private long @Nullable [] extras;
  private int extraCount;

  /** Version number of the table, odd while a writer is changing it. */
  private volatile int version;

  /** Nesting of {@link #beginWrite()} calls by the thread that holds the monitor. */
  private int writeDepth;

  /** Marks the start of a change. The caller holds the monitor. */
  void beginWrite() {
    // A journal that writes to the same store again runs inside the outer change, so only the
    // outermost begin and end move the version.
    if (writeDepth++ == 0) {
      version = version + 1;
      // Keep the changes that follow from becoming visible before the odd version.
      VarHandle.storeStoreFence();
    }
  }

  /** Marks the end of a change started with {@link #beginWrite()}. */
  void endWrite() {
    if (--writeDepth == 0) {
      version = version + 1;
    }
  }

  /**
   * Writes the available units of {@code codes[0..count)} to {@code into[offset..offset + count)}
   * without taking the lock. A negative code has 0 available.
   *
   * @return false, with {@code into} in an unspecified state, if a writer changed the table during
   *     the read or the rows are not sorted yet; the caller then reads under the lock
   */
  boolean tryAvailable(int[] codes, int count, long[] into, int offset) {
    int before = version;
    if ((before & 1) != 0 || !sorted) {
      return false;
    }
    long[] rowsNow = rows;
    int sizeNow = Math.min(size, rowsNow.length);
    long[] extrasNow = extras;
    int extraCountNow =
        extrasNow == null ? 0 : Math.min(extraCount, extrasNow.length / EXTRA_WIDTH);
    for (int j = 0; j < count; j++) {
      into[offset + j] = available(rowsNow, sizeNow, extrasNow, extraCountNow, codes[j]);
    }
    VarHandle.acquireFence();
    return version == before;
  }

  /**
   * Writes the available units of {@code codes[0..columns)} at each of {@code tables[0..count)} to
   * {@code into}, row-major, reading without locks where no writer interferes. A null table has
   * nothing available.
   *
   * <p>The stores of one call are unrelated objects scattered over the heap, so the read is split
   * into passes that each touch every store once: snapshot the tables, then run all the binary
   * searches a step at a time, then check the versions. The loads within a pass do not depend on
   * each other, so the processor overlaps their cache misses instead of waiting for each in turn. A
   * table that a writer changed meanwhile is read again under its lock.
   */
  static void availableAll(
      StockTable[] tables, int count, int[] codes, int columns, long[] into, BatchReader reader) {
    reader.ensure(count, columns);
    int rounds = 0;
    for (int i = 0; i < count; i++) {
      StockTable table = tables[i];
      reader.optimistic[i] = false;
      if (table == null) {
        continue;
      }
      int version = table.version;
      if ((version & 1) != 0 || !table.sorted) {
        continue;
      }
      long[] rows = table.rows;
      int size = Math.min(table.size, rows.length);
      reader.versions[i] = version;
      reader.rows[i] = rows;
      reader.extras[i] = table.extras;
      reader.extraCounts[i] = table.extraCount;
      reader.optimistic[i] = true;
      reader.sizes[i] = size;
      reader.remaining[i] = size;
      rounds = Math.max(rounds, 32 - Integer.numberOfLeadingZeros(size));
      Arrays.fill(reader.base, i * columns, (i + 1) * columns, 0);
    }

    // Each round moves every search one step: base becomes the last row whose code is below the
    // SKU's. The step has no branch on the loaded code, so one search never stalls the others.
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < count; i++) {
        int remaining = reader.remaining[i];
        if (!reader.optimistic[i] || remaining <= 1) {
          continue;
        }
        int half = remaining >>> 1;
        long[] rows = reader.rows[i];
        for (int j = 0; j < columns; j++) {
          int pair = i * columns + j;
          int base = reader.base[pair];
          base = (int) (rows[base + half] >>> 32) < codes[j] ? base + half : base;
          reader.base[pair] = base;
        }
        reader.remaining[i] = remaining - half;
      }
    }

    for (int i = 0; i < count; i++) {
      int offset = i * columns;
      if (tables[i] == null) {
        Arrays.fill(into, offset, offset + columns, 0);
        continue;
      }
      if (!reader.optimistic[i]) {
        continue;
      }
      long[] rows = reader.rows[i];
      long[] extras = reader.extras[i];
      int extraCount =
          extras == null ? 0 : Math.min(reader.extraCounts[i], extras.length / EXTRA_WIDTH);
      int size = reader.sizes[i];
      for (int j = 0; j < columns; j++) {
        // The search ends on the row of the code, or next to where it would be.
        int row = reader.base[offset + j];
        if (row < size && (int) (rows[row] >>> 32) < codes[j]) {
          row++;
        }
        long available =
            codes[j] >= 0 && row < size && (int) (rows[row] >>> 32) == codes[j]
                ? rows[row] & ON_HAND_MASK
                : 0;
        if (available > 0 && extras != null) {
          int extra = extraIndex(extras, extraCount, codes[j]);
          if (extra >= 0) {
            available -= extras[extra * EXTRA_WIDTH + 1] + extras[extra * EXTRA_WIDTH + 2];
          }
        }
        into[offset + j] = Math.max(0, available);
      }
    }

    VarHandle.acquireFence();
    for (int i = 0; i < count; i++) {
      StockTable table = tables[i];
      if (table == null || (reader.optimistic[i] && table.version == reader.versions[i])) {
        continue;
      }
      synchronized (table) {
        table.availableLocked(codes, columns, into, i * columns);
      }
    }
    reader.clear(count);
  }

  /** Working arrays of {@link #availableAll}, one set per thread. */
  static final class BatchReader {
    boolean[] optimistic = new boolean[0];
    int[] versions = new int[0];
    long[][] rows = new long[0][];
    long[] @Nullable [] extras = new long[0][];
    int[] extraCounts = new int[0];
    int[] sizes = new int[0];
    int[] remaining = new int[0];
    int[] base = new int[0];

    void ensure(int count, int columns) {
      if (optimistic.length < count) {
        int capacity = Math.max(count, 2 * optimistic.length);
        optimistic = new boolean[capacity];
        versions = new int[capacity];
        rows = new long[capacity][];
        extras = new long[capacity][];
        extraCounts = new int[capacity];
        sizes = new int[capacity];
        remaining = new int[capacity];
      }
      if (base.length < count * columns) {
        base = new int[Math.max(count * columns, 2 * base.length)];
      }
    }

    /** Drops the references to the arrays read, so that they can be collected. */
    void clear(int count) {
      Arrays.fill(rows, 0, count, null);
      Arrays.fill(extras, 0, count, null);
    }
  }

  /**
   * Reads as {@link #tryAvailable} does, for a caller that holds the monitor, so it cannot fail.
   */
  void availableLocked(int[] codes, int count, long[] into, int offset) {
    ensureSorted();
    for (int j = 0; j < count; j++) {
      into[offset + j] = available(rows, size, extras, extraCount, codes[j]);
    }
  }

  /** Returns whether the store has a row for {@code code}. */
  boolean contains(int code) {
    ensureSorted();
    return rowIndex(rows, size, code) >= 0;
  }

  /** Returns on hand of {@code code}, 0 if the store has no row. */
  long onHand(int code) {
    ensureSorted();
    int index = rowIndex(rows, size, code);
    return index < 0 ? 0 : rows[index] & ON_HAND_MASK;
  }

  /** Returns reserved units of {@code code}. */
  long reserved(int code) {
    int index = extraIndex(extras, extraCount, code);
    return index < 0 ? 0 : extras[index * EXTRA_WIDTH + 1];
  }

  /** Returns safety stock of {@code code}. */
  long safety(int code) {
    int index = extraIndex(extras, extraCount, code);
    return index < 0 ? 0 : extras[index * EXTRA_WIDTH + 2];
  }

  /** Returns on hand - reserved - safety stock, at least 0; 0 when there is no row. */
  long available(int code) {
    ensureSorted();
    return available(rows, size, extras, extraCount, code);
  }

  /**
   * Sets on hand of {@code code}, adding a row if there is none.
   *
   * @throws IllegalArgumentException if {@code value} does not fit in an int
   */
  void setOnHand(int code, long value) {
    long row = ((long) code << 32) | toUnits(value);
    int index = sorted ? rowIndex(rows, size, code) : -1;
    if (index >= 0) {
      rows[index] = row;
    } else if (sorted
        && (size + index + 1 <= MAX_INSERT_SHIFT || longInsertsSinceLookup < MAX_LONG_INSERTS)) {
      // A new SKU in a table that is being read is inserted in place. Shifting a few thousand rows
      // costs microseconds, less than the sort that appending would cause at the next lookup.
      if (size + index + 1 > MAX_INSERT_SHIFT) {
        longInsertsSinceLookup++;
      }
      insertRow(-index - 1, row);
    } else {
      // A run of long inserts with no lookup between them is a load. Appending keeps ascending
      // loads sorted, and any other order sorts once at the next locked lookup.
      appendRow(row);
    }
  }

  /** Sets reserved units of {@code code}. */
  void setReserved(int code, long value) {
    setExtra(code, value, 1);
  }

  /** Sets safety stock of {@code code}. */
  void setSafety(int code, long value) {
    setExtra(code, value, 2);
  }

  /** Calls {@code action} for every row, in code order. */
  void forEach(RowAction action) {
    ensureSorted();
    for (int i = 0; i < size; i++) {
      int code = (int) (rows[i] >>> 32);
      action.accept(code, rows[i] & ON_HAND_MASK, reserved(code), safety(code));
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

  /**
   * Reads one SKU from arrays that a concurrent writer may be changing: every index stays within
   * the arrays given, and a torn value is caught by the version check of the caller.
   */
  private static long available(
      long[] rows, int size, long @Nullable [] extras, int extraCount, int code) {
    if (code < 0) {
      return 0;
    }
    int index = rowIndex(rows, size, code);
    if (index < 0) {
      return 0;
    }
    long available = rows[index] & ON_HAND_MASK;
    int extra = extraIndex(extras, extraCount, code);
    if (extra >= 0) {
      available -= extras[extra * EXTRA_WIDTH + 1] + extras[extra * EXTRA_WIDTH + 2];
    }
    return Math.max(0, available);
  }

  /** Binary search of the high halves of {@code rows[0..size)} for {@code code}. */
  private static int rowIndex(long[] rows, int size, int code) {
    int low = 0;
    int high = size - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int middleCode = (int) (rows[middle] >>> 32);
      if (middleCode < code) {
        low = middle + 1;
      } else if (middleCode > code) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  /** Binary search of the codes of the extra triples. */
  private static int extraIndex(long @Nullable [] extras, int count, int code) {
    if (extras == null) {
      return -1;
    }
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long middleCode = extras[middle * EXTRA_WIDTH];
      if (middleCode < code) {
        low = middle + 1;
      } else if (middleCode > code) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  /**
   * Sets field {@code field} (1 reserved, 2 safety) of the extra triple of {@code code}, adding the
   * triple when needed and dropping it when both fields are back to zero.
   */
  private void setExtra(int code, long value, int field) {
    if (value < 0) {
      throw new IllegalArgumentException("stock quantity " + value + " must not be negative");
    }

    int index = extraIndex(extras, extraCount, code);
    if (index >= 0) {
      extras[index * EXTRA_WIDTH + field] = value;
      if (extras[index * EXTRA_WIDTH + 1] == 0 && extras[index * EXTRA_WIDTH + 2] == 0) {
        removeExtra(index);
      }
      return;
    }
    if (value == 0) {
      return;
    }

    int position = -index - 1;
    long[] current = extras == null ? new long[EXTRA_WIDTH * 4] : extras;
    if ((extraCount + 1) * EXTRA_WIDTH > current.length) {
      current = Arrays.copyOf(current, current.length + (current.length >> 1) + EXTRA_WIDTH);
    }
    System.arraycopy(
        current,
        position * EXTRA_WIDTH,
        current,
        (position + 1) * EXTRA_WIDTH,
        (extraCount - position) * EXTRA_WIDTH);

    current[position * EXTRA_WIDTH] = code;
    current[position * EXTRA_WIDTH + 1] = field == 1 ? value : 0;
    current[position * EXTRA_WIDTH + 2] = field == 2 ? value : 0;
    extras = current;
    extraCount++;
  }

  private void removeExtra(int index) {
    System.arraycopy(
        extras,
        (index + 1) * EXTRA_WIDTH,
        extras,
        index * EXTRA_WIDTH,
        (extraCount - index - 1) * EXTRA_WIDTH);
    extraCount--;
    if (extraCount == 0) {
      extras = null;
    }
  }

  private void appendRow(long row) {
    growRows();
    if (size > 0 && (int) (rows[size - 1] >>> 32) >= (int) (row >>> 32)) {
      sorted = false;
    }
    rows[size] = row;
    size++;
  }

  private void insertRow(int position, long row) {
    growRows();
    System.arraycopy(rows, position, rows, position + 1, size - position);
    rows[position] = row;
    size++;
  }

  private void growRows() {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, rows.length + (rows.length >> 1) + 8);
    }
  }

  /**
   * Sorts appended rows by code. Of rows with the same code, the last appended wins. The caller
   * holds the monitor, and the sort counts as a change for lock-free readers.
   */
  private void ensureSorted() {
    longInsertsSinceLookup = 0;
    if (sorted) {
      return;
    }
    beginWrite();
    try {
      // Sorting code and append position together keeps rows of one code in append order.
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = (rows[i] & ~ON_HAND_MASK) | i;
      }
      Arrays.sort(keys);
      long[] sortedRows = new long[Math.max(8, size)];
      int count = 0;
      for (long key : keys) {
        long row = rows[(int) (key & ON_HAND_MASK)];
        if (count > 0 && sortedRows[count - 1] >>> 32 == row >>> 32) {
          count--;
        }
        sortedRows[count++] = row;
      }
      rows = sortedRows;
      size = count;
      sorted = true;
    } finally {
      endWrite();
    }
  }

  private static long toUnits(long value) {
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "on hand "
              + value
              + " is outside 0 to "
              + Integer.MAX_VALUE
              + " units, the range of the in-memory inventory");
    }
    return value;
  }
}
