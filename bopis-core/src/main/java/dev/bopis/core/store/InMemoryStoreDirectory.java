package dev.bopis.core.store;

import dev.bopis.core.model.StoreId;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe store directory kept in memory; stores can be put and removed at any time. */
public final class InMemoryStoreDirectory implements StoreDirectory {

  private final ConcurrentHashMap<StoreId, PickupLocation> stores = new ConcurrentHashMap<>();

  /** Creates a directory holding {@code locations}; a later duplicate id replaces an earlier. */
  public InMemoryStoreDirectory(Collection<PickupLocation> locations) {
    locations.forEach(this::put);
  }

  /** Adds the store or replaces the store with the same id. */
  public void put(PickupLocation location) {
    Objects.requireNonNull(location, "location");
    stores.put(location.id(), location);
  }

  /** Removes the store with {@code id}; does nothing if it is unknown. */
  public void remove(StoreId id) {
    stores.remove(id);
  }

  @Override
  public Optional<PickupLocation> find(StoreId id) {
    return Optional.ofNullable(stores.get(id));
  }

  @Override
  public Collection<PickupLocation> all() {
    return Collections.unmodifiableCollection(stores.values());
  }
}
