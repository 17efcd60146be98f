package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.store.PickupLocation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stock at a location that does not offer pickup, or stock of another variant of the product, made
 * a store look eligible for a cart it could not fill.
 */
class StockAtNonPickupLocationRegressionTest {

  private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
  private static final Sku MEDIUM = Sku.of("TEE-BLU-M");
  private static final Sku LARGE = Sku.of("TEE-BLU-L");
  private static final GeoPoint CUSTOMER = GeoPoint.of(25.2, 55.3);
  private static final Instant PLACED_AT = Instant.parse("2025-05-05T06:00:00Z");

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final StoreIndex index;

  StockAtNonPickupLocationRegressionTest() {
    PickupLocation shop = Stores.store("SHOP-01", 25.21, 55.3, DUBAI);
    PickupLocation warehouse = Stores.disabled(Stores.store("DC-01", 25.05, 55.15, DUBAI));
    inventory.put(shop.id(), MEDIUM, 0, 0);
    inventory.put(shop.id(), LARGE, 4, 0);
    inventory.put(warehouse.id(), MEDIUM, 5, 0);
    index = StoreIndex.of(List.of(shop, warehouse));
  }

  private List<PickupOption> options(Cart cart, boolean includePartial) {
    PickupOptionsService service =
        PickupOptionsService.builder(index, AvailabilitySource.of(inventory)).build();
    return service.options(
        PickupOptionsRequest.builder(CUSTOMER, cart, PLACED_AT)
            .includePartial(includePartial)
            .build());
  }

  private List<StoreId> candidates(Sku sku) {
    NearestStoreFinder finder = new NearestStoreFinder(index, AvailabilitySource.of(inventory));
    return finder.candidates(
        new SourcingRequest(CUSTOMER, Map.of(sku, 1L), PickupMethod.IN_STORE, Set.of(), 10));
  }

  @Test
  void options_mediumIsEligibleNowhere() {
    assertThat(options(Cart.of(OrderLine.of("TEE-BLU-M", 1)), false)).isEmpty();
    assertThat(candidates(MEDIUM)).isEmpty();
  }

  @Test
  void options_listShopShortButNotWarehouse() {
    List<PickupOption> options = options(Cart.of(OrderLine.of("TEE-BLU-M", 1)), true);

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("SHOP-01"));
    assertThat(options.get(0).canFillCart()).isFalse();
    assertThat(options.get(0).shortLines()).containsExactly(new ShortLine(MEDIUM, 1, 0));
    assertThat(options.get(0).shortLines().get(0).missing()).isEqualTo(1);
  }

  @Test
  void options_largeIsEligibleAtShop() {
    List<PickupOption> options = options(Cart.of(OrderLine.of("TEE-BLU-L", 1)), false);

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("SHOP-01"));
    assertThat(options.get(0).canFillCart()).isTrue();
    assertThat(candidates(LARGE)).containsExactly(StoreId.of("SHOP-01"));
  }
}
