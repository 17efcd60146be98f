package dev.bopis.core.sourcing;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a candidate finder needs to propose stores for an order.
 *
 * @param customer where the customer is
 * @param quantities units per SKU, all lines of one SKU summed
 * @param method the pickup method the store must offer
 * @param excluded stores never to propose, such as those that rejected the order
 * @param limit the most candidates to return, at least 1
 */
public record SourcingRequest(
    GeoPoint customer,
    Map<Sku, Long> quantities,
    PickupMethod method,
    Set<StoreId> excluded,
    int limit) {

  /**
   * Validates and copies the request.
   *
   * @throws IllegalArgumentException if {@code quantities} is empty or {@code limit} is below 1
   */
  public SourcingRequest {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(method, "method");
    quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    excluded = Set.copyOf(excluded);
    if (quantities.isEmpty()) {
      throw new IllegalArgumentException("sourcing request has no quantities; pass the cart");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be at least 1");
    }
  }
}
