package dev.bopis.core.service;

import dev.bopis.core.order.OrderEvent;

/**
 * Receives order events after the transition that caused them is stored.
 *
 * <p>Events of one order arrive in version order on the thread that ran the command. A listener
 * that throws is logged as a warning with the order id and does not affect the command or the other
 * listeners.
 */
@FunctionalInterface
public interface OrderEventListener {

  /** Handles {@code event}; should return quickly. */
  void onEvent(OrderEvent event);
}
