package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Swapped latitude and longitude changed every haversine distance and flipped a ranking at high
 * latitude. Out-of-range coordinates must be rejected, not searched.
 */
class SwappedCoordinatesRegressionTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final GeoPoint CUSTOMER = GeoPoint.of(60.0, 10.0);
  private static final Cart CART = Cart.of(OrderLine.of("SKI-WAX", 1));
  private static final Instant PLACED_AT = Instant.parse("2025-01-15T09:00:00Z");

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final PickupOptionsService service;

  SwappedCoordinatesRegressionTest() {
    inventory.put(StoreId.of("OSL-N"), Sku.of("SKI-WAX"), 2, 0);
    inventory.put(StoreId.of("OSL-E"), Sku.of("SKI-WAX"), 2, 0);
    StoreIndex index =
        StoreIndex.of(
            List.of(
                Stores.store("OSL-N", 60.1, 10.0, OSLO), Stores.store("OSL-E", 60.0, 10.15, OSLO)));
    service = PickupOptionsService.builder(index, AvailabilitySource.of(inventory)).build();
  }

  private List<PickupOption> search(GeoPoint customer, double radius, DistanceUnit unit) {
    return service.options(
        PickupOptionsRequest.builder(customer, CART, PLACED_AT).radius(radius, unit).build());
  }

  @Test
  void options_rankEastStoreFirstAtExactDistances() {
    List<PickupOption> options = search(CUSTOMER, 50, DistanceUnit.KILOMETERS);

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("OSL-E"), StoreId.of("OSL-N"));
    assertThat(options.get(0).distance()).isCloseTo(8.34, within(0.05));
    assertThat(options.get(1).distance()).isCloseTo(11.12, within(0.05));
  }

  @Test
  void options_reportDistancesInMiles() {
    List<PickupOption> options = search(CUSTOMER, 50, DistanceUnit.MILES);

    assertThat(options.get(0).distance()).isCloseTo(5.18, within(0.05 / 1.609344));
    assertThat(options.get(1).distance()).isCloseTo(6.91, within(0.05 / 1.609344));
  }

  @Test
  void options_within10KmListOnlyEastStore() {
    assertThat(search(CUSTOMER, 10, DistanceUnit.KILOMETERS))
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("OSL-E"));
  }

  @Test
  void options_within10MilesListBothStores() {
    assertThat(search(CUSTOMER, 10, DistanceUnit.MILES))
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("OSL-E"), StoreId.of("OSL-N"));
  }

  @Test
  void options_swappedCustomerPositionFindsNoStore() {
    GeoPoint swapped = GeoPoint.of(CUSTOMER.longitude(), CUSTOMER.latitude());

    assertThat(search(swapped, 10, DistanceUnit.MILES)).isEmpty();
  }

  @Test
  void geoPoint_rejectsLatitudeOutOfRange() {
    assertThatThrownBy(() -> GeoPoint.of(151.21, -33.87))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude 151.21 is outside [-90, 90]");
  }
}
