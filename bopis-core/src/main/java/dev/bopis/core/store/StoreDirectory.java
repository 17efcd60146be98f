package dev.bopis.core.store;

import dev.bopis.core.model.StoreId;
import java.util.Collection;
import java.util.Optional;

/**
 * Port that looks up pickup locations.
 *
 * <p>Implementations must be safe to call from many threads. Stores may be added, changed or
 * removed while the library runs; a lookup sees the latest version.
 */
public interface StoreDirectory {

  /** Returns the store with {@code id}, or empty if none is known. */
  Optional<PickupLocation> find(StoreId id);

  /** Returns every known store, pickup-enabled or not, in no particular order. */
  Collection<PickupLocation> all();
}
