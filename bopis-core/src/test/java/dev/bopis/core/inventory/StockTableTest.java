package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StockTableTest {

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
}
