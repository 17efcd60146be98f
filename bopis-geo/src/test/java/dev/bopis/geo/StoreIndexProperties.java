package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.store.PickupLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class StoreIndexProperties {

  /** Where a generated network sits; the rare places are the ones searches get wrong. */
  enum Region {
    ANYWHERE(0, 90, 0, 180),
    MERIDIAN_180(-16.5, 2, 180, 2),
    NORTH_POLE(89.5, 1, 0, 180),
    SOUTH_POLE(-89.5, 1, 0, 180),
    DENSE_CITY(40.7, 0.3, -74.0, 0.3);

    final double latitude;
    final double latitudeSpread;
    final double longitude;
    final double longitudeSpread;

    Region(double latitude, double latitudeSpread, double longitude, double longitudeSpread) {
      this.latitude = latitude;
      this.latitudeSpread = latitudeSpread;
      this.longitude = longitude;
      this.longitudeSpread = longitudeSpread;
    }

    double latitude(double offset) {
      return clampLatitude(latitude + offset * latitudeSpread);
    }

    double longitude(double offset) {
      return wrapLongitude(longitude + offset * longitudeSpread);
    }
  }

  /** A generated network and a search in it. */
  record Case(Region region, List<PickupLocation> stores, GeoPoint customer, double radiusKm) {
    @Override
    public String toString() {
      return region
          + ": "
          + stores.size()
          + " stores, customer "
          + customer
          + ", "
          + radiusKm
          + " km";
    }
  }

  @Property
  void nearest_equalsBruteForce(
      @ForAll("cases") Case search,
      @ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll("cellSizes") double cellDegrees) {
    StoreIndex index =
        Double.isNaN(cellDegrees)
            ? StoreIndex.of(search.stores())
            : StoreIndex.withCellDegrees(search.stores(), cellDegrees);

    List<BruteForce.Hit> found =
        BruteForce.fromIndex(index, search.customer(), search.radiusKm(), limit);

    Statistics.label("region").collect(search.region());
    Statistics.label("crosses the 180th meridian").collect(crossesMeridian180(search));
    Statistics.label("reaches a pole").collect(reachesPole(search));
    Statistics.label("region")
        .coverage(coverage -> coverage.check(Region.MERIDIAN_180).percentage(p -> p > 5));
    Statistics.label("crosses the 180th meridian")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    Statistics.label("reaches a pole")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    assertThat(found)
        .isEqualTo(BruteForce.within(search.stores(), search.customer(), search.radiusKm(), limit));
  }

  @Property(tries = 200)
  void nearest_equalsBruteForceAfterChanges(
      @ForAll("cases") Case search,
      @ForAll("changes") List<Change> changes,
      @ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll("cellSizes") double cellDegrees) {
    StoreIndex index =
        Double.isNaN(cellDegrees)
            ? StoreIndex.of(search.stores())
            : StoreIndex.withCellDegrees(search.stores(), cellDegrees);
    Map<String, PickupLocation> expected = new LinkedHashMap<>();
    search.stores().forEach(store -> expected.put(store.id().value(), store));

    for (Change change : changes) {
      change.apply(index, expected, search);

      assertThat(BruteForce.fromIndex(index, search.customer(), search.radiusKm(), limit))
          .as("after %s", change)
          .isEqualTo(
              BruteForce.within(expected.values(), search.customer(), search.radiusKm(), limit));
      assertThat(index.size())
          .isEqualTo(
              (int) expected.values().stream().filter(PickupLocation::pickupEnabled).count());
    }
  }

  /** One change to the store network, applied to the index and to the expected store list. */
  record Change(Kind kind, int storeNumber, double latitude, double longitude) {
    enum Kind {
      ADD,
      MOVE,
      DISABLE,
      ENABLE,
      REMOVE,
      REBUILD
    }

    void apply(StoreIndex index, Map<String, PickupLocation> expected, Case search) {
      String id = "S" + storeNumber;
      PickupLocation existing = expected.get(id);
      Region region = search.region();
      double lat = region.latitude(latitude);
      double lon = region.longitude(longitude);
      switch (kind) {
        case ADD, MOVE -> {
          PickupLocation store =
              existing == null ? Stores.store(id, lat, lon) : Stores.movedTo(existing, lat, lon);
          index.put(store);
          expected.put(id, store);
        }
        case DISABLE -> {
          if (existing != null) {
            index.put(Stores.disabled(existing));
            expected.put(id, Stores.disabled(existing));
          }
        }
        case ENABLE -> {
          if (existing != null && !existing.pickupEnabled()) {
            PickupLocation enabled =
                Stores.store(id, existing.location().latitude(), existing.location().longitude());
            index.put(enabled);
            expected.put(id, enabled);
          }
        }
        case REMOVE -> {
          index.remove(existing == null ? Stores.store(id, 0, 0).id() : existing.id());
          expected.remove(id);
        }
        case REBUILD -> index.rebuild();
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(Region.class)
        .flatMap(
            region ->
                Combinators.combine(
                        network(region),
                        offset().map(region::latitude),
                        offset().map(region::longitude),
                        radiusKm())
                    .as(
                        (stores, lat, lon, radius) ->
                            new Case(region, stores, GeoPoint.of(lat, lon), radius)));
  }

  /** Provides the automatic cell size (NaN), the finest and the coarsest. */
  @Provide
  Arbitrary<Double> cellSizes() {
    return Arbitraries.of(
        Double.NaN, LatLonGrid.MIN_CELL_DEGREES, 1.0, LatLonGrid.MAX_CELL_DEGREES);
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(
            Arbitraries.of(Change.Kind.class),
            Arbitraries.integers().between(0, 80),
            offset(),
            offset())
        .as(Change::new)
        .list()
        .ofMaxSize(30);
  }

  private static Arbitrary<List<PickupLocation>> network(Region region) {
    Arbitrary<double[]> position =
        Combinators.combine(offset(), offset(), Arbitraries.of(false, false, false, true))
            .as(
                (dLat, dLon, onEdge) ->
                    onEdge
                        ? new double[] {region.latitude(dLat), dLon < 0 ? -180 : 180}
                        : new double[] {region.latitude(dLat), region.longitude(dLon)});
    return position
        .list()
        .ofMaxSize(60)
        .map(
            positions -> {
              List<PickupLocation> stores = new ArrayList<>();
              for (int i = 0; i < positions.size(); i++) {
                double[] p = positions.get(i);
                stores.add(Stores.store("S" + i, p[0], p[1]));
              }
              // A copy of a position gives exact distance ties, which the id must break.
              if (stores.size() > 2) {
                PickupLocation twin = stores.get(0);
                stores.add(
                    Stores.store(
                        "S" + stores.size(),
                        twin.location().latitude(),
                        twin.location().longitude()));
              }
              return stores;
            });
  }

  /** Offsets in [-1, 1], in units of the region's spread, with the edges likely. */
  private static Arbitrary<Double> offset() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1, 1), Arbitraries.of(-1.0, 0.0, 1.0));
  }

  private static Arbitrary<Double> radiusKm() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.01, 50),
        Arbitraries.doubles().between(50, 2_000),
        Arbitraries.doubles().between(2_000, 25_000));
  }

  private static double clampLatitude(double lat) {
    return Math.max(-90, Math.min(90, lat));
  }

  private static double wrapLongitude(double lon) {
    double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
    return lon == 180 ? 180 : wrapped;
  }

  private static boolean crossesMeridian180(Case search) {
    double halfWidthDegrees = Math.toDegrees(search.radiusKm() / GreatCircle.EARTH_RADIUS_KM);
    return Math.abs(search.customer().longitude()) + halfWidthDegrees > 180;
  }

  private static boolean reachesPole(Case search) {
    double reach = Math.toDegrees(search.radiusKm() / GreatCircle.EARTH_RADIUS_KM);
    return Math.abs(search.customer().latitude()) + reach >= 90;
  }
}
