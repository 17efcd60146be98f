package dev.bopis.geo;

import dev.bopis.core.store.PickupLocation;
import java.util.Objects;

/**
 * A store and its great-circle distance from a search centre.
 *
 * @param store the store
 * @param distance the distance in {@code unit}, zero or more
 * @param unit the unit of {@code distance}
 */
public record StoreDistance(PickupLocation store, double distance, DistanceUnit unit) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code store} or {@code unit} is null
   * @throws IllegalArgumentException if {@code distance} is negative or NaN
   */
  public StoreDistance {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(unit, "unit");
    if (!(distance >= 0)) {
      throw new IllegalArgumentException(
          "distance " + distance + " of store " + store.id() + " must be zero or more");
    }
  }
}
