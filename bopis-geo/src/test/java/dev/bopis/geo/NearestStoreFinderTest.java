package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.store.PickupLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestStoreFinderTest {

  private static final GeoPoint CUSTOMER = GeoPoint.of(0, 0);
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku TEA = Sku.of("TEA");

  private final InMemoryInventory inventory = new InMemoryInventory();

  private void stock(String store, Sku sku, long units) {
    inventory.put(StoreId.of(store), sku, units, 0);
  }

  private NearestStoreFinder finder(List<PickupLocation> stores) {
    return new NearestStoreFinder(StoreIndex.of(stores), AvailabilitySource.of(inventory));
  }

  private static SourcingRequest request(Map<Sku, Long> quantities, Set<StoreId> excluded) {
    return new SourcingRequest(CUSTOMER, quantities, PickupMethod.IN_STORE, excluded, 10);
  }

  @Test
  void candidates_returnsWholeCartStoresNearestFirst() {
    stock("NEAR-PARTIAL", MUG, 1);
    stock("MIDDLE", MUG, 1);
    stock("MIDDLE", TEA, 1);
    stock("FAR", MUG, 5);
    stock("FAR", TEA, 5);

    List<StoreId> found =
        finder(
                List.of(
                    Stores.store("FAR", 0, 1.0),
                    Stores.store("NEAR-PARTIAL", 0, 0.01),
                    Stores.store("MIDDLE", 0, 0.5)))
            .candidates(request(Map.of(MUG, 1L, TEA, 1L), Set.of()));

    assertThat(found).containsExactly(StoreId.of("MIDDLE"), StoreId.of("FAR"));
  }

  @Test
  void candidates_leavesOutExcludedStores() {
    stock("A", MUG, 1);
    stock("B", MUG, 1);

    List<StoreId> found =
        finder(List.of(Stores.store("A", 0, 0.01), Stores.store("B", 0, 0.02)))
            .candidates(request(Map.of(MUG, 1L), Set.of(StoreId.of("A"))));

    assertThat(found).containsExactly(StoreId.of("B"));
  }

  @Test
  void candidates_leavesOutStoresWithoutRequestedMethod() {
    stock("CURB-ONLY", MUG, 1);
    PickupLocation curbsideOnly =
        Stores.offering(Stores.store("CURB-ONLY", 0, 0.01), Set.of(PickupMethod.CURBSIDE));

    List<StoreId> found =
        finder(List.of(curbsideOnly)).candidates(request(Map.of(MUG, 1L), Set.of()));

    assertThat(found).isEmpty();
  }

  @Test
  void candidates_searchesWithin200KmByDefault() {
    stock("IN", MUG, 1);
    stock("OUT", MUG, 1);

    // One degree of longitude at the equator is 111.2 km.
    List<StoreId> found =
        finder(List.of(Stores.store("IN", 0, 1.79), Stores.store("OUT", 0, 1.81)))
            .candidates(request(Map.of(MUG, 1L), Set.of()));

    assertThat(found).containsExactly(StoreId.of("IN"));
  }

  @Test
  void candidates_honoursConfiguredRadiusInMiles() {
    stock("IN", MUG, 1);
    stock("OUT", MUG, 1);
    NearestStoreFinder finder =
        new NearestStoreFinder(
            StoreIndex.of(List.of(Stores.store("IN", 0, 0.14), Stores.store("OUT", 0, 0.15))),
            AvailabilitySource.of(inventory),
            10,
            DistanceUnit.MILES);

    List<StoreId> found = finder.candidates(request(Map.of(MUG, 1L), Set.of()));

    assertThat(finder.radiusKm()).isEqualTo(16.09344);
    assertThat(found).containsExactly(StoreId.of("IN"));
  }

  @Test
  void candidates_stopsAtLimit() {
    stock("A", MUG, 1);
    stock("B", MUG, 1);

    List<StoreId> found =
        finder(List.of(Stores.store("A", 0, 0.01), Stores.store("B", 0, 0.02)))
            .candidates(
                new SourcingRequest(CUSTOMER, Map.of(MUG, 1L), PickupMethod.IN_STORE, Set.of(), 1));

    assertThat(found).containsExactly(StoreId.of("A"));
  }

  @Test
  void candidates_callsAvailabilityOnceForAllEligibleStores() {
    CountingSource source = new CountingSource(inventory);
    NearestStoreFinder finder =
        new NearestStoreFinder(
            StoreIndex.of(
                List.of(
                    Stores.store("A", 0, 0.01),
                    Stores.store("B", 0, 0.02),
                    Stores.store("C", 0, 0.03))),
            source);

    List<StoreId> found = finder.candidates(request(Map.of(MUG, 1L), Set.of(StoreId.of("C"))));

    assertThat(found).isEmpty();
    assertThat(source.calls()).hasSize(1);
    assertThat(source.calls().get(0)).containsExactlyInAnyOrder(StoreId.of("A"), StoreId.of("B"));
  }

  @Test
  void constructor_rejectsInvalidRadius() {
    StoreIndex index = StoreIndex.of(List.of());

    assertThatThrownBy(
            () ->
                new NearestStoreFinder(
                    index, AvailabilitySource.of(inventory), 0, DistanceUnit.KILOMETERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius 0.0 KILOMETERS is invalid");
  }
}
