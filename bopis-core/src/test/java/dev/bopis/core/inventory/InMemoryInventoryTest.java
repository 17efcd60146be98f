package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.testing.InventoryJournal;
import dev.bopis.core.testing.InventoryPortContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryInventoryTest extends InventoryPortContract {

  @Override
  protected InventoryPort newInventory() {
    return new InMemoryInventory();
  }

  @Test
  void reserve_keepsSafetyStockBack() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE_1, SKU_A, 5, 2);

    ReservationResult tooMuch = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));
    ReservationResult enough = inventory.reserve(ORDER_2, STORE_1, Map.of(SKU_A, 3L));

    assertThat(tooMuch)
        .isEqualTo(
            new ReservationResult.InsufficientStock(STORE_1, List.of(new Shortage(SKU_A, 4, 3))));
    assertThat(enough).isInstanceOf(ReservationResult.Reserved.class);
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(5, 3, 2));
  }

  @Test
  void reserve_quantityBelowOneThrowsAndReservesNothing() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE_1, SKU_A, 5, 0);
    inventory.put(STORE_1, SKU_B, 5, 0);

    assertThatThrownBy(() -> inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 1L, SKU_B, 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity 0 of SKU-B");
    assertThat(inventory.level(STORE_1, SKU_A).reserved()).isZero();
    assertThat(inventory.allocation(ORDER_1)).isEmpty();
  }

  @Test
  void reserve_emptyQuantitiesThrows() {
    InMemoryInventory inventory = new InMemoryInventory();

    assertThatThrownBy(() -> inventory.reserve(ORDER_1, STORE_1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORDER-1");
  }

  @Test
  void put_belowReservedThrows() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE_1, SKU_A, 5, 0);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    assertThatThrownBy(() -> inventory.put(STORE_1, SKU_A, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below reserved 4");
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(5, 4, 0));
  }

  @Test
  void put_negativeQuantityThrows() {
    InMemoryInventory inventory = new InMemoryInventory();

    assertThatThrownBy(() -> inventory.put(STORE_1, SKU_A, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onHand -1");
  }

  @Test
  void journal_recordsEveryMovementWithItsDeltas() {
    InventoryJournal journal = new InventoryJournal();
    InMemoryInventory inventory = new InMemoryInventory(journal);
    inventory.put(STORE_1, SKU_A, 10, 0);

    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 5L));
    inventory.writeOff(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.SHORT_PICK);
    inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);
    inventory.releaseAll(ORDER_1, ReasonCode.NOT_COLLECTED);

    assertThat(journal.movements())
        .containsExactly(
            new InventoryMovement(
                STORE_1,
                SKU_A,
                ORDER_1,
                InventoryMovement.Type.RESERVE,
                0,
                5,
                ReasonCode.ORDER_ALLOCATED),
            new InventoryMovement(
                STORE_1,
                SKU_A,
                ORDER_1,
                InventoryMovement.Type.WRITE_OFF,
                -1,
                -1,
                ReasonCode.SHORT_PICK),
            new InventoryMovement(
                STORE_1,
                SKU_A,
                ORDER_1,
                InventoryMovement.Type.COLLECT,
                -3,
                -3,
                ReasonCode.COLLECTED),
            new InventoryMovement(
                STORE_1,
                SKU_A,
                ORDER_1,
                InventoryMovement.Type.RELEASE,
                0,
                -1,
                ReasonCode.NOT_COLLECTED));
    assertThat(journal.onHandDelta(STORE_1, SKU_A)).isEqualTo(-4);
    assertThat(journal.reservedDelta(STORE_1, SKU_A)).isZero();
  }

  @Test
  void journal_failureIsLoggedAndStockStillMoves() {
    InMemoryInventory inventory =
        new InMemoryInventory(
            movement -> {
              throw new IllegalStateException("journal store offline");
            });
    inventory.put(STORE_1, SKU_A, 10, 0);

    ReservationResult result = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L));

    assertThat(result).isInstanceOf(ReservationResult.Reserved.class);
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(10, 2, 0));
  }

  @Test
  void snapshotAndAllocations_listEveryStoreAndOrder() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE_1, SKU_A, 10, 1);
    inventory.put(STORE_2, SKU_B, 4, 0);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L));

    Map<dev.bopis.core.model.StoreId, Map<dev.bopis.core.model.Sku, StockLevel>> snapshot =
        inventory.snapshot();

    assertThat(snapshot.get(STORE_1)).isEqualTo(Map.of(SKU_A, new StockLevel(10, 2, 1)));
    assertThat(snapshot.get(STORE_2)).isEqualTo(Map.of(SKU_B, new StockLevel(4, 0, 0)));
    assertThat(inventory.allocations())
        .containsExactly(Allocation.of(ORDER_1, STORE_1, Map.of(SKU_A, 2L)));
  }
}
