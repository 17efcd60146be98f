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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class RankingProperties {

  private static final Instant PLACED_AT = Instant.parse("2025-03-04T10:00:00Z");
  private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));

  /** A generated store: position in a 1-degree square near the 180th meridian, and its stock. */
  record StoreSpec(
      double latitude, double longitude, int priority, int ordersPerHour, List<Integer> stock) {}

  /** A generated network and a query in it. */
  record Network(
      List<StoreSpec> stores,
      List<Integer> cart,
      double radiusKm,
      boolean includePartial,
      int maxResults,
      long shuffleSeed) {}

  @Property
  void options_doNotDependOnInputOrder(@ForAll("networks") Network network) {
    List<PickupLocation> stores = locations(network);
    List<PickupLocation> shuffled = new ArrayList<>(stores);
    Collections.shuffle(shuffled, new Random(network.shuffleSeed()));
    InMemoryInventory inventory = inventory(network);

    List<PickupOption> original = service(stores, inventory).options(request(network));
    List<PickupOption> reordered = service(shuffled, inventory).options(request(network));

    assertThat(reordered).isEqualTo(original);
  }

  @Property
  void options_equalReferenceRanking(@ForAll("networks") Network network) {
    List<PickupLocation> stores = locations(network);
    InMemoryInventory inventory = inventory(network);

    List<StoreId> ranked =
        service(stores, inventory).options(request(network)).stream()
            .map(PickupOption::storeId)
            .toList();

    Statistics.label("results").collect(ranked.isEmpty() ? "none" : "some");
    Statistics.label("results")
        .coverage(coverage -> coverage.check("some").percentage(p -> p > 30));
    assertThat(ranked).isEqualTo(reference(network, stores, inventory));
  }

  @Property
  void options_shuffledCartLinesGiveSameRanking(
      @ForAll("networks") Network network, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<PickupLocation> stores = locations(network);
    InMemoryInventory inventory = inventory(network);
    List<OrderLine> lines = new ArrayList<>(cart(network).lines());
    Collections.shuffle(lines, new Random(seed));
    PickupOptionsRequest shuffledCart =
        PickupOptionsRequest.builder(GeoPoint.of(0, 179.9), new Cart(lines), PLACED_AT)
            .radius(network.radiusKm(), DistanceUnit.KILOMETERS)
            .includePartial(network.includePartial())
            .maxResults(network.maxResults())
            .build();

    List<StoreId> original =
        service(stores, inventory).options(request(network)).stream()
            .map(PickupOption::storeId)
            .toList();
    List<StoreId> withShuffledCart =
        service(stores, inventory).options(shuffledCart).stream()
            .map(PickupOption::storeId)
            .toList();

    assertThat(withShuffledCart).isEqualTo(original);
  }

  @Property
  void options_withCompleteAssortmentEqualWithout(@ForAll("networks") Network network) {
    List<PickupLocation> stores = locations(network);
    InMemoryInventory inventory = inventory(network);
    Assortment assortment = assortment(network);
    PickupOptionsRequest wholeOnly =
        PickupOptionsRequest.builder(GeoPoint.of(0, 179.9), cart(network), PLACED_AT)
            .radius(network.radiusKm(), DistanceUnit.KILOMETERS)
            .maxResults(network.maxResults())
            .build();
    PickupOptionsService pruning =
        PickupOptionsService.builder(StoreIndex.of(stores), AvailabilitySource.of(inventory))
            .assortment(assortment)
            .build();

    List<PickupOption> withAssortment = pruning.options(wholeOnly);

    assertThat(withAssortment).isEqualTo(service(stores, inventory).options(wholeOnly));
  }

  @Property
  void candidates_withCompleteAssortmentEqualWithout(@ForAll("networks") Network network) {
    StoreIndex index = StoreIndex.of(locations(network));
    InMemoryInventory inventory = inventory(network);
    NearestStoreFinder plain = new NearestStoreFinder(index, AvailabilitySource.of(inventory));
    SourcingRequest request =
        new SourcingRequest(
            GeoPoint.of(0, 179.9),
            cart(network).quantities(),
            PickupMethod.CURBSIDE,
            Set.of(),
            network.maxResults());

    List<StoreId> withAssortment = plain.withAssortment(assortment(network)).candidates(request);

    assertThat(withAssortment).isEqualTo(plain.candidates(request));
  }

  /** Records every stock level above zero, as loading the inventory would. */
  private static Assortment assortment(Network network) {
    Assortment assortment = new Assortment();
    for (int i = 0; i < network.stores().size(); i++) {
      List<Integer> stock = network.stores().get(i).stock();
      for (int j = 0; j < SKUS.size(); j++) {
        if (stock.get(j) > 0) {
          assortment.recordStocked(StoreId.of(String.format("S%03d", i)), SKUS.get(j));
        }
      }
    }
    return assortment;
  }

  /** Ranks every store by the default policy with a full sort. */
  private static List<StoreId> reference(
      Network network, List<PickupLocation> stores, InMemoryInventory inventory) {
    GeoPoint customer = GeoPoint.of(0, 179.9);
    Map<Sku, Long> quantities = cart(network).quantities();
    record Row(PickupLocation store, double distance, boolean whole, long balance) {}
    List<Row> rows = new ArrayList<>();
    for (PickupLocation store : stores) {
      double distance = GreatCircle.distanceKm(customer, store.location());
      if (distance > network.radiusKm()) {
        continue;
      }
      boolean whole = true;
      long balance = Long.MAX_VALUE;
      for (Map.Entry<Sku, Long> line : quantities.entrySet()) {
        long available = inventory.level(store.id(), line.getKey()).available();
        whole &= available >= line.getValue();
        balance = Math.min(balance, available - line.getValue());
      }
      if (whole || network.includePartial()) {
        rows.add(new Row(store, distance, whole, balance));
      }
    }
    rows.sort(
        Comparator.comparing((Row row) -> !row.whole())
            .thenComparingDouble(Row::distance)
            .thenComparingInt(row -> row.store().priority())
            .thenComparingInt(row -> -row.store().ordersPerHour())
            .thenComparingLong(row -> -row.balance())
            .thenComparing(row -> row.store().id()));
    return rows.stream().limit(network.maxResults()).map(row -> row.store().id()).toList();
  }

  private static PickupOptionsService service(
      List<PickupLocation> stores, InMemoryInventory inventory) {
    return PickupOptionsService.builder(StoreIndex.of(stores), AvailabilitySource.of(inventory))
        .build();
  }

  private static PickupOptionsRequest request(Network network) {
    return PickupOptionsRequest.builder(GeoPoint.of(0, 179.9), cart(network), PLACED_AT)
        .radius(network.radiusKm(), DistanceUnit.KILOMETERS)
        .method(PickupMethod.IN_STORE)
        .includePartial(network.includePartial())
        .maxResults(network.maxResults())
        .build();
  }

  private static Cart cart(Network network) {
    List<OrderLine> lines = new ArrayList<>();
    for (int j = 0; j < SKUS.size(); j++) {
      if (network.cart().get(j) > 0) {
        lines.add(new OrderLine(SKUS.get(j), network.cart().get(j)));
      }
    }
    if (lines.isEmpty()) {
      lines.add(new OrderLine(SKUS.get(0), 1));
    }
    return new Cart(lines);
  }

  private static List<PickupLocation> locations(Network network) {
    List<PickupLocation> stores = new ArrayList<>();
    for (int i = 0; i < network.stores().size(); i++) {
      StoreSpec spec = network.stores().get(i);
      PickupLocation store =
          Stores.store(String.format("S%03d", i), spec.latitude(), spec.longitude());
      stores.add(
          Stores.withOrdersPerHour(
              Stores.withPriority(store, spec.priority()), spec.ordersPerHour()));
    }
    return stores;
  }

  private static InMemoryInventory inventory(Network network) {
    InMemoryInventory inventory = new InMemoryInventory();
    for (int i = 0; i < network.stores().size(); i++) {
      List<Integer> stock = network.stores().get(i).stock();
      for (int j = 0; j < SKUS.size(); j++) {
        inventory.put(StoreId.of(String.format("S%03d", i)), SKUS.get(j), stock.get(j), 0);
      }
    }
    return inventory;
  }

  @Provide
  Arbitrary<Network> networks() {
    // Coarse positions make exact distance ties common, so the tie-breaks are exercised.
    Arbitrary<Double> latitude = Arbitraries.integers().between(-5, 5).map(i -> i * 0.1);
    Arbitrary<Double> longitude =
        Arbitraries.integers().between(-5, 5).map(i -> i <= 0 ? 179.9 + i * 0.1 : -180 + i * 0.1);
    Arbitrary<List<Integer>> stock = Arbitraries.integers().between(0, 3).list().ofSize(3);
    Arbitrary<StoreSpec> store =
        Combinators.combine(
                latitude,
                longitude,
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 3),
                stock)
            .as(StoreSpec::new);
    return Combinators.combine(
            store.list().ofMinSize(3).ofMaxSize(40),
            Arbitraries.integers().between(0, 2).list().ofSize(3),
            Arbitraries.doubles().between(15, 120),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 12),
            Arbitraries.longs())
        .as(Network::new);
  }
}
