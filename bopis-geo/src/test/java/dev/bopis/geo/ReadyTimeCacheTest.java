package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReadyTimeCacheTest {

  private static final List<String> HOURS =
      List.of(
          "daily 00:00-24:00",
          "Mon-Sat 09:00-21:00, Sun 10:00-18:00",
          "Mon-Fri 08:00-12:00 13:00-17:00",
          "daily 22:00-02:00",
          "daily 00:00-02:30 02:30-03:00 20:00-24:00",
          "Mon-Fri 18:00-06:00, Sat 06:00-24:00",
          "Sat 10:00-14:00");

  private static final List<String> ZONES =
      List.of(
          "UTC",
          "America/New_York",
          "Europe/London",
          "Australia/Lord_Howe",
          "Asia/Kolkata",
          "Pacific/Chatham");

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** New York moved from 02:00 EST to 03:00 EDT at this instant. */
  private static final Instant NEW_YORK_SPRING_FORWARD = Instant.parse("2025-03-09T07:00:00Z");

  private final ReadyTimeEstimator estimator = new ReadyTimeEstimator();
  private final ReadyTimeCache cache = new ReadyTimeCache(estimator);

  private static PickupLocation store(
      String id, String zone, String hours, Duration lead, @Nullable LocalTime cutOff) {
    return new PickupLocation(
        StoreId.of(id),
        id,
        GeoPoint.of(0, 0),
        StoreCalendar.of(ZoneId.of(zone), WeeklyHours.parse(hours)),
        Set.of(PickupMethod.IN_STORE),
        true,
        lead,
        cutOff,
        4,
        0);
  }

  private Optional<ReadyEstimate> cached(
      PickupLocation store, int number, Instant placedAt, int ordersInPreparation) {
    return Optional.ofNullable(cache.estimate(placedAt, store, number, ordersInPreparation));
  }

  private Optional<ReadyEstimate> expected(
      PickupLocation store, Instant placedAt, int ordersInPreparation) {
    return estimator.estimate(
        placedAt,
        store.calendar(),
        store.preparationLead(),
        store.sameDayCutoff(),
        new Workload(ordersInPreparation, store.ordersPerHour()));
  }

  private void assertMatchesEstimator(
      PickupLocation store, int number, Instant placedAt, int ordersInPreparation) {
    assertThat(cached(store, number, placedAt, ordersInPreparation))
        .as("store %s number %d placed at %s", store.id(), number, placedAt)
        .isEqualTo(expected(store, placedAt, ordersInPreparation));
  }

  @Test
  void estimate_manyStoreNumbersMatchEstimator() {
    List<PickupLocation> stores = new ArrayList<>();
    for (int i = 0; i < 5_100; i++) {
      stores.add(
          store(
              String.format("CACHE-GROWTH-%04d", i),
              ZONES.get(i % ZONES.size()),
              HOURS.get(i % HOURS.size()),
              Duration.ofMinutes(15 + i % 200),
              i % 5 == 0 ? LocalTime.of(16, 0) : null));
    }
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    int largestNumber = 0;

    for (int i = 0; i < stores.size(); i++) {
      PickupLocation store = stores.get(i);
      int number = StoreNumbers.of(store.id());
      largestNumber = Math.max(largestNumber, number);
      assertMatchesEstimator(store, number, start.plusSeconds(i * 6_173L), i % 4);
    }
    // A second pass after the table grew: entries copied into the larger table must still give the
    // estimator's result.
    for (int i = stores.size() - 1; i >= 0; i--) {
      PickupLocation store = stores.get(i);
      int number = StoreNumbers.of(store.id());
      assertMatchesEstimator(store, number, start.plusSeconds(i * 6_173L + 45 * 60), i % 3);
    }

    assertThat(largestNumber).isGreaterThanOrEqualTo(5_000);
  }

  @Test
  void estimate_interleavedStoreNumbersMatchEstimator() {
    int[] numbers = {0, 1, 63, 64, 65, 127, 128, 5_000, 70_000};
    List<PickupLocation> stores = new ArrayList<>();
    for (int k = 0; k < numbers.length; k++) {
      stores.add(
          store(
              "INTERLEAVED-" + k,
              ZONES.get(k % ZONES.size()),
              HOURS.get(k % HOURS.size()),
              Duration.ofMinutes(30 + 20 * k),
              null));
    }
    Instant start = Instant.parse("2025-03-04T10:00:00Z");

    for (int round = 0; round < 12; round++) {
      Instant placedAt = start.plus(Duration.ofMinutes(97L * round));
      for (int k = numbers.length - 1; k >= 0; k--) {
        assertMatchesEstimator(stores.get(k), numbers[k], placedAt, round % 3);
      }
    }
  }

  @Test
  void estimate_followsReplacedCalendar() {
    PickupLocation morning =
        store("REPLACED", "UTC", "daily 09:00-17:00", Duration.ofMinutes(30), null);
    PickupLocation afternoon =
        store("REPLACED", "UTC", "daily 12:00-20:00", Duration.ofMinutes(30), null);
    PickupLocation morningInNewYork =
        store("REPLACED", "America/New_York", "daily 09:00-17:00", Duration.ofMinutes(30), null);
    int number = StoreNumbers.of(morning.id());
    Instant placedAt = Instant.parse("2025-03-04T10:00:00Z");

    Optional<ReadyEstimate> first = cached(morning, number, placedAt, 0);
    Optional<ReadyEstimate> replaced = cached(afternoon, number, placedAt, 0);
    Optional<ReadyEstimate> otherZone = cached(morningInNewYork, number, placedAt, 0);
    Optional<ReadyEstimate> restored = cached(morning, number, placedAt, 0);

    assertThat(first.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-04T10:30:00Z"));
    assertThat(replaced.map(ReadyEstimate::readyAt))
        .contains(Instant.parse("2025-03-04T12:30:00Z"));
    // 10:00Z is 05:00 EST, so the New York store opens at 09:00 EST (14:00Z).
    assertThat(otherZone.map(ReadyEstimate::readyAt))
        .contains(Instant.parse("2025-03-04T14:30:00Z"));
    assertThat(restored.map(ReadyEstimate::readyAt))
        .contains(Instant.parse("2025-03-04T10:30:00Z"));
    assertThat(first).isEqualTo(expected(morning, placedAt, 0));
    assertThat(replaced).isEqualTo(expected(afternoon, placedAt, 0));
    assertThat(otherZone).isEqualTo(expected(morningInNewYork, placedAt, 0));
    assertThat(restored).isEqualTo(expected(morning, placedAt, 0));
  }

  @Test
  void estimate_followsCalendarClosedAfterReplacement() {
    PickupLocation open =
        store("CLOSING", "UTC", "daily 00:00-24:00", Duration.ofMinutes(30), null);
    PickupLocation closed =
        store("CLOSING", "UTC", "Sat 10:00-14:00", Duration.ofMinutes(30), null);
    int number = StoreNumbers.of(open.id());
    // A Tuesday: the replacement opens next on Saturday 2025-03-08.
    Instant placedAt = Instant.parse("2025-03-04T10:00:00Z");

    Optional<ReadyEstimate> before = cached(open, number, placedAt, 0);
    Optional<ReadyEstimate> after = cached(closed, number, placedAt, 0);

    assertThat(before.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-04T10:30:00Z"));
    assertThat(after.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-08T10:30:00Z"));
    assertThat(after).isEqualTo(expected(closed, placedAt, 0));
  }

  @Test
  void estimate_refreshesOffsetAcrossSpringForward() {
    PickupLocation store =
        store(
            "DST-NEW-YORK", "America/New_York", "daily 00:00-24:00", Duration.ofMinutes(30), null);
    int number = StoreNumbers.of(store.id());
    Instant beforeChange = Instant.parse("2025-03-09T06:30:00Z");
    Instant afterChange = Instant.parse("2025-03-09T07:30:00Z");

    Optional<ReadyEstimate> first = cached(store, number, beforeChange, 0);
    Optional<ReadyEstimate> second = cached(store, number, afterChange, 0);
    Optional<ReadyEstimate> third = cached(store, number, beforeChange, 0);

    // 06:30Z is 01:30 EST, and the order is ready 30 minutes later at 07:00Z, which is 03:00 EDT.
    assertThat(first.map(ReadyEstimate::localReadyAt)).contains(LocalDateTime.of(2025, 3, 9, 3, 0));
    assertThat(second.map(ReadyEstimate::localReadyAt))
        .contains(LocalDateTime.of(2025, 3, 9, 4, 0));
    assertThat(third.map(ReadyEstimate::localReadyAt)).contains(LocalDateTime.of(2025, 3, 9, 3, 0));
    assertThat(first.map(ReadyEstimate::promise)).contains(ReadyPromise.IN_1_HOUR);
    assertThat(first).isEqualTo(expected(store, beforeChange, 0));
    assertThat(second).isEqualTo(expected(store, afterChange, 0));
    assertThat(third).isEqualTo(expected(store, beforeChange, 0));
  }

  @Test
  void estimate_cutOffUsesOffsetAfterChange() {
    // At 07:30Z the store-local time is 03:30 EDT, which is after the 03:00 cut-off, but in EST it
    // would be 02:30. The order starts at the next local date, 2025-03-10T00:00 EDT (04:00Z).
    PickupLocation store =
        store(
            "DST-CUT-OFF",
            "America/New_York",
            "daily 00:00-24:00",
            Duration.ofMinutes(30),
            LocalTime.of(3, 0));
    int number = StoreNumbers.of(store.id());
    Instant beforeChange = Instant.parse("2025-03-09T06:30:00Z");
    Instant afterChange = Instant.parse("2025-03-09T07:30:00Z");

    Optional<ReadyEstimate> first = cached(store, number, beforeChange, 0);
    Optional<ReadyEstimate> second = cached(store, number, afterChange, 0);
    Optional<ReadyEstimate> third = cached(store, number, beforeChange, 0);

    assertThat(first.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-09T07:00:00Z"));
    assertThat(second.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-10T04:30:00Z"));
    assertThat(third.map(ReadyEstimate::readyAt)).contains(Instant.parse("2025-03-09T07:00:00Z"));
    assertThat(second).isEqualTo(expected(store, afterChange, 0));
  }

  @Test
  void estimate_walksAcrossDstChangesMatchEstimator() {
    List<Instant> changes =
        List.of(
            NEW_YORK_SPRING_FORWARD,
            Instant.parse("2025-11-02T06:00:00Z"),
            Instant.parse("2025-03-30T01:00:00Z"),
            Instant.parse("2025-10-26T01:00:00Z"),
            Instant.parse("2025-04-05T15:00:00Z"),
            Instant.parse("2025-10-04T15:30:00Z"));
    List<String> zones = List.of("America/New_York", "Europe/London", "Australia/Lord_Howe");
    List<Duration> steps =
        List.of(
            Duration.ofMinutes(-30),
            Duration.ofMinutes(30),
            Duration.ofMinutes(-30),
            Duration.ofSeconds(-1),
            Duration.ZERO,
            Duration.ofSeconds(1),
            Duration.ofMinutes(-90),
            Duration.ofMinutes(90),
            Duration.ofHours(-3),
            Duration.ofMinutes(10),
            Duration.ofHours(-26),
            Duration.ofMinutes(-10));
    List<PickupLocation> configurations = new ArrayList<>();
    for (String zone : zones) {
      configurations.add(
          store("WALK-1-" + zone, zone, "daily 00:00-24:00", Duration.ofMinutes(30), null));
      configurations.add(
          store("WALK-2-" + zone, zone, "daily 00:00-24:00", Duration.ofHours(3), null));
      configurations.add(
          store(
              "WALK-3-" + zone,
              zone,
              "daily 01:00-02:30 03:00-24:00",
              Duration.ofMinutes(30),
              null));
      configurations.add(
          store(
              "WALK-4-" + zone,
              zone,
              "daily 00:00-24:00",
              Duration.ofMinutes(30),
              LocalTime.of(1, 45)));
      configurations.add(
          store(
              "WALK-5-" + zone,
              zone,
              "daily 00:00-24:00",
              Duration.ofMinutes(30),
              LocalTime.of(3, 0)));
      configurations.add(
          store("WALK-6-" + zone, zone, "daily 22:00-02:00", Duration.ofMinutes(45), null));
    }

    for (PickupLocation store : configurations) {
      int number = StoreNumbers.of(store.id());
      for (Instant change : changes) {
        for (int orders = 0; orders <= 4; orders += 4) {
          for (Duration step : steps) {
            assertMatchesEstimator(store, number, change.plus(step), orders);
          }
        }
      }
    }
  }

  @Test
  void estimate_fallBackPastMidnightKeepsHourPromise() {
    // St. John's set clocks back from 00:01 NDT to 23:01 NST on 2010-11-07, so an order placed at
    // 00:00:30 NDT and ready two minutes later is ready at 23:02:30 on the previous local date.
    PickupLocation store =
        store("ST-JOHNS", "America/St_Johns", "daily 00:00-24:00", Duration.ofMinutes(2), null);
    int number = StoreNumbers.of(store.id());
    Instant placedAt = Instant.parse("2010-11-07T02:30:30Z");

    Optional<ReadyEstimate> estimate = cached(store, number, placedAt, 0);

    assertThat(estimate.map(ReadyEstimate::localReadyAt))
        .contains(LocalDateTime.of(2010, 11, 6, 23, 2, 30));
    assertThat(estimate.map(ReadyEstimate::promise)).contains(ReadyPromise.IN_1_HOUR);
  }

  @Test
  void estimate_nearLastSupportedDateMatchesEstimator() {
    PickupLocation store = store("END", "UTC", "daily 00:00-24:00", Duration.ofMinutes(1), null);
    int number = StoreNumbers.of(store.id());
    Instant placedAt = Instant.parse("+999999999-12-28T12:00:00Z");

    Optional<ReadyEstimate> estimate = cached(store, number, placedAt, 0);

    assertThat(estimate.map(ReadyEstimate::readyAt)).contains(placedAt.plusSeconds(60));
    assertMatchesEstimator(store, number, placedAt, 0);
  }
}
