package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.SourcingRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssortmentTest {

  private static final StoreId A = StoreId.of("A");
  private static final StoreId B = StoreId.of("B");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku TEA = Sku.of("TEA");

  private final Assortment assortment = new Assortment();

  @Test
  void mayStock_isTrueOnlyForRecordedPairs() {
    assortment.recordStocked(A, MUG);

    assertThat(assortment.mayStock(A, MUG)).isTrue();
    assertThat(assortment.mayStock(A, TEA)).isFalse();
    assertThat(assortment.mayStock(B, MUG)).isFalse();
  }

  @Test
  void recordStocked_growsBeyondOneWordOfStores() {
    for (int i = 0; i < 200; i++) {
      assortment.recordStocked(StoreId.of("S" + i), i % 2 == 0 ? MUG : TEA);
    }

    assertThat(assortment.mayStock(StoreId.of("S198"), MUG)).isTrue();
    assertThat(assortment.mayStock(StoreId.of("S199"), MUG)).isFalse();
    assertThat(assortment.mayStock(StoreId.of("S199"), TEA)).isTrue();
  }

  @Test
  void forget_clearsEverySkuOfOneStore() {
    assortment.recordStocked(A, MUG);
    assortment.recordStocked(A, TEA);
    assortment.recordStocked(B, MUG);

    assortment.forget(A);

    assertThat(assortment.mayStock(A, MUG)).isFalse();
    assertThat(assortment.mayStock(A, TEA)).isFalse();
    assertThat(assortment.mayStock(B, MUG)).isTrue();
  }

  @Test
  void onMovement_recordsAddedStock() {
    InMemoryInventory inventory = new InMemoryInventory(assortment::onMovement);

    inventory.adjust(InventoryAdjustment.absolute(A, MUG, 3, ReasonCode.STOCK_COUNT));
    inventory.adjust(InventoryAdjustment.absolute(B, TEA, 0, ReasonCode.STOCK_COUNT));

    assertThat(assortment.mayStock(A, MUG)).isTrue();
    assertThat(assortment.mayStock(B, TEA)).isFalse();
  }

  @Test
  void candidates_readStockOfPossibleStoresOnly() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(A, MUG, 1, 0);
    inventory.put(A, TEA, 1, 0);
    inventory.put(B, MUG, 1, 0);
    assortment.recordStocked(A, MUG);
    assortment.recordStocked(A, TEA);
    assortment.recordStocked(B, MUG);
    CountingSource source = new CountingSource(inventory);
    NearestStoreFinder finder =
        new NearestStoreFinder(
                StoreIndex.of(List.of(Stores.store("A", 0, 0.02), Stores.store("B", 0, 0.01))),
                source)
            .withAssortment(assortment);

    List<StoreId> found =
        finder.candidates(
            new SourcingRequest(
                GeoPoint.of(0, 0), Map.of(MUG, 1L, TEA, 1L), PickupMethod.IN_STORE, Set.of(), 5));

    assertThat(found).containsExactly(A);
    assertThat(source.calls()).containsExactly(List.of(A));
  }

  @Test
  void options_ignoreAssortmentWhenPartialStoresAreListed() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(B, MUG, 1, 0);
    assortment.recordStocked(B, MUG);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(List.of(Stores.store("B", 0, 0.01))),
                AvailabilitySource.of(inventory))
            .assortment(assortment)
            .build();
    Cart cart = Cart.of(OrderLine.of("MUG", 1), OrderLine.of("TEA", 1));
    Instant placedAt = Instant.parse("2025-03-04T10:00:00Z");

    List<PickupOption> wholeOnly =
        service.options(PickupOptionsRequest.builder(GeoPoint.of(0, 0), cart, placedAt).build());
    List<PickupOption> withPartial =
        service.options(
            PickupOptionsRequest.builder(GeoPoint.of(0, 0), cart, placedAt)
                .includePartial(true)
                .build());

    assertThat(wholeOnly).isEmpty();
    assertThat(withPartial).extracting(PickupOption::storeId).containsExactly(B);
  }

  @Test
  void candidates_filterStoresAddedAfterTheBuild() {
    StoreId c = StoreId.of("C");
    InMemoryInventory inventory = new InMemoryInventory();
    for (StoreId store : List.of(A, B, c)) {
      inventory.put(store, MUG, 1, 0);
      inventory.put(store, TEA, 1, 0);
    }
    assortment.recordStocked(A, MUG);
    assortment.recordStocked(B, MUG);
    assortment.recordStocked(B, TEA);
    assortment.recordStocked(c, MUG);
    assortment.recordStocked(c, TEA);
    StoreIndex index = StoreIndex.of(List.of(Stores.store("A", 0, 0.01)));
    index.put(Stores.store("B", 0, 0.03));
    index.put(Stores.store("C", 0, 0.02));
    CountingSource source = new CountingSource(inventory);
    NearestStoreFinder finder = new NearestStoreFinder(index, source).withAssortment(assortment);

    List<StoreId> found =
        finder.candidates(
            new SourcingRequest(
                GeoPoint.of(0, 0), Map.of(MUG, 1L, TEA, 1L), PickupMethod.IN_STORE, Set.of(), 5));

    assertThat(found).containsExactly(c, B);
    assertThat(source.calls()).hasSize(1);
    assertThat(source.calls().get(0)).containsExactlyInAnyOrder(B, c);
  }

  @Test
  void candidates_skuStockedNowhereFindsNothing() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(A, MUG, 1, 0);
    assortment.recordStocked(A, MUG);
    CountingSource source = new CountingSource(inventory);
    NearestStoreFinder finder =
        new NearestStoreFinder(StoreIndex.of(List.of(Stores.store("A", 0, 0.01))), source)
            .withAssortment(assortment);

    List<StoreId> found =
        finder.candidates(
            new SourcingRequest(
                GeoPoint.of(0, 0), Map.of(MUG, 1L, TEA, 1L), PickupMethod.IN_STORE, Set.of(), 5));

    assertThat(found).isEmpty();
    assertThat(source.calls()).isEmpty();
  }
}
