package dev.bopis.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.testing.TestStores;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupLocationTest {

  private static PickupLocation location(
      Set<PickupMethod> methods, boolean enabled, Duration lead, int ordersPerHour) {
    return new PickupLocation(
        StoreId.of("STORE-1"),
        "Store 1",
        GeoPoint.of(0, 0),
        StoreCalendar.alwaysOpen(ZoneId.of("Europe/Madrid")),
        methods,
        enabled,
        lead,
        null,
        ordersPerHour,
        0);
  }

  @Test
  void offers_onlyEnabledMethods() {
    PickupLocation counter =
        location(Set.of(PickupMethod.IN_STORE), true, Duration.ofMinutes(30), 10);

    assertThat(counter.offers(PickupMethod.IN_STORE)).isTrue();
    assertThat(counter.offers(PickupMethod.CURBSIDE)).isFalse();
    assertThat(counter.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
  }

  @Test
  void offers_nothingWhenPickupIsDisabled() {
    PickupLocation warehouse = TestStores.store("DC").pickupDisabled().build();

    assertThat(warehouse.offers(PickupMethod.IN_STORE)).isFalse();
    assertThat(warehouse.offers(PickupMethod.CURBSIDE)).isFalse();
  }

  @Test
  void constructor_enabledWithoutMethodThrows() {
    assertThatThrownBy(() -> location(Set.of(), true, Duration.ofMinutes(30), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pickup enabled but no pickup method");
  }

  @Test
  void constructor_leadBelowOneMinuteThrows() {
    assertThatThrownBy(
            () -> location(Set.of(PickupMethod.IN_STORE), true, Duration.ofSeconds(59), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preparationLead PT59S");
  }

  @Test
  void constructor_capacityBelowOneThrows() {
    assertThatThrownBy(
            () -> location(Set.of(PickupMethod.IN_STORE), true, Duration.ofMinutes(30), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordersPerHour 0");
  }

  @Test
  void directory_putReplacesAndRemoveForgets() {
    InMemoryStoreDirectory directory =
        new InMemoryStoreDirectory(List.of(TestStores.store("STORE-1").build()));
    PickupLocation moved = TestStores.store("STORE-1").at(1, 1).build();

    directory.put(moved);
    directory.remove(StoreId.of("STORE-404"));

    assertThat(directory.find(StoreId.of("STORE-1"))).contains(moved);
    assertThat(directory.all()).containsExactly(moved);
    directory.remove(StoreId.of("STORE-1"));
    assertThat(directory.find(StoreId.of("STORE-1"))).isEmpty();
  }
}
