package dev.bopis.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reconciliation finds each kind of leak from the audit alone, whatever backend wrote it. */
class ReconciliationTest {

  private static final StoreId STORE = StoreId.of("STORE-1");
  private static final Sku TENT = Sku.of("TENT");

  private final Reconciliation reconciliation = new Reconciliation();
  private final MovementTotals journal = new MovementTotals();

  private Reconciliation.Result checkEnd(StockLevel end, List<Allocation> allocations) {
    reconciliation.start(Map.of(STORE, Map.of(TENT, new StockLevel(10, 0, 0))));
    return reconciliation.check(
        new InventoryAudit(Map.of(STORE, Map.of(TENT, end)), allocations, journal.sums()),
        List.of());
  }

  @Test
  void check_journalExplainingEveryChange_balances() {
    journal.add(STORE, TENT, InventoryMovement.Type.ADJUST, 3, 0);
    journal.add(STORE, TENT, InventoryMovement.Type.RESERVE, 0, 2);
    journal.add(STORE, TENT, InventoryMovement.Type.WRITE_OFF, -2, -2);

    Reconciliation.Result result = checkEnd(new StockLevel(11, 0, 0), List.of());

    assertThat(result.problems()).isEmpty();
    assertThat(result.writtenOffUnits()).isEqualTo(2);
    assertThat(result.adjustedUnits()).isEqualTo(3);
    assertThat(result.pairs()).isEqualTo(1);
  }

  @Test
  void check_onHandChangedWithoutJournal_isReported() {
    Reconciliation.Result result = checkEnd(new StockLevel(9, 0, 0), List.of());

    assertThat(result.problems())
        .containsExactly(
            "STORE-1/TENT: on hand 9, expected 10 from 10 - collected 0 - written off 0"
                + " + adjusted 0");
  }

  @Test
  void check_reservedWithoutHolder_isReported() {
    journal.add(STORE, TENT, InventoryMovement.Type.RESERVE, 0, 2);

    Reconciliation.Result result = checkEnd(new StockLevel(10, 2, 0), List.of());

    assertThat(result.problems())
        .containsExactly("STORE-1/TENT: reserved 2 but open orders hold 0");
  }

  @Test
  void check_unknownOrderHolding_isReported() {
    journal.add(STORE, TENT, InventoryMovement.Type.RESERVE, 0, 2);
    Allocation allocation = Allocation.of(OrderId.of("O-GONE"), STORE, Map.of(TENT, 2L));

    Reconciliation.Result result = checkEnd(new StockLevel(10, 2, 0), List.of(allocation));

    assertThat(result.problems())
        .containsExactly("closed order O-GONE still holds 2 x TENT at STORE-1");
  }

  @Test
  void check_reservedBeyondJournal_isReported() {
    Reconciliation.Result result = checkEnd(new StockLevel(10, 1, 0), List.of());

    assertThat(result.problems())
        .contains("STORE-1/TENT: reserved 1 but the journal's reservations net to 0");
  }

  @Test
  void check_journalForMissingRow_isReported() {
    journal.add(STORE, Sku.of("STOVE"), InventoryMovement.Type.ADJUST, 1, 0);

    Reconciliation.Result result = checkEnd(new StockLevel(10, 0, 0), List.of());

    assertThat(result.problems())
        .containsExactly("STORE-1/STOVE: the journal moved stock that has no stock row");
  }
}
