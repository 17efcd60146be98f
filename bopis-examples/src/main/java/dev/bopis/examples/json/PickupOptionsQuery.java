package dev.bopis.examples.json;

/**
 * Finds the pickup options for a request; the one step from these transfer records to the store
 * search.
 *
 * <p>The HTTP example and the BigCommerce mapper call it; an application connects it to its spatial
 * index and inventory. Implementations must be safe to call from many threads.
 */
@FunctionalInterface
public interface PickupOptionsQuery {

  /**
   * Returns the eligible stores within the request's radius, nearest first, at most {@code
   * request.limit()} of them.
   */
  PickupOptionsResponse find(PickupOptionsRequest request);
}
