package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.calendar.PreparationRule;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.ReadyTimeSettings;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class ReadyTimeCacheProperties {

  @Property
  void estimate_equalsEstimator(
      @ForAll("hours") String hours,
      @ForAll("zones") String zone,
      @ForAll("placements") Instant placedAt,
      @ForAll @IntRange(min = 1, max = 600) int leadMinutes,
      @ForAll @IntRange(min = 0, max = 40) int ordersInPreparation,
      @ForAll("cutOffs") String cutOff,
      @ForAll PreparationRule rule) {
    ReadyTimeEstimator estimator = new ReadyTimeEstimator(new ReadyTimeSettings(rule));
    ReadyTimeCache cache = new ReadyTimeCache(estimator);
    PickupLocation store =
        new PickupLocation(
            StoreId.of("S"),
            "S",
            GeoPoint.of(0, 0),
            StoreCalendar.of(ZoneId.of(zone), WeeklyHours.parse(hours)),
            Set.of(PickupMethod.IN_STORE),
            true,
            Duration.ofMinutes(leadMinutes),
            cutOff.isEmpty() ? null : LocalTime.parse(cutOff),
            4,
            0);
    Workload workload = new Workload(ordersInPreparation, store.ordersPerHour());
    int number = StoreNumbers.of(store.id());

    // Twice: the second call reads the intervals the first one cached.
    var first = Optional.ofNullable(cache.estimate(placedAt, store, number, ordersInPreparation));
    var second =
        Optional.ofNullable(
            cache.estimate(placedAt.plusSeconds(61), store, number, ordersInPreparation));

    Statistics.label("estimated").collect(first.isPresent());
    assertThat(first)
        .isEqualTo(
            estimator.estimate(
                placedAt,
                store.calendar(),
                store.preparationLead(),
                store.sameDayCutoff(),
                workload));
    assertThat(second)
        .isEqualTo(
            estimator.estimate(
                placedAt.plusSeconds(61),
                store.calendar(),
                store.preparationLead(),
                store.sameDayCutoff(),
                workload));
  }

  /** One call to the cache: which of the stores, when, and with how many orders in preparation. */
  record Query(int store, Instant placedAt, int ordersInPreparation) {}

  /** A store and the number the cache files it under. */
  record NumberedStore(PickupLocation store, int number) {}

  @Property(tries = 300)
  void estimate_sequenceInOneCacheEqualsEstimator(
      @ForAll("numberedStores") @Size(min = 1, max = 4) List<NumberedStore> stores,
      @ForAll("queries") @Size(min = 2, max = 12) List<Query> queries,
      @ForAll PreparationRule rule) {
    ReadyTimeEstimator estimator = new ReadyTimeEstimator(new ReadyTimeSettings(rule));
    ReadyTimeCache cache = new ReadyTimeCache(estimator);
    List<Optional<?>> cached = new ArrayList<>();
    List<Optional<?>> expected = new ArrayList<>();

    for (Query query : queries) {
      NumberedStore numbered = stores.get(query.store() % stores.size());
      PickupLocation store = numbered.store();
      cached.add(
          Optional.ofNullable(
              cache.estimate(
                  query.placedAt(), store, numbered.number(), query.ordersInPreparation())));
      expected.add(
          estimator.estimate(
              query.placedAt(),
              store.calendar(),
              store.preparationLead(),
              store.sameDayCutoff(),
              new Workload(query.ordersInPreparation(), store.ordersPerHour())));
    }

    for (int q = 0; q < queries.size(); q++) {
      assertThat(cached.get(q)).as("query %d: %s", q, queries.get(q)).isEqualTo(expected.get(q));
    }
  }

  /**
   * Stores under numbers from 0 to 70 or far beyond the cache's first table of 64 entries. Two
   * stores may share a number, as when a store's hours are replaced.
   */
  @Provide
  Arbitrary<List<NumberedStore>> numberedStores() {
    Arbitrary<Integer> numbers =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 70),
            Arbitraries.of(127, 128, 5_000, 65_536, 200_000));
    Arbitrary<PickupLocation> stores =
        Combinators.combine(hours(), zones(), Arbitraries.integers().between(1, 600), cutOffs())
            .as(
                (hours, zone, leadMinutes, cutOff) ->
                    new PickupLocation(
                        StoreId.of("S"),
                        "S",
                        GeoPoint.of(0, 0),
                        StoreCalendar.of(ZoneId.of(zone), WeeklyHours.parse(hours)),
                        Set.of(PickupMethod.IN_STORE),
                        true,
                        Duration.ofMinutes(leadMinutes),
                        cutOff.isEmpty() ? null : LocalTime.parse(cutOff),
                        4,
                        0));
    return Combinators.combine(stores, numbers).as(NumberedStore::new).list();
  }

  @Provide
  Arbitrary<List<Query>> queries() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            placements(),
            Arbitraries.integers().between(0, 40))
        .as(Query::new)
        .list();
  }

  @Provide
  Arbitrary<String> hours() {
    return Arbitraries.of(
        "daily 00:00-24:00",
        "Mon-Sat 09:00-21:00, Sun 10:00-18:00",
        "Mon-Fri 08:00-12:00 13:00-17:00",
        "daily 22:00-02:00",
        "daily 00:00-02:30 02:30-03:00 20:00-24:00",
        "Mon-Fri 18:00-06:00, Sat 06:00-24:00",
        "Mon-Fri 07:00-23:00, Sat-Sun closed",
        "Sat 10:00-14:00");
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(
        "UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata");
  }

  @Provide
  Arbitrary<String> cutOffs() {
    return Arbitraries.of("", "", "16:00", "00:30", "23:59");
  }

  /** Instants across a year, and within hours of the 2025 DST changes of the zones above. */
  @Provide
  Arbitrary<Instant> placements() {
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    Arbitrary<Instant> anyTime =
        Arbitraries.longs().between(0, 365L * 86_400).map(start::plusSeconds);
    Arbitrary<Instant> nearChange =
        Arbitraries.of(
                Instant.parse("2025-03-09T07:00:00Z"),
                Instant.parse("2025-11-02T06:00:00Z"),
                Instant.parse("2025-03-30T01:00:00Z"),
                Instant.parse("2025-10-26T01:00:00Z"),
                Instant.parse("2025-04-05T15:00:00Z"),
                Instant.parse("2025-10-04T15:30:00Z"))
            .flatMap(
                change ->
                    Arbitraries.longs().between(-6 * 3600, 6 * 3600).map(change::plusSeconds));
    return Arbitraries.oneOf(anyTime, nearChange);
  }
}
