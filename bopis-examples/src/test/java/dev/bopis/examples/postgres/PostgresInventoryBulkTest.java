package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.testing.MutableClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk loading, bulk adjustments and the read-only audit methods of the PostgreSQL inventory. */
class PostgresInventoryBulkTest {

  private static final StoreId STORE_A = StoreId.of("STORE-A");
  private static final StoreId STORE_B = StoreId.of("STORE-B");
  private static final Sku TENT = Sku.of("TENT");
  private static final Sku STOVE = Sku.of("STOVE");
  private static final ReasonCode DELIVERY = new ReasonCode("DELIVERY");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T09:00:00Z"));
  private PostgresInventory inventory;

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncate();
    inventory = new PostgresInventory(TestDatabase.dataSource(), clock);
  }

  @Test
  void putAll_rowsReadBackBySnapshot() {
    Map<Sku, StockLevel> levels = new LinkedHashMap<>();
    for (int i = 0; i < 12_000; i++) {
      levels.put(Sku.of("SKU-" + i), new StockLevel(i % 7, 0, i % 2));
    }

    inventory.putAll(STORE_A, levels);

    Map<StoreId, Map<Sku, StockLevel>> snapshot = inventory.snapshot();
    assertThat(snapshot).containsOnlyKeys(STORE_A);
    assertThat(snapshot.get(STORE_A)).hasSize(12_000);
    assertThat(snapshot.get(STORE_A).get(Sku.of("SKU-11999"))).isEqualTo(new StockLevel(1, 0, 1));
    assertThat(inventory.level(STORE_A, Sku.of("SKU-6"))).isEqualTo(new StockLevel(6, 0, 0));
  }

  @Test
  void putAll_keepsReservedUnitsOfExistingRows() {
    inventory.put(STORE_A, TENT, 5, 0);
    inventory.reserve(OrderId.of("O-1"), STORE_A, Map.of(TENT, 2L));

    inventory.putAll(STORE_A, Map.of(TENT, new StockLevel(8, 0, 1)));

    assertThat(inventory.level(STORE_A, TENT)).isEqualTo(new StockLevel(8, 2, 1));
  }

  @Test
  void putAll_belowReserved_writesNothing() {
    inventory.put(STORE_A, TENT, 5, 0);
    inventory.reserve(OrderId.of("O-1"), STORE_A, Map.of(TENT, 4L));

    assertThatThrownBy(
            () ->
                inventory.putAll(
                    STORE_A, Map.of(TENT, new StockLevel(3, 0, 0), STOVE, new StockLevel(9, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below the units reserved");
    assertThat(inventory.level(STORE_A, TENT)).isEqualTo(new StockLevel(5, 4, 0));
    assertThat(inventory.level(STORE_A, STOVE)).isEqualTo(StockLevel.NONE);
  }

  @Test
  void putAll_levelWithReservedUnits_isRejected() {
    assertThatThrownBy(() -> inventory.putAll(STORE_A, Map.of(TENT, new StockLevel(3, 1, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TENT at STORE-A has reserved 1");
  }

  @Test
  void adjustAll_appliesInListOrder() {
    inventory.put(STORE_A, TENT, 2, 0);

    List<StockLevel> after =
        inventory.adjustAll(
            List.of(
                InventoryAdjustment.relative(STORE_A, TENT, 3, DELIVERY),
                InventoryAdjustment.relative(STORE_B, STOVE, 4, DELIVERY),
                InventoryAdjustment.absolute(STORE_A, TENT, 9, DELIVERY),
                InventoryAdjustment.relative(STORE_A, TENT, -1, DELIVERY)));

    assertThat(after)
        .containsExactly(
            new StockLevel(5, 0, 0),
            new StockLevel(4, 0, 0),
            new StockLevel(9, 0, 0),
            new StockLevel(8, 0, 0));
    assertThat(inventory.level(STORE_A, TENT)).isEqualTo(new StockLevel(8, 0, 0));
    assertThat(inventory.level(STORE_B, STOVE)).isEqualTo(new StockLevel(4, 0, 0));
    assertThat(inventory.movementTotals())
        .containsExactlyInAnyOrder(
            new PostgresInventory.MovementTotal(
                STORE_A, TENT, InventoryMovement.Type.ADJUST, 6, 0, 3),
            new PostgresInventory.MovementTotal(
                STORE_B, STOVE, InventoryMovement.Type.ADJUST, 4, 0, 1));
  }

  @Test
  void adjustAll_belowReserved_appliesNone() {
    inventory.put(STORE_A, TENT, 5, 0);
    inventory.reserve(OrderId.of("O-1"), STORE_A, Map.of(TENT, 4L));

    assertThatThrownBy(
            () ->
                inventory.adjustAll(
                    List.of(
                        InventoryAdjustment.relative(STORE_B, STOVE, 4, DELIVERY),
                        InventoryAdjustment.relative(STORE_A, TENT, -2, DELIVERY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would leave on hand 3 below reserved 4");
    assertThat(inventory.level(STORE_A, TENT)).isEqualTo(new StockLevel(5, 4, 0));
    assertThat(inventory.level(STORE_B, STOVE)).isEqualTo(StockLevel.NONE);
  }

  @Test
  void movementTotals_sumPerType() {
    inventory.put(STORE_A, TENT, 6, 0);
    OrderId order = OrderId.of("O-1");
    inventory.reserve(order, STORE_A, Map.of(TENT, 4L));
    inventory.collect(order, Map.of(TENT, 1L), ReasonCode.COLLECTED);
    inventory.writeOff(order, Map.of(TENT, 1L), ReasonCode.SHORT_PICK);
    inventory.releaseAll(order, ReasonCode.CUSTOMER_CANCELLED);

    List<PostgresInventory.MovementTotal> totals = inventory.movementTotals();

    assertThat(totals)
        .containsExactlyInAnyOrder(
            new PostgresInventory.MovementTotal(
                STORE_A, TENT, InventoryMovement.Type.RESERVE, 0, 4, 1),
            new PostgresInventory.MovementTotal(
                STORE_A, TENT, InventoryMovement.Type.COLLECT, -1, -1, 1),
            new PostgresInventory.MovementTotal(
                STORE_A, TENT, InventoryMovement.Type.WRITE_OFF, -1, -1, 1),
            new PostgresInventory.MovementTotal(
                STORE_A, TENT, InventoryMovement.Type.RELEASE, 0, -2, 1));
  }

  @Test
  void allocations_readsEveryLedger() {
    inventory.putAll(
        STORE_A, Map.of(TENT, new StockLevel(5, 0, 0), STOVE, new StockLevel(5, 0, 0)));
    inventory.putAll(STORE_B, Map.of(TENT, new StockLevel(5, 0, 0)));
    OrderId first = OrderId.of("O-1");
    OrderId second = OrderId.of("O-2");
    inventory.reserve(first, STORE_A, Map.of(STOVE, 1L, TENT, 3L));
    inventory.reserve(second, STORE_B, Map.of(TENT, 2L));
    inventory.collect(first, Map.of(TENT, 2L), ReasonCode.COLLECTED);

    List<Allocation> allocations = inventory.allocations();

    assertThat(allocations)
        .containsExactlyInAnyOrder(
            inventory.allocation(first).orElseThrow(), inventory.allocation(second).orElseThrow());
    Allocation read = allocations.stream().filter(a -> a.orderId().equals(first)).findFirst().get();
    assertThat(read.held()).containsOnly(Map.entry(STOVE, 1L), Map.entry(TENT, 1L));
  }
}
