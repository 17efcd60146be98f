package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * A search circle across the 180th meridian gave a bounding box with west greater than east, and a
 * {@code west <= lon <= east} filter then matched no store on the far side.
 */
class AntimeridianSearchRegressionTest {

  private static final ZoneId FIJI = ZoneId.of("Pacific/Fiji");
  private static final Sku SNORKEL = Sku.of("SNORKEL");
  private static final GeoPoint CUSTOMER = GeoPoint.of(-16.5, 179.95);
  private static final Cart CART = Cart.of(OrderLine.of("SNORKEL", 1));
  private static final Instant PLACED_AT = Instant.parse("2025-06-02T00:00:00Z");

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final List<PickupLocation> stores =
      List.of(
          Stores.store("FJ-E", -16.55, -179.95, FIJI),
          Stores.store("FJ-S", -16.9, 179.9, FIJI),
          Stores.store("FJ-W", -16.5, 179.5, FIJI));
  private final StoreIndex index = StoreIndex.of(stores);

  AntimeridianSearchRegressionTest() {
    for (PickupLocation store : stores) {
      inventory.put(store.id(), SNORKEL, 1, 0);
    }
  }

  private List<PickupOption> search(double radiusKm) {
    PickupOptionsService service =
        PickupOptionsService.builder(index, AvailabilitySource.of(inventory)).build();
    return service.options(
        PickupOptionsRequest.builder(CUSTOMER, CART, PLACED_AT)
            .radius(radiusKm, DistanceUnit.KILOMETERS)
            .build());
  }

  @Test
  void options_within25KmFindStoreAcrossMeridian() {
    List<PickupOption> options = search(25);

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("FJ-E"));
    assertThat(options.get(0).distance()).isCloseTo(12.02, within(0.05));
  }

  @Test
  void options_within50KmListAllNearestFirst() {
    List<PickupOption> options = search(50);

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("FJ-E"), StoreId.of("FJ-S"), StoreId.of("FJ-W"));
    assertThat(options.get(1).distance()).isCloseTo(44.80, within(0.05));
    assertThat(options.get(2).distance()).isCloseTo(47.98, within(0.05));
  }

  @Test
  void candidates_findStoreAcrossMeridian() {
    NearestStoreFinder finder =
        new NearestStoreFinder(
            index, AvailabilitySource.of(inventory), 25, DistanceUnit.KILOMETERS);

    List<StoreId> found =
        finder.candidates(
            new SourcingRequest(CUSTOMER, Map.of(SNORKEL, 1L), PickupMethod.IN_STORE, Set.of(), 5));

    assertThat(found).containsExactly(StoreId.of("FJ-E"));
  }

  @Test
  void distance_isSymmetricAcrossMeridian() {
    GeoPoint east = GeoPoint.of(-16.55, -179.95);

    assertThat(GreatCircle.distanceKm(CUSTOMER, east))
        .isEqualTo(GreatCircle.distanceKm(east, CUSTOMER));
  }

  @Test
  void nearest_findsStoreAcrossNorthPole() {
    // Half a meridian apart at latitude 89.9: the shortest path crosses the pole, 0.2 degrees.
    PickupLocation polar = Stores.store("POLAR", 89.9, -150.0);
    StoreIndex polarIndex = StoreIndex.of(List.of(polar));

    List<StoreDistance> found =
        polarIndex.nearest(GeoPoint.of(89.9, 30.0), 25, DistanceUnit.KILOMETERS, 1);

    assertThat(found).extracting(StoreDistance::store).containsExactly(polar);
    assertThat(found.get(0).distance()).isCloseTo(22.2, within(0.05));
  }
}
