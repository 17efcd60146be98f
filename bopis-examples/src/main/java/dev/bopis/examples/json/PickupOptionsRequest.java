package dev.bopis.examples.json;

import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A storefront's question at checkout: which stores near the customer can prepare this cart.
 *
 * @param customer where the customer is
 * @param radius how far to search from {@code customer}, more than 0
 * @param cart the lines to pick up together
 * @param method the pickup method the store must offer, or null for any method
 * @param limit the most stores to return, 1 to {@value #MAX_LIMIT}
 */
public record PickupOptionsRequest(
    GeoPoint customer, Distance radius, Cart cart, @Nullable PickupMethod method, int limit) {

  /** The default of {@link #limit()}. */
  public static final int DEFAULT_LIMIT = 10;

  /** The highest {@link #limit()} accepted. */
  public static final int MAX_LIMIT = 100;

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the radius is 0 or {@code limit} is outside 1 to {@value
   *     #MAX_LIMIT}
   */
  public PickupOptionsRequest {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(radius, "radius");
    Objects.requireNonNull(cart, "cart");
    if (radius.value() <= 0) {
      throw new IllegalArgumentException(
          "radius " + radius.value() + " " + radius.unit().symbol() + " must be positive");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit " + limit + " is outside [1, " + MAX_LIMIT + "]; pass a value in range");
    }
  }
}
