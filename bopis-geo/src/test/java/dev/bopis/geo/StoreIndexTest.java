package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreIndexTest {

  private static final GeoPoint ORIGIN = GeoPoint.of(0, 0);

  @Test
  void nearest_ordersByDistanceThenId() {
    StoreIndex index =
        StoreIndex.of(
            List.of(
                Stores.store("FAR", 0, 0.2),
                Stores.store("TWIN-B", 0, 0.1),
                Stores.store("TWIN-A", 0, -0.1),
                Stores.store("NEAR", 0.05, 0)));

    List<StoreDistance> found = index.nearest(ORIGIN, 50, DistanceUnit.KILOMETERS, 10);

    assertThat(found)
        .extracting(hit -> hit.store().id().value())
        .containsExactly("NEAR", "TWIN-A", "TWIN-B", "FAR");
    assertThat(found.get(0).distance()).isCloseTo(5.56, within(0.01));
  }

  @Test
  void nearest_leavesOutStoresBeyondRadius() {
    StoreIndex index =
        StoreIndex.of(List.of(Stores.store("IN", 0, 0.08), Stores.store("OUT", 0, 0.1)));

    List<StoreDistance> found = index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 10);

    assertThat(found).extracting(hit -> hit.store().id().value()).containsExactly("IN");
  }

  @Test
  void nearest_returnsDistancesInRequestedUnit() {
    StoreIndex index = StoreIndex.of(List.of(Stores.store("A", 1, 0)));

    StoreDistance found = index.nearest(ORIGIN, 100, DistanceUnit.MILES, 1).get(0);

    assertThat(found.unit()).isEqualTo(DistanceUnit.MILES);
    assertThat(found.distance()).isCloseTo(111.195 / 1.609344, within(0.001));
  }

  @Test
  void nearest_stopsAtLimit() {
    List<PickupLocation> stores = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      stores.add(Stores.store(String.format("S%02d", i), 0, i * 0.01));
    }
    StoreIndex index = StoreIndex.of(stores);

    List<StoreDistance> found = index.nearest(ORIGIN, 100, DistanceUnit.KILOMETERS, 3);

    assertThat(found)
        .extracting(hit -> hit.store().id().value())
        .containsExactly("S00", "S01", "S02");
  }

  @Test
  void nearest_radiusBeyondQuarterCircumferenceReachesFarLongitudes() {
    // From the equator, 13,290 km reaches lat 60 on the opposite meridian, across the pole.
    StoreIndex index = StoreIndex.of(List.of(Stores.store("FAR-SIDE", 60, 170)));

    List<StoreDistance> found = index.nearest(ORIGIN, 15_000, DistanceUnit.KILOMETERS, 1);

    assertThat(found).extracting(hit -> hit.store().id().value()).containsExactly("FAR-SIDE");
  }

  @Test
  void of_leavesOutStoresWithPickupDisabled() {
    StoreIndex index =
        StoreIndex.of(
            List.of(Stores.store("OPEN", 0, 0.01), Stores.disabled(Stores.store("DC", 0, 0.02))));

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.find(StoreId.of("DC"))).isEmpty();
    assertThat(index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 10)).hasSize(1);
  }

  @Test
  void of_readsDirectory() {
    InMemoryStoreDirectory directory =
        new InMemoryStoreDirectory(List.of(Stores.store("A", 0, 0.01), Stores.store("B", 0, 1)));

    StoreIndex index = StoreIndex.of(directory);

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.find(StoreId.of("B"))).isPresent();
  }

  @Test
  void put_replacesStoreAtSamePositionInPlace() {
    PickupLocation store = Stores.store("A", 0, 0.01);
    StoreIndex index = StoreIndex.of(List.of(store));

    index.put(Stores.withPriority(store, 7));

    StoreDistance found = index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 1).get(0);
    assertThat(found.store().priority()).isEqualTo(7);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void put_disabledClosesEnabledReopens() {
    PickupLocation store = Stores.store("A", 0, 0.01);
    StoreIndex index = StoreIndex.of(List.of(store));

    index.put(Stores.disabled(store));
    List<StoreDistance> whileClosed = index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 1);
    index.put(store);
    List<StoreDistance> afterReopening = index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 1);

    assertThat(whileClosed).isEmpty();
    assertThat(afterReopening).extracting(StoreDistance::store).containsExactly(store);
  }

  @Test
  void put_movedStoreFoundAtNewPosition() {
    PickupLocation store = Stores.store("A", 0, 0.01);
    StoreIndex index = StoreIndex.of(List.of(store));

    index.put(Stores.movedTo(store, 10, 10));

    assertThat(index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 5)).isEmpty();
    assertThat(index.nearest(GeoPoint.of(10, 10), 1, DistanceUnit.KILOMETERS, 5)).hasSize(1);
  }

  @Test
  void put_newStoreIsFoundBeforeRebuild() {
    StoreIndex index = StoreIndex.of(List.of(Stores.store("A", 0, 0.01)));

    index.put(Stores.store("B", 0, 0.005));

    assertThat(index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 5))
        .extracting(hit -> hit.store().id().value())
        .containsExactly("B", "A");
  }

  @Test
  void put_manyNewStoresRebuildsAndKeepsAll() {
    StoreIndex index = StoreIndex.of(List.of());

    for (int i = 0; i <= StoreIndex.MAX_OVERLAY * 2; i++) {
      index.put(Stores.store(String.format("S%04d", i), 0, i * 0.001));
    }

    assertThat(index.size()).isEqualTo(StoreIndex.MAX_OVERLAY * 2 + 1);
    assertThat(index.nearest(ORIGIN, 1_000, DistanceUnit.KILOMETERS, 1_000))
        .hasSize(StoreIndex.MAX_OVERLAY * 2 + 1);
  }

  @Test
  void remove_forgetsStore() {
    StoreIndex index = StoreIndex.of(List.of(Stores.store("A", 0, 0.01)));

    index.remove(StoreId.of("A"));
    index.remove(StoreId.of("UNKNOWN"));

    assertThat(index.size()).isZero();
    assertThat(index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 5)).isEmpty();
  }

  @Test
  void nearest_rejectsInvalidRadius() {
    StoreIndex index = StoreIndex.of(List.of());

    assertThatThrownBy(() -> index.nearest(ORIGIN, 0, DistanceUnit.KILOMETERS, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius 0.0 KILOMETERS is invalid");
    assertThatThrownBy(() -> index.nearest(ORIGIN, Double.NaN, DistanceUnit.MILES, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius NaN MILES is invalid");
    assertThatThrownBy(
            () -> index.nearest(ORIGIN, Double.POSITIVE_INFINITY, DistanceUnit.KILOMETERS, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive finite");
  }

  @Test
  void nearest_rejectsLimitBelowOne() {
    StoreIndex index = StoreIndex.of(List.of());

    assertThatThrownBy(() -> index.nearest(ORIGIN, 10, DistanceUnit.KILOMETERS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit 0 is invalid; pass at least 1");
  }

  @Test
  void nearest_runsConcurrentlyWithChanges() throws InterruptedException {
    List<PickupLocation> stores = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      stores.add(Stores.store(String.format("S%03d", i), 0, i * 0.001));
    }
    StoreIndex index = StoreIndex.of(stores);
    PickupLocation churn = Stores.store("CHURN", 0, 0.0005);
    List<Throwable> failures = new ArrayList<>();

    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 2_000; i++) {
                index.put(i % 2 == 0 ? churn : Stores.disabled(churn));
              }
            });
    Thread reader =
        new Thread(
            () -> {
              for (int i = 0; i < 2_000; i++) {
                int size = index.nearest(ORIGIN, 100, DistanceUnit.KILOMETERS, 200).size();
                if (size != 100 && size != 101) {
                  synchronized (failures) {
                    failures.add(new AssertionError("saw " + size + " stores"));
                  }
                }
              }
            });
    writer.start();
    reader.start();
    writer.join();
    reader.join();

    assertThat(failures).isEmpty();
  }
}
