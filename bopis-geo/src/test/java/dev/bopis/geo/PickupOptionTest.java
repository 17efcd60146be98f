package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupOptionTest {

  private static final Sku MUG = Sku.of("MUG");
  private static final Sku TEA = Sku.of("TEA");
  private static final Instant PLACED_AT = Instant.parse("2025-03-04T10:00:00Z");

  private static PickupOption option(List<ShortLine> shortLines, List<RankingFactor> ranking) {
    Instant readyAt = PLACED_AT.plus(Duration.ofMinutes(30));
    return new PickupOption(
        1,
        StoreId.of("A"),
        "Store A",
        1.5,
        DistanceUnit.KILOMETERS,
        shortLines.isEmpty(),
        shortLines,
        Set.of(PickupMethod.IN_STORE),
        new ReadyEstimate(
            readyAt,
            LocalDateTime.ofInstant(readyAt, ZoneOffset.UTC),
            ZoneOffset.UTC,
            ReadyPromise.IN_1_HOUR),
        Duration.ofMinutes(30),
        null,
        new Workload(0, 12),
        ranking);
  }

  @Test
  void shortLines_unaffectedByLaterChangesToSource() {
    List<ShortLine> source = new ArrayList<>(List.of(new ShortLine(MUG, 2, 1)));
    PickupOption option = option(source, List.of());

    source.add(new ShortLine(TEA, 3, 0));
    source.set(0, new ShortLine(TEA, 5, 4));

    assertThat(option.shortLines()).containsExactly(new ShortLine(MUG, 2, 1));
  }

  @Test
  void shortLines_surviveClearedSource() {
    List<ShortLine> source = new ArrayList<>(List.of(new ShortLine(MUG, 2, 1)));
    PickupOption option = option(source, List.of());

    source.clear();

    assertThat(option.canFillCart()).isFalse();
    assertThat(option.shortLines()).hasSize(1);
  }

  @Test
  void ranking_unaffectedByLaterChangesToSource() {
    List<RankingFactor> source = new ArrayList<>(List.of(new RankingFactor("distance-km", 1.5)));
    PickupOption option = option(List.of(), source);

    source.add(new RankingFactor("priority", 3));
    source.set(0, new RankingFactor("distance-km", 99));

    assertThat(option.ranking()).containsExactly(new RankingFactor("distance-km", 1.5));
  }

  @Test
  void shortLines_rejectChangesThroughOption() {
    PickupOption option =
        option(new ArrayList<>(List.of(new ShortLine(MUG, 2, 1))), new ArrayList<>());

    assertThatThrownBy(() -> option.shortLines().add(new ShortLine(TEA, 3, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> option.ranking().add(new RankingFactor("priority", 3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_rejectsNullShortLine() {
    List<ShortLine> source = new ArrayList<>();
    source.add(null);

    assertThatThrownBy(() -> option(source, List.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void serviceResult_unmodifiableAtEveryLevel() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(StoreId.of("WHOLE"), MUG, 5, 0);
    inventory.put(StoreId.of("WHOLE"), TEA, 5, 0);
    inventory.put(StoreId.of("PARTIAL"), MUG, 1, 0);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(
                    List.of(Stores.store("WHOLE", 0, 0.01), Stores.store("PARTIAL", 0, 0.02))),
                AvailabilitySource.of(inventory))
            .build();
    PickupOptionsRequest request =
        PickupOptionsRequest.builder(
                GeoPoint.of(0, 0),
                Cart.of(OrderLine.of("MUG", 2), OrderLine.of("TEA", 1)),
                PLACED_AT)
            .includePartial(true)
            .build();

    List<PickupOption> options = service.options(request);

    assertThat(options)
        .extracting(PickupOption::storeId)
        .containsExactly(StoreId.of("WHOLE"), StoreId.of("PARTIAL"));
    PickupOption whole = options.get(0);
    PickupOption partial = options.get(1);
    assertThat(partial.shortLines())
        .containsExactly(new ShortLine(MUG, 2, 1), new ShortLine(TEA, 1, 0));
    assertThatThrownBy(() -> options.add(whole)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> options.set(0, partial))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> options.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> whole.shortLines().add(new ShortLine(MUG, 2, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> partial.shortLines().add(new ShortLine(MUG, 2, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> partial.shortLines().set(0, new ShortLine(TEA, 9, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> partial.shortLines().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> whole.ranking().add(new RankingFactor("priority", 0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> whole.ranking().set(0, new RankingFactor("priority", 0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> whole.ranking().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(options).hasSize(2);
    assertThat(partial.shortLines()).hasSize(2);
    assertThat(whole.ranking()).hasSize(5);
  }

  @Test
  void serviceResult_equalsListOfSameOptions() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(StoreId.of("A"), MUG, 1, 0);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(List.of(Stores.store("A", 0, 0.01))),
                AvailabilitySource.of(inventory))
            .build();
    PickupOptionsRequest request =
        PickupOptionsRequest.builder(GeoPoint.of(0, 0), Cart.of(OrderLine.of("MUG", 1)), PLACED_AT)
            .build();

    List<PickupOption> first = service.options(request);
    List<PickupOption> second = service.options(request);

    assertThat(first).isEqualTo(List.copyOf(second));
    assertThat(first.hashCode()).isEqualTo(List.copyOf(second).hashCode());
    assertThat(first.get(0).ranking()).isEqualTo(List.copyOf(second.get(0).ranking()));
  }
}
