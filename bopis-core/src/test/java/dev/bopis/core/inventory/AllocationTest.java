package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final OrderId ORDER = OrderId.of("O-1");
  private static final StoreId STORE = StoreId.of("STORE-1");
  private static final Sku A = Sku.of("SKU-A");
  private static final Sku B = Sku.of("SKU-B");

  @Test
  void held_isAllocatedLessEverySettledLedger() {
    Allocation allocation =
        new Allocation(
            ORDER,
            STORE,
            Map.of(A, 10L, B, 2L),
            Map.of(A, 4L),
            Map.of(A, 3L),
            Map.of(A, 1L, B, 2L));

    assertThat(allocation.heldOf(A)).isEqualTo(2);
    assertThat(allocation.heldOf(B)).isZero();
    assertThat(allocation.held()).isEqualTo(Map.of(A, 2L));
    assertThat(allocation.isSettled()).isFalse();
  }

  @Test
  void isSettled_whenNothingIsHeld() {
    Allocation allocation =
        new Allocation(ORDER, STORE, Map.of(A, 3L), Map.of(A, 1L), Map.of(A, 2L), Map.of());

    assertThat(allocation.isSettled()).isTrue();
    assertThat(allocation.held()).isEmpty();
  }

  @Test
  void constructor_settlingMoreThanAllocatedThrows() {
    assertThatThrownBy(
            () ->
                new Allocation(ORDER, STORE, Map.of(A, 3L), Map.of(A, 2L), Map.of(A, 2L), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-1");
  }

  @Test
  void constructor_writeOffCountsTowardsTheAllocatedUnits() {
    assertThatThrownBy(
            () ->
                new Allocation(ORDER, STORE, Map.of(A, 3L), Map.of(A, 2L), Map.of(), Map.of(A, 2L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 units allocated");
  }

  @Test
  void constructor_settlingUnallocatedSkuThrows() {
    assertThatThrownBy(
            () -> new Allocation(ORDER, STORE, Map.of(A, 3L), Map.of(B, 1L), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never allocated");
  }

  @Test
  void constructor_negativeQuantityThrows() {
    assertThatThrownBy(() -> Allocation.of(ORDER, STORE, Map.of(A, -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity -1 of SKU-A");
  }
}
