package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stock at a location without pickup, or stock of another variant, made a store look able to fill a
 * pickup cart. Only available units of the concrete SKU at that store may count.
 */
class StockThatCannotServePickupRegressionTest {

  private static final StoreId SHOP_01 = StoreId.of("SHOP-01");
  private static final StoreId DC_01 = StoreId.of("DC-01");
  private static final Sku TEE_BLU_M = Sku.of("TEE-BLU-M");

  /** SHOP-01 takes pickup but has no medium tee; the warehouse DC-01 has five but no pickup. */
  private static PickupHarness.Builder dubai() {
    return PickupHarness.builder()
        .store(TestStores.store("SHOP-01").at(25.2100, 55.3000).zone("Asia/Dubai"))
        .store(TestStores.store("DC-01").at(25.0500, 55.1500).zone("Asia/Dubai").pickupDisabled())
        .stock("SHOP-01", "TEE-BLU-M", 0)
        .stock("SHOP-01", "TEE-BLU-L", 4)
        .stock("DC-01", "TEE-BLU-M", 5);
  }

  private static TestOrders.Builder mediumTee() {
    return TestOrders.order("O1").line("TEE-BLU-M", 1);
  }

  @Test
  void place_missingSkuIsInsufficientStock() {
    PickupHarness harness = dubai().build();

    PlacementResult result = harness.service().place(mediumTee().at("SHOP-01").build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.INSUFFICIENT_STOCK);
    assertThat(declined.shortages()).containsExactly(new Shortage(TEE_BLU_M, 1, 0));
    assertThat(harness.level("SHOP-01", "TEE-BLU-M")).isEqualTo(new StockLevel(0, 0, 0));
    assertThat(harness.level("SHOP-01", "TEE-BLU-L")).isEqualTo(new StockLevel(4, 0, 0));
    assertThat(harness.level("DC-01", "TEE-BLU-M")).isEqualTo(new StockLevel(5, 0, 0));
    assertThat(harness.service().find(OrderId.of("O1"))).isEmpty();
  }

  @Test
  void place_atWarehouseIsRefusedAndReservesNothing() {
    PickupHarness harness = dubai().build();

    PlacementResult result = harness.service().place(mediumTee().at("DC-01").build());

    assertThat(((PlacementResult.Declined) result).reason())
        .isEqualTo(PlacementResult.DeclineReason.STORE_NOT_AVAILABLE);
    assertThat(harness.level("DC-01", "TEE-BLU-M").reserved()).isZero();
  }

  @Test
  void place_nearestNeverUsesTheWarehouse() {
    PickupHarness harness = dubai().build();

    PlacementResult result = harness.service().place(mediumTee().near(25.2000, 55.3000).build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART);
    assertThat(harness.level("DC-01", "TEE-BLU-M").reserved()).isZero();
    assertThat(harness.level("SHOP-01", "TEE-BLU-M").reserved()).isZero();
  }

  @Test
  void place_finderProposingTheWarehouseIsOverruled() {
    PickupHarness harness = dubai().candidates(h -> request -> List.of(DC_01, SHOP_01)).build();

    PlacementResult result = harness.service().place(mediumTee().near(25.2000, 55.3000).build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART);
    assertThat(declined.shortages()).containsExactly(new Shortage(TEE_BLU_M, 1, 0));
    assertThat(harness.level("DC-01", "TEE-BLU-M").reserved()).isZero();
  }

  @Test
  void place_otherVariantAtPickupStoreIsPlaced() {
    PickupHarness harness = dubai().build();

    PlacementResult result =
        harness
            .service()
            .place(TestOrders.order("O2").line("TEE-BLU-L", 1).near(25.2000, 55.3000).build());

    assertThat(((PlacementResult.Placed) result).order().storeId()).isEqualTo(SHOP_01);
    assertThat(harness.level("SHOP-01", "TEE-BLU-L")).isEqualTo(new StockLevel(4, 1, 0));
  }

  @Test
  void reject_neverReroutesToTheWarehouse() {
    PickupHarness harness = dubai().candidates(h -> request -> List.of(DC_01, SHOP_01)).build();
    harness.placed(TestOrders.order("O2").line("TEE-BLU-L", 1).at("SHOP-01").build());

    CommandResult result =
        harness.service().reject(OrderId.of("O2"), SHOP_01, CommandId.of("reject"), "busy");

    assertThat(result.order().state()).isEqualTo(OrderState.UNFULFILLABLE);
    assertThat(harness.level("DC-01", "TEE-BLU-M").reserved()).isZero();
    assertThat(harness.level("SHOP-01", "TEE-BLU-L")).isEqualTo(new StockLevel(4, 0, 0));
  }
}
