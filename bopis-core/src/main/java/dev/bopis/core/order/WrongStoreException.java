package dev.bopis.core.order;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.StoreId;

/**
 * Thrown when a store acts on an order that is routed to another store, typically a late answer
 * from a store the order already moved away from. The order is left unchanged.
 */
public final class WrongStoreException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final OrderId orderId;
  private final StoreId routedStore;
  private final StoreId actingStore;

  /** Creates the exception for {@code actingStore} acting on an order routed to another. */
  public WrongStoreException(OrderId orderId, StoreId routedStore, StoreId actingStore) {
    super(
        "order "
            + orderId
            + " is routed to store "
            + routedStore
            + ", not "
            + actingStore
            + "; the order moved on, so drop this step at store "
            + actingStore);
    this.orderId = orderId;
    this.routedStore = routedStore;
    this.actingStore = actingStore;
  }

  /** Returns the order. */
  public OrderId orderId() {
    return orderId;
  }

  /** Returns the store the order is routed to. */
  public StoreId routedStore() {
    return routedStore;
  }

  /** Returns the store that attempted the step. */
  public StoreId actingStore() {
    return actingStore;
  }
}
