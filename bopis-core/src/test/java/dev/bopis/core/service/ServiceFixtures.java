package dev.bopis.core.service;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;

/**
 * Three always-open stores in Madrid on one meridian, 0.1 km, 2.6 km and 9.3 km north of the
 * customer, each stocking 10 units of {@code SKU-A} and {@code SKU-B}.
 */
final class ServiceFixtures {

  static final StoreId NEAR = StoreId.of("STORE-NEAR");
  static final StoreId MID = StoreId.of("STORE-MID");
  static final StoreId FAR = StoreId.of("STORE-FAR");
  static final Sku SKU_A = Sku.of("SKU-A");
  static final Sku SKU_B = Sku.of("SKU-B");
  static final OrderId ORDER = OrderId.of("ORDER-1");
  static final double CUSTOMER_LATITUDE = 40.4170;
  static final double CUSTOMER_LONGITUDE = -3.7040;

  private ServiceFixtures() {}

  /** Returns a harness builder with the three stores stocked. */
  static PickupHarness.Builder threeStores() {
    PickupHarness.Builder builder =
        PickupHarness.builder()
            .store(TestStores.store("STORE-NEAR").at(40.4180, -3.7040).zone("Europe/Madrid"))
            .store(TestStores.store("STORE-MID").at(40.4400, -3.7040).zone("Europe/Madrid"))
            .store(TestStores.store("STORE-FAR").at(40.5000, -3.7040).zone("Europe/Madrid"));
    for (String store : new String[] {"STORE-NEAR", "STORE-MID", "STORE-FAR"}) {
      builder.stock(store, "SKU-A", 10).stock(store, "SKU-B", 10);
    }
    return builder;
  }

  /** Returns an order of 2 x SKU-A and 1 x SKU-B from the customer, with no store chosen. */
  static TestOrders.Builder nearbyOrder() {
    return TestOrders.order("ORDER-1")
        .line("SKU-A", 2)
        .line("SKU-B", 1)
        .near(CUSTOMER_LATITUDE, CUSTOMER_LONGITUDE);
  }

  /** Returns an order of 2 x SKU-A and 1 x SKU-B at {@code store}. */
  static TestOrders.Builder orderAt(String store) {
    return TestOrders.order("ORDER-1").line("SKU-A", 2).line("SKU-B", 1).at(store);
  }
}
