package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryValuesTest {

  @Test
  void stockLevel_availableSubtractsReservedAndSafetyStock() {
    assertThat(new StockLevel(10, 3, 2).available()).isEqualTo(5);
    assertThat(new StockLevel(10, 9, 2).available()).isZero();
  }

  @Test
  void stockLevel_reservedAboveOnHandThrows() {
    assertThatThrownBy(() -> new StockLevel(2, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved 3 exceeds onHand 2");
  }

  @Test
  void stockLevel_negativeQuantityThrows() {
    assertThatThrownBy(() -> new StockLevel(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void shortage_missingIsRequestedLessAvailable() {
    assertThat(new Shortage(Sku.of("SKU-1"), 4, 3).missing()).isEqualTo(1);
  }

  @Test
  void shortage_notShortThrows() {
    assertThatThrownBy(() -> new Shortage(Sku.of("SKU-1"), 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 3 of 3");
  }

  @Test
  void reasonCode_format() {
    assertThat(new ReasonCode("ITEM_DAMAGED_2")).hasToString("ITEM_DAMAGED_2");
    assertThatThrownBy(() -> new ReasonCode("damaged"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason code \"damaged\" is invalid");
    assertThatThrownBy(() -> new ReasonCode("_X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReasonCode("X".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void insufficientStock_needsAShortage() {
    assertThatThrownBy(
            () -> new ReservationResult.InsufficientStock(StoreId.of("STORE-1"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void adjustment_negativeAbsoluteThrows() {
    assertThatThrownBy(
            () ->
                InventoryAdjustment.absolute(
                    StoreId.of("STORE-1"), Sku.of("SKU-1"), -1, ReasonCode.STOCK_COUNT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute on hand -1");
  }

  @Test
  void availabilityMatrix_wrongLengthThrows() {
    assertThatThrownBy(
            () ->
                new AvailabilityMatrix(
                    List.of(StoreId.of("S")), List.of(Sku.of("A"), Sku.of("B")), new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 values for 1 stores x 2 SKUs");
  }
}
