package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.geo.AvailabilitySource;
import dev.bopis.geo.PickupOptionsService;
import dev.bopis.geo.StoreIndex;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON contract's pickup-options query run through the real geo ranking. */
class GeoPickupOptionsTest {

  private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-02T06:00:00Z"), ZoneOffset.UTC);

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final GeoPickupOptions query;

  GeoPickupOptionsTest() {
    InMemoryStoreDirectory stores =
        new InMemoryStoreDirectory(
            List.of(
                store("SHOP-01", 25.2100, 55.3000, true),
                store("SHOP-02", 25.2500, 55.3000, true),
                store("DC-01", 25.0500, 55.1500, false)));
    inventory.put(StoreId.of("SHOP-01"), Sku.of("TEE-BLU-M"), 0, 0);
    inventory.put(StoreId.of("SHOP-01"), Sku.of("TEE-BLU-L"), 4, 0);
    inventory.put(StoreId.of("SHOP-02"), Sku.of("TEE-BLU-M"), 2, 0);
    inventory.put(StoreId.of("DC-01"), Sku.of("TEE-BLU-M"), 5, 0);
    PickupOptionsService service =
        PickupOptionsService.builder(StoreIndex.of(stores), AvailabilitySource.of(inventory))
            .build();
    query = new GeoPickupOptions(service, CLOCK);
  }

  @Test
  void find_listsWholeCartStoresBeforePartialOnes() {
    PickupOptionsRequest request =
        new PickupOptionsRequest(
            GeoPoint.of(25.2000, 55.3000),
            new Distance(10, DistanceUnit.MI),
            Cart.of(OrderLine.of("TEE-BLU-M", 1)),
            null,
            10);

    List<PickupOption> options = query.find(request).options();

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("SHOP-02"), StoreId.of("SHOP-01"));
    assertThat(options.get(0).canFillCart()).isTrue();
    assertThat(options.get(1).canFillCart()).isFalse();
    assertThat(options.get(1).shortLines())
        .containsExactly(new Shortage(Sku.of("TEE-BLU-M"), 1, 0));
  }

  @Test
  void find_reportsDistanceInRequestUnit() {
    PickupOptionsRequest request =
        new PickupOptionsRequest(
            GeoPoint.of(25.2000, 55.3000),
            new Distance(10, DistanceUnit.MI),
            Cart.of(OrderLine.of("TEE-BLU-L", 1)),
            PickupMethod.IN_STORE,
            10);

    List<PickupOption> options = query.find(request).options();

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("SHOP-01"), StoreId.of("SHOP-02"));
    assertThat(options.get(1).canFillCart()).isFalse();
    assertThat(options.get(0).distance().unit()).isEqualTo(DistanceUnit.MI);
    // 0.01 degree of latitude is 1.112 km, or 0.691 mi.
    assertThat(options.get(0).distance().value()).isCloseTo(0.691, within(0.001));
    assertThat(options.get(0).ready()).isNotNull();
  }

  private static PickupLocation store(String id, double lat, double lon, boolean pickup) {
    return new PickupLocation(
        StoreId.of(id),
        id,
        GeoPoint.of(lat, lon),
        StoreCalendar.alwaysOpen(DUBAI),
        pickup ? Set.of(PickupMethod.IN_STORE) : Set.of(),
        pickup,
        Duration.ofMinutes(30),
        null,
        10,
        0);
  }
}
