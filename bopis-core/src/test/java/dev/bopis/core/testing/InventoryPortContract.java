package dev.bopis.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link InventoryPort} adapter must show. Extend it, implement {@link
 * #newInventory()} to return an empty port, and run it with JUnit Jupiter.
 *
 * <p>Stock is loaded through {@link #load}, which sets on hand with an absolute adjustment;
 * override it if the adapter loads stock another way. The tests use stores {@code STORE-1} and
 * {@code STORE-2} and SKUs {@code SKU-A} and {@code SKU-B}.
 */
public abstract class InventoryPortContract {

  protected static final StoreId STORE_1 = StoreId.of("STORE-1");
  protected static final StoreId STORE_2 = StoreId.of("STORE-2");
  protected static final Sku SKU_A = Sku.of("SKU-A");
  protected static final Sku SKU_B = Sku.of("SKU-B");
  protected static final OrderId ORDER_1 = OrderId.of("ORDER-1");
  protected static final OrderId ORDER_2 = OrderId.of("ORDER-2");

  private static final int RACE_ROUNDS = 50;
  private static final int RACERS = 4;

  private InventoryPort inventory;

  /** Returns a new port that holds no stock and no allocations. */
  protected abstract InventoryPort newInventory();

  /** Sets the on hand of {@code sku} at {@code store}, with no safety stock. */
  protected void load(InventoryPort port, StoreId store, Sku sku, long onHand) {
    port.adjust(InventoryAdjustment.absolute(store, sku, onHand, ReasonCode.STOCK_COUNT));
  }

  @BeforeEach
  void createInventory() {
    inventory = newInventory();
  }

  @Test
  void reserve_holdsEveryLineAndLeavesOnHand() {
    load(inventory, STORE_1, SKU_A, 5);
    load(inventory, STORE_1, SKU_B, 3);

    ReservationResult result = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L, SKU_B, 3L));

    assertThat(result).isInstanceOf(ReservationResult.Reserved.class);
    Allocation allocation = ((ReservationResult.Reserved) result).allocation();
    assertThat(allocation.storeId()).isEqualTo(STORE_1);
    assertThat(allocation.held()).isEqualTo(Map.of(SKU_A, 2L, SKU_B, 3L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(5, 2, 0));
    assertThat(inventory.level(STORE_1, SKU_B)).isEqualTo(new StockLevel(3, 3, 0));
  }

  @Test
  void reserve_oneShortLineReservesNothing() {
    load(inventory, STORE_1, SKU_A, 5);
    load(inventory, STORE_1, SKU_B, 1);

    ReservationResult result = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L, SKU_B, 3L));

    assertThat(result)
        .isEqualTo(
            new ReservationResult.InsufficientStock(STORE_1, List.of(new Shortage(SKU_B, 3, 1))));
    assertThat(inventory.level(STORE_1, SKU_A).reserved()).isZero();
    assertThat(inventory.level(STORE_1, SKU_B).reserved()).isZero();
    assertThat(inventory.allocation(ORDER_1)).isEmpty();
  }

  @Test
  void reserve_skuNeverStockedIsShortOfEverything() {
    load(inventory, STORE_1, SKU_A, 5);

    ReservationResult result = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_B, 1L));

    assertThat(result)
        .isEqualTo(
            new ReservationResult.InsufficientStock(STORE_1, List.of(new Shortage(SKU_B, 1, 0))));
  }

  @Test
  void reserve_stockAtAnotherStoreDoesNotCount() {
    load(inventory, STORE_1, SKU_A, 1);
    load(inventory, STORE_2, SKU_A, 10);

    ReservationResult result = inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L));

    assertThat(result).isInstanceOf(ReservationResult.InsufficientStock.class);
    assertThat(inventory.level(STORE_2, SKU_A).reserved()).isZero();
  }

  @Test
  void reserve_secondOrderSeesFirstOrdersReservation() {
    load(inventory, STORE_1, SKU_A, 3);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L));

    ReservationResult second = inventory.reserve(ORDER_2, STORE_1, Map.of(SKU_A, 2L));

    assertThat(second)
        .isEqualTo(
            new ReservationResult.InsufficientStock(STORE_1, List.of(new Shortage(SKU_A, 2, 1))));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(3, 2, 0));
  }

  @Test
  void reserve_whileStillHoldingThrows() {
    load(inventory, STORE_1, SKU_A, 5);
    load(inventory, STORE_2, SKU_A, 5);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 1L));

    assertThatThrownBy(() -> inventory.reserve(ORDER_1, STORE_2, Map.of(SKU_A, 1L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ORDER_1.value());
    assertThat(inventory.level(STORE_2, SKU_A).reserved()).isZero();
  }

  @Test
  void reserve_afterReleaseAllSucceedsElsewhere() {
    load(inventory, STORE_1, SKU_A, 5);
    load(inventory, STORE_2, SKU_A, 5);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 2L));
    inventory.releaseAll(ORDER_1, ReasonCode.STORE_REJECTED);

    ReservationResult moved = inventory.reserve(ORDER_1, STORE_2, Map.of(SKU_A, 2L));

    assertThat(moved).isInstanceOf(ReservationResult.Reserved.class);
    assertThat(inventory.level(STORE_1, SKU_A).reserved()).isZero();
    assertThat(inventory.level(STORE_2, SKU_A).reserved()).isEqualTo(2);
    assertThat(inventory.allocation(ORDER_1).orElseThrow().storeId()).isEqualTo(STORE_2);
  }

  @Test
  void collect_takesUnitsOffHandAndReserved() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    Map<Sku, Long> collected = inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);

    assertThat(collected).isEqualTo(Map.of(SKU_A, 3L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(7, 1, 0));
  }

  @Test
  void collect_replayedTotalCollectsNothingMore() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));
    inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);

    Map<Sku, Long> replay = inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);

    assertThat(replay).isEmpty();
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(7, 1, 0));
  }

  @Test
  void collect_lowerTotalIsIgnored() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));
    inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);

    Map<Sku, Long> lower = inventory.collect(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.COLLECTED);

    assertThat(lower).isEmpty();
    assertThat(inventory.allocation(ORDER_1).orElseThrow().collected())
        .isEqualTo(Map.of(SKU_A, 3L));
  }

  @Test
  void collect_cappedAtWhatIsHeld() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    Map<Sku, Long> collected = inventory.collect(ORDER_1, Map.of(SKU_A, 9L), ReasonCode.COLLECTED);

    assertThat(collected).isEqualTo(Map.of(SKU_A, 4L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(6, 0, 0));
  }

  @Test
  void release_returnsUnitsToSellableStock() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    Map<Sku, Long> released = inventory.release(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.COLLECTED);

    assertThat(released).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(10, 3, 0));
  }

  @Test
  void release_neverReleasesCollectedUnits() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));
    inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);

    Map<Sku, Long> released =
        inventory.release(ORDER_1, Map.of(SKU_A, 4L), ReasonCode.NOT_COLLECTED);

    assertThat(released).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(7, 0, 0));
  }

  @Test
  void releaseAll_secondCallReleasesNothing() {
    load(inventory, STORE_1, SKU_A, 10);
    load(inventory, STORE_1, SKU_B, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L, SKU_B, 2L));
    inventory.collect(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.COLLECTED);

    Map<Sku, Long> first = inventory.releaseAll(ORDER_1, ReasonCode.CUSTOMER_CANCELLED);
    Map<Sku, Long> second = inventory.releaseAll(ORDER_1, ReasonCode.CUSTOMER_CANCELLED);

    assertThat(first).isEqualTo(Map.of(SKU_A, 3L, SKU_B, 2L));
    assertThat(second).isEmpty();
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(9, 0, 0));
    assertThat(inventory.level(STORE_1, SKU_B)).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(inventory.allocation(ORDER_1).orElseThrow().isSettled()).isTrue();
  }

  @Test
  void releaseAll_unknownOrderReleasesNothing() {
    load(inventory, STORE_1, SKU_A, 10);

    Map<Sku, Long> released = inventory.releaseAll(ORDER_1, ReasonCode.SYSTEM_CANCELLED);

    assertThat(released).isEmpty();
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(10, 0, 0));
  }

  @Test
  void writeOff_removesUnitsFromOnHandAndReserved() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    Map<Sku, Long> writtenOff =
        inventory.writeOff(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.SHORT_PICK);
    Map<Sku, Long> replay = inventory.writeOff(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.SHORT_PICK);

    assertThat(writtenOff).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(replay).isEmpty();
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(9, 3, 0));
    assertThat(inventory.allocation(ORDER_1).orElseThrow().held()).isEqualTo(Map.of(SKU_A, 3L));
  }

  @Test
  void allocation_emptyForOrderThatNeverReserved() {
    assertThat(inventory.allocation(ORDER_1)).isEmpty();
  }

  @Test
  void allocation_recordsEachLedger() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 6L));
    inventory.writeOff(ORDER_1, Map.of(SKU_A, 1L), ReasonCode.SHORT_PICK);
    inventory.collect(ORDER_1, Map.of(SKU_A, 3L), ReasonCode.COLLECTED);
    inventory.releaseAll(ORDER_1, ReasonCode.NOT_COLLECTED);

    Allocation allocation = inventory.allocation(ORDER_1).orElseThrow();

    assertThat(allocation.allocated()).isEqualTo(Map.of(SKU_A, 6L));
    assertThat(allocation.writtenOff()).isEqualTo(Map.of(SKU_A, 1L));
    assertThat(allocation.collected()).isEqualTo(Map.of(SKU_A, 3L));
    assertThat(allocation.released()).isEqualTo(Map.of(SKU_A, 2L));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(6, 0, 0));
  }

  @Test
  void adjust_absoluteAndRelativeChangeOnHand() {
    load(inventory, STORE_1, SKU_A, 10);

    StockLevel absolute =
        inventory.adjust(InventoryAdjustment.absolute(STORE_1, SKU_A, 7, ReasonCode.STOCK_COUNT));
    StockLevel relative =
        inventory.adjust(
            InventoryAdjustment.relative(STORE_1, SKU_A, -2, new ReasonCode("DAMAGED")));

    assertThat(absolute).isEqualTo(new StockLevel(7, 0, 0));
    assertThat(relative).isEqualTo(new StockLevel(5, 0, 0));
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(5, 0, 0));
  }

  @Test
  void adjust_belowReservedThrowsAndChangesNothing() {
    load(inventory, STORE_1, SKU_A, 10);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 4L));

    assertThatThrownBy(
            () ->
                inventory.adjust(
                    InventoryAdjustment.absolute(STORE_1, SKU_A, 3, ReasonCode.STOCK_COUNT)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(10, 4, 0));
  }

  @Test
  void availability_answersEveryStoreAndSku() {
    load(inventory, STORE_1, SKU_A, 5);
    load(inventory, STORE_2, SKU_B, 2);
    inventory.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 1L));
    StoreId unknown = StoreId.of("STORE-UNKNOWN");

    AvailabilityMatrix matrix =
        inventory.availability(List.of(STORE_1, STORE_2, unknown), List.of(SKU_A, SKU_B));

    assertThat(matrix.available(0, 0)).isEqualTo(4);
    assertThat(matrix.available(0, 1)).isZero();
    assertThat(matrix.available(1, 0)).isZero();
    assertThat(matrix.available(1, 1)).isEqualTo(2);
    assertThat(matrix.available(2, 0)).isZero();
    assertThat(matrix.available(2, 1)).isZero();
  }

  @Test
  void level_unknownStoreOrSkuIsNone() {
    assertThat(inventory.level(STORE_1, SKU_A)).isEqualTo(StockLevel.NONE);
  }

  @Test
  void reserve_lastUnitsOneWinner() throws InterruptedException {
    for (int round = 0; round < RACE_ROUNDS; round++) {
      InventoryPort fresh = newInventory();
      load(fresh, STORE_1, SKU_A, 3);
      List<Callable<ReservationResult>> racers = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        OrderId order = OrderId.of("RACER-" + i);
        racers.add(() -> fresh.reserve(order, STORE_1, Map.of(SKU_A, 2L)));
      }

      List<Race.Outcome<ReservationResult>> outcomes = Race.run(racers);

      long winners =
          outcomes.stream().filter(o -> o.value() instanceof ReservationResult.Reserved).count();
      long losers =
          outcomes.stream()
              .filter(o -> o.value() instanceof ReservationResult.InsufficientStock)
              .count();
      assertThat(outcomes).allMatch(Race.Outcome::returned);
      assertThat(winners).as("winners in round %d", round).isEqualTo(1);
      assertThat(losers).as("losers in round %d", round).isEqualTo(RACERS - 1);
      assertThat(fresh.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(3, 2, 0));
    }
  }

  @Test
  void releaseAll_racingCallsReleaseOnce() throws InterruptedException {
    for (int round = 0; round < RACE_ROUNDS; round++) {
      InventoryPort fresh = newInventory();
      load(fresh, STORE_1, SKU_A, 10);
      fresh.reserve(ORDER_1, STORE_1, Map.of(SKU_A, 6L));
      fresh.collect(ORDER_1, Map.of(SKU_A, 2L), ReasonCode.COLLECTED);
      List<Callable<Map<Sku, Long>>> racers = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        racers.add(() -> fresh.releaseAll(ORDER_1, ReasonCode.NOT_COLLECTED));
      }

      List<Race.Outcome<Map<Sku, Long>>> outcomes = Race.run(racers);

      assertThat(outcomes).allMatch(Race.Outcome::returned);
      long released =
          outcomes.stream()
              .mapToLong(o -> o.value() == null ? 0 : o.value().getOrDefault(SKU_A, 0L))
              .sum();
      assertThat(released).as("released in round %d", round).isEqualTo(4);
      assertThat(fresh.level(STORE_1, SKU_A)).isEqualTo(new StockLevel(8, 0, 0));
    }
  }
}
