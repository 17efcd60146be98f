package dev.bopis.geo;

import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.ArrayList;
import java.util.List;

/** An availability source that records every call before asking the inventory. */
final class CountingSource implements AvailabilitySource {

  private final InventoryPort inventory;
  private final List<List<StoreId>> calls = new ArrayList<>();

  CountingSource(InventoryPort inventory) {
    this.inventory = inventory;
  }

  @Override
  public synchronized AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus) {
    calls.add(List.copyOf(stores));
    return inventory.availability(stores, skus);
  }

  /** Returns the store lists of the calls so far, in call order. */
  synchronized List<List<StoreId>> calls() {
    return List.copyOf(calls);
  }
}
