package dev.bopis.core.service;

/** Policy for an order whose store cannot find every unit. */
public enum ShortPickPolicy {
  /**
   * Continue with the units found: the missing units are written off at the store, the customer is
   * notified of the short lines, and the order goes on. An order with nothing found moves to the
   * next store as with {@link #REROUTE}.
   */
  CONTINUE_WITH_AVAILABLE,
  /** Move the whole order to the next best store, as if the store had rejected it. */
  REROUTE
}
