package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bopis.core.calendar.OpeningPeriod;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupOptionsServiceTest {

  private static final GeoPoint CUSTOMER = GeoPoint.of(0, 0);
  private static final Instant PLACED_AT = Instant.parse("2025-03-04T10:00:00Z");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku TEA = Sku.of("TEA");

  private final InMemoryInventory inventory = new InMemoryInventory();

  private PickupOptionsService service(List<PickupLocation> stores) {
    return PickupOptionsService.builder(StoreIndex.of(stores), AvailabilitySource.of(inventory))
        .build();
  }

  private static PickupOptionsRequest.Builder request(OrderLine... lines) {
    return PickupOptionsRequest.builder(CUSTOMER, Cart.of(lines), PLACED_AT);
  }

  private void stock(String store, Sku sku, long units) {
    inventory.put(StoreId.of(store), sku, units, 0);
  }

  @Test
  void options_listsNearestWithDetails() {
    PickupLocation near = Stores.store("NEAR", 0, 0.05);
    PickupLocation far = Stores.store("FAR", 0, 0.1);
    stock("NEAR", MUG, 3);
    stock("FAR", MUG, 3);

    List<PickupOption> options =
        service(List.of(far, near)).options(request(OrderLine.of("MUG", 2)).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("NEAR"), StoreId.of("FAR"));
    PickupOption first = options.get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.name()).isEqualTo("Store NEAR");
    assertThat(first.distance()).isCloseTo(5.56, within(0.01));
    assertThat(first.unit()).isEqualTo(DistanceUnit.KILOMETERS);
    assertThat(first.canFillCart()).isTrue();
    assertThat(first.shortLines()).isEmpty();
    assertThat(first.methods())
        .containsExactlyInAnyOrder(PickupMethod.IN_STORE, PickupMethod.CURBSIDE);
    assertThat(first.preparationLead()).isEqualTo(Duration.ofMinutes(30));
    assertThat(first.sameDayCutoff()).isNull();
    assertThat(first.workload()).isEqualTo(new Workload(0, 12));
  }

  @Test
  void options_estimatesReadyTimeInStoreZone() {
    PickupLocation store = Stores.store("TOKYO", 0, 0.05, ZoneId.of("Asia/Tokyo"));
    stock("TOKYO", MUG, 1);

    PickupOption option =
        service(List.of(store)).options(request(OrderLine.of("MUG", 1)).build()).get(0);

    assertThat(option.readyEstimate().readyAt()).isEqualTo(PLACED_AT.plus(Duration.ofMinutes(30)));
    assertThat(option.readyEstimate().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(option.readyEstimate().localReadyAt())
        .isEqualTo(LocalDateTime.of(2025, 3, 4, 19, 30));
    assertThat(option.readyEstimate().promise()).isEqualTo(ReadyPromise.IN_1_HOUR);
  }

  @Test
  void options_queueDelaysReadyTime() {
    PickupLocation store = Stores.store("BUSY", 0, 0.05);
    stock("BUSY", MUG, 1);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(List.of(store)), AvailabilitySource.of(inventory))
            .workload(id -> 6)
            .build();

    PickupOption option = service.options(request(OrderLine.of("MUG", 1)).build()).get(0);

    // 6 orders at 12 per hour is a 30-minute queue before the 30-minute lead.
    assertThat(option.readyEstimate().readyAt()).isEqualTo(PLACED_AT.plus(Duration.ofHours(1)));
    assertThat(option.workload()).isEqualTo(new Workload(6, 12));
  }

  @Test
  void options_leavesOutPartialStoresUnlessAsked() {
    stock("PARTIAL", MUG, 1);
    stock("PARTIAL", TEA, 1);
    List<PickupLocation> stores = List.of(Stores.store("PARTIAL", 0, 0.01));
    PickupOptionsRequest.Builder request = request(OrderLine.of("MUG", 1), OrderLine.of("TEA", 2));

    List<PickupOption> wholeOnly = service(stores).options(request.build());
    List<PickupOption> withPartial = service(stores).options(request.includePartial(true).build());

    assertThat(wholeOnly).isEmpty();
    assertThat(withPartial)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("PARTIAL"));
    assertThat(withPartial.get(0).canFillCart()).isFalse();
    assertThat(withPartial.get(0).shortLines()).containsExactly(new ShortLine(TEA, 2, 1));
  }

  @Test
  void options_listsPartialStoresAfterWholeCartStores() {
    stock("WHOLE", MUG, 2);
    stock("PARTIAL", MUG, 1);

    List<PickupOption> options =
        service(List.of(Stores.store("PARTIAL", 0, 0.01), Stores.store("WHOLE", 0, 0.2)))
            .options(request(OrderLine.of("MUG", 2)).includePartial(true).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("WHOLE"), StoreId.of("PARTIAL"));
    assertThat(options.get(1).shortLines()).containsExactly(new ShortLine(MUG, 2, 1));
    assertThat(options.get(1).rank()).isEqualTo(2);
  }

  @Test
  void options_sumsLinesOfOneSkuBeforeChecking() {
    stock("A", MUG, 3);

    List<PickupOption> options =
        service(List.of(Stores.store("A", 0, 0.01)))
            .options(
                request(OrderLine.of("MUG", 2), OrderLine.of("MUG", 2))
                    .includePartial(true)
                    .build());

    assertThat(options.get(0).canFillCart()).isFalse();
    assertThat(options.get(0).shortLines()).containsExactly(new ShortLine(MUG, 4, 3));
  }

  @Test
  void options_keepsOnlyStoresOfferingRequestedMethod() {
    stock("IN-ONLY", MUG, 1);
    stock("BOTH", MUG, 1);
    PickupLocation inStoreOnly =
        Stores.offering(Stores.store("IN-ONLY", 0, 0.01), Set.of(PickupMethod.IN_STORE));

    List<PickupOption> options =
        service(List.of(inStoreOnly, Stores.store("BOTH", 0, 0.2)))
            .options(request(OrderLine.of("MUG", 1)).method(PickupMethod.CURBSIDE).build());

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("BOTH"));
  }

  @Test
  void options_skipsStoreWithoutCapacityLeft() {
    stock("BUSY", MUG, 1);
    stock("IDLE", MUG, 1);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(List.of(Stores.store("BUSY", 0, 0.01), Stores.store("IDLE", 0, 0.2))),
                AvailabilitySource.of(inventory))
            .workload(id -> id.value().equals("BUSY") ? 12 * 24 + 1 : 0)
            .build();

    List<PickupOption> options = service.options(request(OrderLine.of("MUG", 1)).build());

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("IDLE"));
  }

  @Test
  void options_replacesNeverOpenStore() {
    stock("CLOSED", MUG, 1);
    stock("OPEN-1", MUG, 1);
    stock("OPEN-2", MUG, 1);
    PickupLocation closed = Stores.withHours(Stores.store("CLOSED", 0, 0.01), WeeklyHours.closed());

    List<PickupOption> options =
        service(List.of(closed, Stores.store("OPEN-1", 0, 0.02), Stores.store("OPEN-2", 0, 0.03)))
            .options(request(OrderLine.of("MUG", 1)).maxResults(2).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("OPEN-1"), StoreId.of("OPEN-2"));
    assertThat(options).extracting(PickupOption::rank).containsExactly(1, 2);
  }

  @Test
  void options_readyTimeFollowsOpeningHours() {
    stock("DAYTIME", MUG, 1);
    PickupLocation daytime =
        Stores.withHours(
            Stores.store("DAYTIME", 0, 0.01),
            WeeklyHours.builder()
                .daily(OpeningPeriod.of(LocalTime.of(12, 0), LocalTime.of(20, 0)))
                .build());

    PickupOption option =
        service(List.of(daytime)).options(request(OrderLine.of("MUG", 1)).build()).get(0);

    assertThat(option.readyEstimate().readyAt()).isEqualTo(Instant.parse("2025-03-04T12:30:00Z"));
  }

  @Test
  void options_callsAvailabilityOnceWithEveryEligibleStore() {
    stock("A", MUG, 1);
    stock("B", MUG, 1);
    CountingSource source = new CountingSource(inventory);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(
                    List.of(
                        Stores.store("A", 0, 0.01),
                        Stores.store("B", 0, 0.02),
                        Stores.store("C", 0, 0.03),
                        Stores.store("OUTSIDE", 0, 5))),
                source)
            .build();

    service.options(
        request(OrderLine.of("MUG", 1), OrderLine.of("TEA", 1)).includePartial(true).build());

    assertThat(source.calls()).hasSize(1);
    assertThat(source.calls().get(0))
        .containsExactlyInAnyOrder(StoreId.of("A"), StoreId.of("B"), StoreId.of("C"));
  }

  @Test
  void options_withNoStoreInRadiusSkipsAvailability() {
    CountingSource source = new CountingSource(inventory);
    PickupOptionsService service =
        PickupOptionsService.builder(StoreIndex.of(List.of(Stores.store("FAR", 0, 5))), source)
            .build();

    List<PickupOption> options =
        service.options(
            request(OrderLine.of("MUG", 1)).radius(10, DistanceUnit.KILOMETERS).build());

    assertThat(options).isEmpty();
    assertThat(source.calls()).isEmpty();
  }

  @Test
  void options_explainsRankingWithEveryCriterion() {
    stock("A", MUG, 5);

    PickupOption option =
        service(List.of(Stores.withPriority(Stores.store("A", 0, 0.05), 3)))
            .options(request(OrderLine.of("MUG", 2)).build())
            .get(0);

    assertThat(option.ranking())
        .extracting(RankingFactor::criterion)
        .containsExactly(
            "whole-cart", "distance-km", "priority", "capacity-headroom", "stock-balance");
    assertThat(option.ranking().get(0).value()).isEqualTo(1.0);
    assertThat(option.ranking().get(1).value()).isCloseTo(5.56, within(0.01));
    assertThat(option.ranking().get(2).value()).isEqualTo(3.0);
    assertThat(option.ranking().get(3).value()).isEqualTo(12.0);
    assertThat(option.ranking().get(4).value()).isEqualTo(3.0);
  }

  @Test
  void options_breaksDistanceBandTiesByPriority() {
    stock("NEAR-LOW", MUG, 1);
    stock("FAR-HIGH", MUG, 1);
    RankingPolicy bands =
        RankingPolicy.defaults()
            .withCriteria(
                List.of(
                    RankingCriterion.WHOLE_CART_FIRST,
                    RankingCriterion.distanceBands(10),
                    RankingCriterion.PRIORITY));
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(
                    List.of(
                        Stores.withPriority(Stores.store("NEAR-LOW", 0, 0.01), 5),
                        Stores.withPriority(Stores.store("FAR-HIGH", 0, 0.05), 1))),
                AvailabilitySource.of(inventory))
            .policy(bands)
            .build();

    List<PickupOption> options = service.options(request(OrderLine.of("MUG", 1)).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("FAR-HIGH"), StoreId.of("NEAR-LOW"));
  }

  @Test
  void options_prefersMoreStockLeft() {
    stock("LAST-UNIT", MUG, 1);
    stock("PLENTY", MUG, 9);
    RankingPolicy stockFirst =
        RankingPolicy.defaults()
            .withCriteria(
                List.of(RankingCriterion.WHOLE_CART_FIRST, RankingCriterion.STOCK_BALANCE));
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(
                    List.of(Stores.store("LAST-UNIT", 0, 0.01), Stores.store("PLENTY", 0, 0.05))),
                AvailabilitySource.of(inventory))
            .policy(stockFirst)
            .build();

    List<PickupOption> options = service.options(request(OrderLine.of("MUG", 1)).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("PLENTY"), StoreId.of("LAST-UNIT"));
  }

  @Test
  void options_prefersCapacityHeadroomWhenCriteriaSaySo() {
    stock("SMALL", MUG, 1);
    stock("LARGE", MUG, 1);
    RankingPolicy headroomFirst =
        RankingPolicy.defaults()
            .withCriteria(
                List.of(RankingCriterion.WHOLE_CART_FIRST, RankingCriterion.CAPACITY_HEADROOM));
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(
                    List.of(
                        Stores.withOrdersPerHour(Stores.store("SMALL", 0, 0.01), 4),
                        Stores.withOrdersPerHour(Stores.store("LARGE", 0, 0.05), 40))),
                AvailabilitySource.of(inventory))
            .policy(headroomFirst)
            .build();

    List<PickupOption> options = service.options(request(OrderLine.of("MUG", 1)).build());

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("LARGE"), StoreId.of("SMALL"));
  }

  @Test
  void options_giveSameResultsFromManyThreads() throws Exception {
    List<PickupLocation> stores = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = String.format("S%03d", i);
      stores.add(Stores.store(id, (i % 20) * 0.01, (i / 20) * 0.01));
      stock(id, MUG, i % 3);
    }
    PickupOptionsService service = service(stores);
    List<PickupOptionsRequest> requests = new java.util.ArrayList<>();
    for (int r = 0; r < 50; r++) {
      requests.add(
          PickupOptionsRequest.builder(
                  GeoPoint.of(r * 0.004, r * 0.002),
                  Cart.of(OrderLine.of("MUG", 1 + r % 2)),
                  PLACED_AT)
              .radius(5 + r, DistanceUnit.KILOMETERS)
              .includePartial(r % 2 == 0)
              .build());
    }
    List<List<PickupOption>> expected = requests.stream().map(service::options).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);

    List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      checks.add(
          pool.submit(
              () -> {
                for (int round = 0; round < 20; round++) {
                  for (int r = 0; r < requests.size(); r++) {
                    if (!service.options(requests.get(r)).equals(expected.get(r))) {
                      return false;
                    }
                  }
                }
                return true;
              }));
    }
    pool.shutdown();

    for (java.util.concurrent.Future<Boolean> check : checks) {
      assertThat(check.get()).isTrue();
    }
  }

  @Test
  void options_stopsAtMaxResults() {
    stock("A", MUG, 1);
    stock("B", MUG, 1);

    List<PickupOption> options =
        service(List.of(Stores.store("A", 0, 0.01), Stores.store("B", 0, 0.02)))
            .options(request(OrderLine.of("MUG", 1)).maxResults(1).build());

    assertThat(options).extracting(PickupOption::storeId).containsExactly(StoreId.of("A"));
  }

  @Test
  void options_failsWhenSourceReturnsOtherRows() {
    AvailabilitySource wrong = (stores, skus) -> inventory.availability(List.of(), skus);
    PickupOptionsService service =
        PickupOptionsService.builder(StoreIndex.of(List.of(Stores.store("A", 0, 0.01))), wrong)
            .build();

    assertThatThrownBy(() -> service.options(request(OrderLine.of("MUG", 1)).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one row per store");
  }

  @Test
  void options_failsWhenWorkloadIsNegative() {
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(List.of(Stores.store("A", 0, 0.01))),
                AvailabilitySource.of(inventory))
            .workload(id -> -1)
            .build();

    assertThatThrownBy(() -> service.options(request(OrderLine.of("MUG", 1)).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned -1 orders in preparation for store A");
  }

  @Test
  void request_rejectsRadiusThatIsNotPositive() {
    assertThatThrownBy(() -> request(OrderLine.of("MUG", 1)).radius(-1, DistanceUnit.MILES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "radius -1.0 MILES is invalid; pass a positive finite search radius, for example 25");
    assertThatThrownBy(
            () ->
                request(OrderLine.of("MUG", 1)).radius(Double.NaN, DistanceUnit.KILOMETERS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius NaN KILOMETERS is invalid");
  }

  @Test
  void request_rejectsMaxResultsBelowOne() {
    assertThatThrownBy(() -> request(OrderLine.of("MUG", 1)).maxResults(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResults 0 is invalid; pass at least 1, for example 10");
  }

  @Test
  void request_hasStorefrontDefaults() {
    PickupOptionsRequest built = request(OrderLine.of("MUG", 1)).build();

    assertThat(built.maxResults()).isEqualTo(10);
    assertThat(built.radius()).isEqualTo(200.0);
    assertThat(built.unit()).isEqualTo(DistanceUnit.KILOMETERS);
    assertThat(built.includePartial()).isFalse();
    assertThat(built.method()).isNull();
  }

  @Test
  void policy_rejectsCriteriaNotStartingWithWholeCart() {
    assertThatThrownBy(
            () -> RankingPolicy.defaults().withCriteria(List.of(RankingCriterion.NEAREST)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[distance-km] must start with whole-cart");
  }

  @Test
  void policy_rejectsDuplicateCriterionNames() {
    assertThatThrownBy(
            () ->
                RankingPolicy.defaults()
                    .withCriteria(
                        List.of(
                            RankingCriterion.WHOLE_CART_FIRST,
                            RankingCriterion.NEAREST,
                            RankingCriterion.NEAREST)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name distance-km twice");
  }

  @Test
  void capacityLeft_rejectsQueueLimitOutsideRange() {
    assertThatThrownBy(() -> EligibilityFilter.capacityLeft(Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxQueueDelay PT30S is outside [PT1M, P366D]");
  }

  @Test
  void distanceBands_rejectsBandThatIsNotPositive() {
    assertThatThrownBy(() -> RankingCriterion.distanceBands(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bandKm 0.0 must be a positive finite width");
  }

  @Test
  void options_mapOfQuantitiesMatchesCart() {
    stock("A", MUG, 2);
    stock("A", TEA, 2);

    PickupOption option =
        service(List.of(Stores.store("A", 0, 0.01)))
            .options(
                request(OrderLine.of("TEA", 1), OrderLine.of("MUG", 3))
                    .includePartial(true)
                    .build())
            .get(0);

    assertThat(option.shortLines()).containsExactly(new ShortLine(MUG, 3, 2));
    assertThat(Cart.of(OrderLine.of("TEA", 1), OrderLine.of("MUG", 3)).quantities())
        .isEqualTo(Map.of(TEA, 1L, MUG, 3L));
  }
}
