package dev.bopis.core.order;

import dev.bopis.core.model.OrderId;
import java.util.Objects;

/**
 * Thrown when a step is not allowed in the order's current state. The order is left unchanged.
 *
 * <p>Typical causes are steps that arrive out of order (picked up before ready) or a step on a
 * closed order (cancelling an order already picked up).
 */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final OrderId orderId;
  private final OrderState state;
  private final OrderStep step;

  /** Creates the exception for {@code step} attempted on {@code orderId} in {@code state}. */
  public IllegalTransitionException(OrderId orderId, OrderState state, OrderStep step) {
    super(
        "order "
            + orderId
            + " is "
            + state
            + " and cannot take step "
            + step
            + "; allowed from "
            + step.sources());
    this.orderId = Objects.requireNonNull(orderId, "orderId");
    this.state = Objects.requireNonNull(state, "state");
    this.step = Objects.requireNonNull(step, "step");
  }

  /** Returns the order. */
  public OrderId orderId() {
    return orderId;
  }

  /** Returns the state the order was in. */
  public OrderState state() {
    return state;
  }

  /** Returns the step that was attempted. */
  public OrderStep step() {
    return step;
  }
}
