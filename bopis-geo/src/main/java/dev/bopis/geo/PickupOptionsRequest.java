package dev.bopis.geo;

import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A storefront's request for the pickup locations that can serve a cart.
 *
 * @param customer where the customer is
 * @param radius the search radius in {@code unit}, positive and finite
 * @param unit the unit of {@code radius} and of the distances in the results
 * @param cart the cart; lines of one SKU are summed
 * @param method the pickup method the store must offer, or null for any method
 * @param maxResults the most locations to return, at least 1
 * @param includePartial whether stores that cannot fill the whole cart are listed with their short
 *     lines, after those that can; false leaves them out
 * @param placedAt the instant the order would be placed, for the ready-time estimate
 */
public record PickupOptionsRequest(
    GeoPoint customer,
    double radius,
    DistanceUnit unit,
    Cart cart,
    @Nullable PickupMethod method,
    int maxResults,
    boolean includePartial,
    Instant placedAt) {

  /** The default search radius in kilometres. */
  public static final double DEFAULT_RADIUS_KM = 200.0;

  /** The default number of results, as storefronts show. */
  public static final int DEFAULT_MAX_RESULTS = 10;

  /**
   * Validates the request.
   *
   * @throws NullPointerException if {@code customer}, {@code unit}, {@code cart} or {@code
   *     placedAt} is null
   * @throws IllegalArgumentException if {@code radius} is not positive and finite, or {@code
   *     maxResults} is below 1
   */
  public PickupOptionsRequest {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(cart, "cart");
    Objects.requireNonNull(placedAt, "placedAt");
    Requests.requireRadius(radius, unit);
    Requests.requireLimit(maxResults, "maxResults");
  }

  /**
   * Starts a request with the defaults: {@value #DEFAULT_RADIUS_KM} km, any method, {@value
   * #DEFAULT_MAX_RESULTS} results, whole-cart stores only.
   *
   * @param customer where the customer is
   * @param cart the cart
   * @param placedAt the instant the order would be placed
   * @return a builder
   */
  public static Builder builder(GeoPoint customer, Cart cart, Instant placedAt) {
    return new Builder(customer, cart, placedAt);
  }

  /** Builds a {@link PickupOptionsRequest}; not thread-safe. */
  public static final class Builder {
    private final GeoPoint customer;
    private final Cart cart;
    private final Instant placedAt;
    private double radius = DEFAULT_RADIUS_KM;
    private DistanceUnit unit = DistanceUnit.KILOMETERS;
    private @Nullable PickupMethod method;
    private int maxResults = DEFAULT_MAX_RESULTS;
    private boolean includePartial;

    private Builder(GeoPoint customer, Cart cart, Instant placedAt) {
      this.customer = customer;
      this.cart = cart;
      this.placedAt = placedAt;
    }

    /**
     * Sets the search radius.
     *
     * @param value the radius in {@code radiusUnit}, positive and finite
     * @param radiusUnit its unit, also used for the distances in the results
     * @return this builder
     */
    public Builder radius(double value, DistanceUnit radiusUnit) {
      this.radius = value;
      this.unit = radiusUnit;
      return this;
    }

    /**
     * Sets the pickup method the store must offer.
     *
     * @param value the method, or null for any method
     * @return this builder
     */
    public Builder method(@Nullable PickupMethod value) {
      this.method = value;
      return this;
    }

    /**
     * Sets the most locations to return.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxResults(int value) {
      this.maxResults = value;
      return this;
    }

    /**
     * Sets whether stores that cannot fill the whole cart are listed after those that can.
     *
     * @param value true to list them with their short lines
     * @return this builder
     */
    public Builder includePartial(boolean value) {
      this.includePartial = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException as {@link PickupOptionsRequest} does
     */
    public PickupOptionsRequest build() {
      return new PickupOptionsRequest(
          customer, radius, unit, cart, method, maxResults, includePartial, placedAt);
    }
  }
}
