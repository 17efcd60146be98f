package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.PreparationRule;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.ReadyTimeSettings;
import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.RecordingNotifier;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityCacheTest {

  private static final Sku MUG = Sku.of("MUG");
  private static final StoreId NEAR = StoreId.of("NEAR");
  private static final StoreId FAR = StoreId.of("FAR");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-04T10:00:00Z"));
  private final InMemoryInventory inventory = new InMemoryInventory();
  private final CountingSource source = new CountingSource(inventory);
  private final AvailabilityCache cache =
      AvailabilityCache.over(source, Duration.ofSeconds(2), clock);

  @Test
  void availability_servesRepeatedCallFromCache() {
    inventory.put(NEAR, MUG, 3, 0);

    AvailabilityMatrix first = cache.availability(List.of(NEAR), List.of(MUG));
    AvailabilityMatrix second = cache.availability(List.of(NEAR), List.of(MUG));

    assertThat(first.available(0, 0)).isEqualTo(3);
    assertThat(second.available(0, 0)).isEqualTo(3);
    assertThat(source.calls()).hasSize(1);
  }

  @Test
  void availability_readsOnlyMissingStoresInOneCall() {
    inventory.put(NEAR, MUG, 3, 0);
    inventory.put(FAR, MUG, 5, 0);
    cache.availability(List.of(NEAR), List.of(MUG));

    AvailabilityMatrix both = cache.availability(List.of(FAR, NEAR), List.of(MUG));

    assertThat(both.stores()).containsExactly(FAR, NEAR);
    assertThat(both.available(0, 0)).isEqualTo(5);
    assertThat(both.available(1, 0)).isEqualTo(3);
    assertThat(source.calls()).containsExactly(List.of(NEAR), List.of(FAR));
  }

  @Test
  void availability_isStaleAtMostMaxStaleness() {
    inventory.put(NEAR, MUG, 3, 0);
    cache.availability(List.of(NEAR), List.of(MUG));
    inventory.put(NEAR, MUG, 0, 0);

    clock.advance(Duration.ofMillis(1_999));
    long withinBound = cache.availability(List.of(NEAR), List.of(MUG)).available(0, 0);
    clock.advance(Duration.ofMillis(1));
    long afterBound = cache.availability(List.of(NEAR), List.of(MUG)).available(0, 0);

    assertThat(withinBound).isEqualTo(3);
    assertThat(afterBound).isZero();
  }

  @Test
  void invalidateAll_forcesFreshRead() {
    inventory.put(NEAR, MUG, 3, 0);
    cache.availability(List.of(NEAR), List.of(MUG));
    inventory.put(NEAR, MUG, 1, 0);

    cache.invalidateAll();

    assertThat(cache.availability(List.of(NEAR), List.of(MUG)).available(0, 0)).isEqualTo(1);
  }

  @Test
  void staleCache_neverOversells() {
    PickupLocation near = Stores.store("NEAR", 0, 0.01);
    PickupLocation far = Stores.store("FAR", 0, 0.05);
    inventory.put(NEAR, MUG, 1, 0);
    inventory.put(FAR, MUG, 1, 0);
    StoreIndex index = StoreIndex.of(List.of(near, far));
    NearestStoreFinder finder = new NearestStoreFinder(index, cache);
    PickupService service =
        PickupService.builder()
            .stores(new InMemoryStoreDirectory(List.of(near, far)))
            .inventory(inventory)
            .orders(new InMemoryOrderRepository())
            .notifier(new RecordingNotifier())
            .candidates(finder)
            .clock(clock)
            .build();
    PickupOptionsService options =
        PickupOptionsService.builder(index, cache)
            .estimator(
                new ReadyTimeEstimator(new ReadyTimeSettings(PreparationRule.WITHIN_ONE_PERIOD)))
            .build();
    Cart cart = Cart.of(OrderLine.of("MUG", 1));
    // Warm the cache, then sell the last unit at NEAR through another channel.
    options.options(PickupOptionsRequest.builder(GeoPoint.of(0, 0), cart, clock.instant()).build());
    ReservationResult elsewhere = inventory.reserve(OrderId.of("OTHER"), NEAR, Map.of(MUG, 1L));

    List<PickupOption> staleView =
        options.options(
            PickupOptionsRequest.builder(GeoPoint.of(0, 0), cart, clock.instant()).build());
    PlacementResult placed = service.place(placeOrder("ORDER-1", cart));

    assertThat(elsewhere).isInstanceOf(ReservationResult.Reserved.class);
    assertThat(staleView).extracting(PickupOption::storeId).containsExactly(NEAR, FAR);
    assertThat(placed).isInstanceOf(PlacementResult.Placed.class);
    assertThat(((PlacementResult.Placed) placed).order().storeId()).isEqualTo(FAR);
    assertThat(inventory.level(NEAR, MUG)).isEqualTo(new StockLevel(1, 1, 0));
    assertThat(inventory.level(FAR, MUG)).isEqualTo(new StockLevel(1, 1, 0));
  }

  @Test
  void staleCache_declinesWhenStockIsGone() {
    PickupLocation near = Stores.store("NEAR", 0, 0.01);
    inventory.put(NEAR, MUG, 1, 0);
    StoreIndex index = StoreIndex.of(List.of(near));
    PickupService service =
        PickupService.builder()
            .stores(new InMemoryStoreDirectory(List.of(near)))
            .inventory(inventory)
            .orders(new InMemoryOrderRepository())
            .notifier(new RecordingNotifier())
            .candidates(new NearestStoreFinder(index, cache))
            .clock(clock)
            .build();
    Cart cart = Cart.of(OrderLine.of("MUG", 1));
    cache.availability(List.of(NEAR), List.of(MUG));
    inventory.reserve(OrderId.of("OTHER"), NEAR, Map.of(MUG, 1L));

    PlacementResult placed = service.place(placeOrder("ORDER-2", cart));

    assertThat(placed).isInstanceOf(PlacementResult.Declined.class);
    assertThat(inventory.level(NEAR, MUG)).isEqualTo(new StockLevel(1, 1, 0));
  }

  @Test
  void over_rejectsStalenessOutsideRange() {
    assertThatThrownBy(() -> AvailabilityCache.over(source, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxStaleness PT0S is outside [PT0.001S, PT5M]");
    assertThatThrownBy(() -> AvailabilityCache.over(source, Duration.ofMinutes(6), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxStaleness PT6M is outside");
  }

  @Test
  void over_rejectsMaximumEntriesBelowOne() {
    assertThatThrownBy(() -> AvailabilityCache.over(source, Duration.ofSeconds(2), 0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximumEntries 0 is invalid");
  }

  private static PlaceOrder placeOrder(String orderId, Cart cart) {
    return new PlaceOrder(
        OrderId.of(orderId),
        CommandId.of("place-" + orderId),
        new Customer("C-1", "c1@example.com", null, ContactChannel.EMAIL),
        GeoPoint.of(0, 0),
        cart,
        PickupMethod.IN_STORE,
        null,
        null);
  }
}
