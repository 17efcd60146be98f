package dev.bopis.core.order;

import dev.bopis.core.model.OrderId;

/**
 * Thrown by {@link OrderRepository#update} when the stored version is not the expected one, because
 * another command changed the order first. Nothing was written; reload and retry.
 */
public final class ConcurrentOrderUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final OrderId orderId;

  /** Creates the exception for {@code orderId}, expected at {@code expectedVersion}. */
  public ConcurrentOrderUpdateException(OrderId orderId, long expectedVersion, long actualVersion) {
    super(
        "order "
            + orderId
            + " is at version "
            + actualVersion
            + ", not "
            + expectedVersion
            + "; another command changed it first, so reload and retry");
    this.orderId = orderId;
  }

  /** Returns the order. */
  public OrderId orderId() {
    return orderId;
  }
}
