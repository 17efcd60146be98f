package dev.bopis.core.order;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A step an order can take, and the single table of the states each step may start from.
 *
 * <p>Steps not listed for a state raise {@link IllegalTransitionException}. The target of a step
 * depends on its outcome (a rejection re-routes or ends the order), so the table lists sources
 * only; {@link PickupOrder} sets the target.
 */
public enum OrderStep {
  /** The store acknowledges the order. */
  ACCEPT,
  /** The store declines the order, or did not acknowledge in time. */
  REJECT,
  /** The store starts picking. */
  START_PICKING,
  /** The store reports lines it could not find. */
  REPORT_SHORT_PICK,
  /** The store staged the order; the ready notification goes out. */
  MARK_READY,
  /** The customer arrived at the store. */
  CHECK_IN,
  /** The customer collected all or part of the order. */
  PICK_UP,
  /** The hold window is extended. */
  EXTEND_HOLD,
  /** A reminder goes out before the hold window ends. */
  REMIND,
  /** The hold window ended without collection. */
  EXPIRE,
  /** The order is cancelled by the customer, the store or the system. */
  CANCEL;

  private static final Map<OrderStep, Set<OrderState>> SOURCES =
      Map.ofEntries(
          Map.entry(ACCEPT, EnumSet.of(OrderState.SOURCED)),
          Map.entry(
              REJECT, EnumSet.of(OrderState.SOURCED, OrderState.ACCEPTED, OrderState.PICKING)),
          Map.entry(START_PICKING, EnumSet.of(OrderState.ACCEPTED)),
          Map.entry(REPORT_SHORT_PICK, EnumSet.of(OrderState.ACCEPTED, OrderState.PICKING)),
          Map.entry(MARK_READY, EnumSet.of(OrderState.ACCEPTED, OrderState.PICKING)),
          Map.entry(CHECK_IN, EnumSet.of(OrderState.READY_FOR_PICKUP)),
          Map.entry(PICK_UP, EnumSet.of(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED)),
          Map.entry(
              EXTEND_HOLD, EnumSet.of(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED)),
          Map.entry(REMIND, EnumSet.of(OrderState.READY_FOR_PICKUP)),
          Map.entry(EXPIRE, EnumSet.of(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED)),
          Map.entry(
              CANCEL,
              EnumSet.of(
                  OrderState.SOURCED,
                  OrderState.ACCEPTED,
                  OrderState.PICKING,
                  OrderState.READY_FOR_PICKUP,
                  OrderState.CUSTOMER_ARRIVED)));

  /** Returns whether this step may start from {@code state}. */
  public boolean allowedFrom(OrderState state) {
    return SOURCES.get(this).contains(state);
  }

  /** Returns the states this step may start from, in lifecycle order. */
  public Set<OrderState> sources() {
    return Collections.unmodifiableSet(EnumSet.copyOf(SOURCES.get(this)));
  }
}
