package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.testing.InventoryJournal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A negative settle total after a valid one used to throw only after the valid SKU had moved, so
 * stock changed while the order's ledger did not. Every total is now checked before stock moves.
 */
class NegativeSettleTotalRegressionTest {

  private static final StoreId STORE = StoreId.of("STORE-1");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku CAP = Sku.of("CAP");
  private static final OrderId ORDER = OrderId.of("ORDER-1");

  /** The three calls that move an order's held units, each taking per-SKU totals. */
  enum Settle {
    COLLECT {
      @Override
      Map<Sku, Long> apply(InMemoryInventory inventory, Map<Sku, Long> totals) {
        return inventory.collect(ORDER, totals, ReasonCode.COLLECTED);
      }
    },
    RELEASE {
      @Override
      Map<Sku, Long> apply(InMemoryInventory inventory, Map<Sku, Long> totals) {
        return inventory.release(ORDER, totals, ReasonCode.CUSTOMER_CANCELLED);
      }
    },
    WRITE_OFF {
      @Override
      Map<Sku, Long> apply(InMemoryInventory inventory, Map<Sku, Long> totals) {
        return inventory.writeOff(ORDER, totals, ReasonCode.SHORT_PICK);
      }
    };

    abstract Map<Sku, Long> apply(InMemoryInventory inventory, Map<Sku, Long> totals);
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void settle_negativeSecondTotalChangesNothing(Settle settle) {
    InventoryJournal journal = new InventoryJournal();
    InMemoryInventory inventory = new InMemoryInventory(journal);
    inventory.put(STORE, MUG, 10, 1);
    inventory.put(STORE, CAP, 6, 0);
    inventory.reserve(ORDER, STORE, Map.of(MUG, 3L, CAP, 2L));
    // One unit already settled, so the ledger the failed call must keep is not empty.
    settle.apply(inventory, Map.of(MUG, 1L));
    StockLevel mugBefore = inventory.level(STORE, MUG);
    StockLevel capBefore = inventory.level(STORE, CAP);
    Allocation allocationBefore = inventory.allocation(ORDER).orElseThrow();
    List<InventoryMovement> movementsBefore = journal.movements();
    long[] availableBefore = new long[2];
    inventory.availability(List.of(STORE), List.of(MUG, CAP), availableBefore);
    // MUG comes first, so the old code moved it before reaching the negative CAP total.
    Map<Sku, Long> totals = new LinkedHashMap<>();
    totals.put(MUG, 2L);
    totals.put(CAP, -1L);

    assertThatThrownBy(() -> settle.apply(inventory, totals))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total -1 of CAP")
        .hasMessageContaining("ORDER-1");

    assertThat(inventory.level(STORE, MUG)).isEqualTo(mugBefore);
    assertThat(inventory.level(STORE, CAP)).isEqualTo(capBefore);
    assertThat(inventory.allocation(ORDER)).contains(allocationBefore);
    assertThat(journal.movements()).isEqualTo(movementsBefore);
    long[] availableAfter = new long[2];
    inventory.availability(List.of(STORE), List.of(MUG, CAP), availableAfter);
    assertThat(availableAfter).containsExactly(availableBefore);
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void settle_afterRejectedCallStillMovesHeld(Settle settle) {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(STORE, MUG, 10, 1);
    inventory.put(STORE, CAP, 6, 0);
    inventory.reserve(ORDER, STORE, Map.of(MUG, 3L, CAP, 2L));
    Map<Sku, Long> invalid = new LinkedHashMap<>();
    invalid.put(MUG, 3L);
    invalid.put(CAP, -1L);
    assertThatThrownBy(() -> settle.apply(inventory, invalid))
        .isInstanceOf(IllegalArgumentException.class);

    Map<Sku, Long> moved = settle.apply(inventory, Map.of(MUG, 3L, CAP, 2L));

    assertThat(moved).isEqualTo(Map.of(MUG, 3L, CAP, 2L));
    // A release returns units to the shelf, but collection and write-off take them off hand.
    long mugOnHand = settle == Settle.RELEASE ? 10 : 7;
    long capOnHand = settle == Settle.RELEASE ? 6 : 4;
    assertThat(inventory.level(STORE, MUG)).isEqualTo(new StockLevel(mugOnHand, 0, 1));
    assertThat(inventory.level(STORE, CAP)).isEqualTo(new StockLevel(capOnHand, 0, 0));
    assertThat(inventory.allocation(ORDER).orElseThrow().isSettled()).isTrue();
  }
}
