package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StockTableTest {

  /**
   * Number of codes, counting from 0, that get a row in {@link #extras_setAndClearedMatchModel}.
   */
  private static final int ROW_CODES = 200;

  /**
   * Codes -1 to 301 that the extras property reads back, so a negative code and codes without a row
   * are read too.
   */
  private static final int[] READ_CODES = readCodes();

  @Test
  void setOnHand_inAnyOrderReadsBackSorted() {
    StockTable table = new StockTable();
    List<Integer> codes = new ArrayList<>();
    for (int code = 0; code < 500; code++) {
      codes.add(code);
    }
    Collections.shuffle(codes, new Random(3));

    codes.forEach(code -> table.setOnHand(code, code * 2L));

    assertThat(table.size()).isEqualTo(500);
    assertThat(table.onHand(0)).isZero();
    assertThat(table.onHand(317)).isEqualTo(634);
    assertThat(table.onHand(499)).isEqualTo(998);
    assertThat(table.contains(500)).isFalse();
  }

  @Test
  void setOnHand_lastWriteWinsBeforeSort() {
    StockTable table = new StockTable();
    table.setOnHand(9, 1);
    table.setOnHand(3, 5);
    table.setOnHand(9, 7);

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.onHand(9)).isEqualTo(7);
    assertThat(table.onHand(3)).isEqualTo(5);
  }

  @Test
  void setOnHand_insertsNewCodeBetweenExisting() {
    StockTable table = new StockTable();
    table.setOnHand(1, 10);
    table.setOnHand(5, 50);
    table.onHand(1);

    table.setOnHand(3, 30);

    List<Integer> order = new ArrayList<>();
    table.forEach((code, onHand, reserved, safety) -> order.add(code));
    assertThat(order).containsExactly(1, 3, 5);
    assertThat(table.onHand(3)).isEqualTo(30);
  }

  @Test
  void available_subtractsReservedAndSafety() {
    StockTable table = new StockTable();
    table.setOnHand(4, 10);
    table.setReserved(4, 3);
    table.setSafety(4, 2);

    assertThat(table.available(4)).isEqualTo(5);
    assertThat(table.available(8)).isZero();
  }

  @Test
  void setReserved_backToZeroForgetsTheExtra() {
    StockTable table = new StockTable();
    table.setOnHand(4, 10);
    table.setReserved(4, 3);

    table.setReserved(4, 0);

    assertThat(table.reserved(4)).isZero();
    assertThat(table.available(4)).isEqualTo(10);
  }

  @Test
  void setOnHand_rejectsMoreThanIntRange() {
    StockTable table = new StockTable();

    assertThatThrownBy(() -> table.setOnHand(1, 3_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on hand 3000000000 is outside 0 to 2147483647");
  }

  @Property(tries = 200)
  void table_matchesSortedMap(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 400) Integer> codes,
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 1000) Integer> values) {
    StockTable table = new StockTable();
    TreeMap<Integer, Long> expected = new TreeMap<>();
    for (int i = 0; i < codes.size(); i++) {
      long value = i < values.size() ? values.get(i) : i;
      table.setOnHand(codes.get(i), value);
      expected.put(codes.get(i), value);
      if (i % 17 == 0) {
        // Reads in between force sorted inserts after the first sort.
        table.onHand(codes.get(i));
      }
    }

    TreeMap<Integer, Long> actual = new TreeMap<>();
    table.forEach((code, onHand, reserved, safety) -> actual.put(code, onHand));
    assertThat(actual).isEqualTo(expected);
    assertThat(table.size()).isEqualTo(expected.size());
  }

  @Test
  void tryAvailable_unsortedLoadNeedsLockedRead() {
    // A run of long inserts with no lookup between them appends unsorted rows, and the first
    // locked read sorts them.
    StockTable table = new StockTable();
    for (int code = 1000; code < 1000 + StockTable.MAX_INSERT_SHIFT; code++) {
      table.setOnHand(code, 5);
    }
    for (int code = 999; code > 999 - StockTable.MAX_LONG_INSERTS; code--) {
      table.setOnHand(code, 5);
    }
    table.setOnHand(30, 3);
    table.setOnHand(10, 1);
    table.setOnHand(20, 2);
    table.setOnHand(10, 11);
    int[] codes = {10, 20, 30};
    long[] into = new long[3];

    boolean firstTry = table.tryAvailable(codes, 3, into, 0);
    boolean secondTry = table.tryAvailable(codes, 3, into, 0);
    table.availableLocked(codes, 3, new long[3], 0);
    boolean afterLockedRead = table.tryAvailable(codes, 3, into, 0);

    assertThat(firstTry).as("lock-free read before the first locked read").isFalse();
    assertThat(secondTry).as("second lock-free read before the first locked read").isFalse();
    assertThat(afterLockedRead).as("lock-free read after a locked read").isTrue();
    assertThat(into).containsExactly(11, 2, 3);
  }

  @Test
  void setOnHand_nearEndInsertsInPlace() {
    StockTable table = new StockTable();
    table.setOnHand(30, 3);
    table.setOnHand(10, 1);
    int[] codes = {10, 30};
    long[] into = new long[2];

    boolean lockFree = table.tryAvailable(codes, 2, into, 0);

    assertThat(lockFree).as("rows stay sorted after an insert near the end").isTrue();
    assertThat(into).containsExactly(1, 3);
  }

  @Test
  void setOnHand_outOfOrderDuplicateLastWins() {
    StockTable table = new StockTable();
    table.setOnHand(30, 3);
    table.setOnHand(10, 1);
    table.setOnHand(20, 2);
    table.setOnHand(10, 11);
    table.setSafety(20, 1);
    int[] codes = {10, 20, 30, 40, -1};
    long[] locked = new long[5];
    long[] lockFree = new long[7];
    Arrays.fill(lockFree, -7);

    table.availableLocked(codes, 5, locked, 0);
    boolean lockFreeRead = table.tryAvailable(codes, 5, lockFree, 1);

    assertThat(locked).containsExactly(11, 1, 3, 0, 0);
    assertThat(lockFreeRead).isTrue();
    assertThat(lockFree).containsExactly(-7, 11, 1, 3, 0, 0, -7);
    assertThat(table.size()).isEqualTo(3);
  }

  @Test
  void tryAvailable_falseWhileWriteOpen() {
    StockTable table = new StockTable();
    table.setOnHand(1, 4);
    int[] codes = {1};
    long[] into = new long[1];

    table.beginWrite();
    boolean duringWrite = table.tryAvailable(codes, 1, into, 0);
    table.endWrite();
    boolean afterWrite = table.tryAvailable(codes, 1, into, 0);

    assertThat(duringWrite).isFalse();
    assertThat(afterWrite).isTrue();
    assertThat(into).containsExactly(4);
  }

  @Test
  void tryAvailable_succeedsAfterSortInsideWrite() {
    StockTable table = new StockTable();
    int[] codes = {2, 8};
    long[] into = new long[2];

    table.beginWrite();
    table.setOnHand(8, 80);
    table.setOnHand(2, 20);
    long onHandDuringWrite = table.onHand(2);
    table.endWrite();
    boolean afterWrite = table.tryAvailable(codes, 2, into, 0);

    assertThat(onHandDuringWrite).isEqualTo(20);
    assertThat(afterWrite).isTrue();
    assertThat(into).containsExactly(20, 80);
  }

  @Test
  void setReserved_afterEveryExtraClearedStartsAgain() {
    StockTable table = new StockTable();
    table.setOnHand(3, 10);
    table.setOnHand(6, 10);
    table.setReserved(3, 2);
    table.setSafety(6, 1);
    table.setReserved(3, 0);
    table.setSafety(6, 0);

    table.setReserved(6, 4);

    assertThat(table.reserved(3)).isZero();
    assertThat(table.reserved(6)).isEqualTo(4);
    assertThat(table.safety(6)).isZero();
    assertThat(table.available(3)).isEqualTo(10);
    assertThat(table.available(6)).isEqualTo(6);
  }

  @Property(tries = 50)
  void extras_setAndClearedMatchModel(
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 300) Integer> codes,
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 60) Integer> values,
      @ForAll Random random) {
    StockTable table = new StockTable();
    TreeMap<Integer, Long> onHand = new TreeMap<>();
    List<Integer> rowCodes = new ArrayList<>();
    for (int code = 0; code < ROW_CODES; code++) {
      rowCodes.add(code);
    }
    Collections.shuffle(rowCodes, random);
    for (int code : rowCodes) {
      long units = random.nextInt(100);
      table.setOnHand(code, units);
      onHand.put(code, units);
    }
    TreeMap<Integer, Long> reserved = new TreeMap<>();
    TreeMap<Integer, Long> safety = new TreeMap<>();

    // Codes from ROW_CODES up have an extra but no row, and so nothing available.
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      long value = values.get(i % values.size());
      boolean setsReserved = i % 2 == 0;
      if (setsReserved) {
        table.setReserved(code, value);
        putOrRemove(reserved, code, value);
      } else {
        table.setSafety(code, value);
        putOrRemove(safety, code, value);
      }
      assertMatchesModel(table, onHand, reserved, safety, "after setting code " + code);
    }
    List<int[]> nonZero = new ArrayList<>();
    reserved.keySet().forEach(code -> nonZero.add(new int[] {code, 1}));
    safety.keySet().forEach(code -> nonZero.add(new int[] {code, 2}));
    Collections.shuffle(nonZero, random);
    for (int[] entry : nonZero) {
      int code = entry[0];
      if (entry[1] == 1) {
        table.setReserved(code, 0);
        reserved.remove(code);
      } else {
        table.setSafety(code, 0);
        safety.remove(code);
      }
      assertMatchesModel(table, onHand, reserved, safety, "after clearing code " + code);
    }

    StockTable fresh = new StockTable();
    onHand.forEach(fresh::setOnHand);
    assertThat(rowsOf(table)).isEqualTo(rowsOf(fresh));
    long[] tableAvailable = new long[READ_CODES.length];
    long[] freshAvailable = new long[READ_CODES.length];
    fresh.availableLocked(READ_CODES, READ_CODES.length, freshAvailable, 0);
    assertThat(table.tryAvailable(READ_CODES, READ_CODES.length, tableAvailable, 0)).isTrue();
    assertThat(tableAvailable).containsExactly(freshAvailable);
  }

  /**
   * Checks reserved, safety and available of every code in {@link #READ_CODES}, read with and
   * without the lock, against the model. {@code step} names the change just made.
   */
  private static void assertMatchesModel(
      StockTable table,
      Map<Integer, Long> onHand,
      Map<Integer, Long> reserved,
      Map<Integer, Long> safety,
      String step) {
    int count = READ_CODES.length;
    long[] expectedReserved = new long[count];
    long[] expectedSafety = new long[count];
    long[] expectedAvailable = new long[count];
    long[] actualReserved = new long[count];
    long[] actualSafety = new long[count];
    long[] actualAvailable = new long[count];
    for (int i = 0; i < count; i++) {
      int code = READ_CODES[i];
      expectedReserved[i] = reserved.getOrDefault(code, 0L);
      expectedSafety[i] = safety.getOrDefault(code, 0L);
      Long onHandUnits = onHand.get(code);
      expectedAvailable[i] =
          onHandUnits == null
              ? 0
              : Math.max(0, onHandUnits - expectedReserved[i] - expectedSafety[i]);
      actualReserved[i] = table.reserved(code);
      actualSafety[i] = table.safety(code);
      actualAvailable[i] = table.available(code);
    }
    long[] lockFree = new long[count];
    boolean lockFreeRead = table.tryAvailable(READ_CODES, count, lockFree, 0);

    assertThat(actualReserved).as("reserved %s", step).isEqualTo(expectedReserved);
    assertThat(actualSafety).as("safety %s", step).isEqualTo(expectedSafety);
    assertThat(actualAvailable).as("available %s", step).isEqualTo(expectedAvailable);
    assertThat(lockFreeRead).as("lock-free read %s", step).isTrue();
    assertThat(lockFree).as("lock-free available %s", step).isEqualTo(expectedAvailable);
  }

  private static void putOrRemove(Map<Integer, Long> model, int code, long value) {
    if (value == 0) {
      model.remove(code);
    } else {
      model.put(code, value);
    }
  }

  /** Returns every row of {@code table} as (code, on hand, reserved, safety), in code order. */
  private static List<List<Long>> rowsOf(StockTable table) {
    List<List<Long>> rows = new ArrayList<>();
    table.forEach(
        (code, onHand, reserved, safety) ->
            rows.add(List.of((long) code, onHand, reserved, safety)));
    return rows;
  }

  private static int[] readCodes() {
    int[] codes = new int[303];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = i - 1;
    }
    return codes;
  }

  @Test
  void beginWrite_nestedKeepsTheWriteOpen() {
    StockTable table = new StockTable();
    table.setOnHand(1, 4);
    int[] codes = {1};
    long[] into = new long[1];

    table.beginWrite();
    table.beginWrite();
    table.endWrite();
    boolean afterInnerEnd = table.tryAvailable(codes, 1, into, 0);
    table.endWrite();
    boolean afterOuterEnd = table.tryAvailable(codes, 1, into, 0);

    assertThat(afterInnerEnd).as("lock-free read while the outer write is open").isFalse();
    assertThat(afterOuterEnd).as("lock-free read after the outer write ended").isTrue();
    assertThat(into).containsExactly(4);
  }
}
