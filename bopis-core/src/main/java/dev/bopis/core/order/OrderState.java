package dev.bopis.core.order;

/**
 * Lifecycle state of a pickup order. See {@link OrderStep} for the steps allowed in each state.
 *
 * <p>An order exists only once it is sourced: placement that finds no store returns a result and
 * stores nothing. A store rejection is an event, not a state: the order moves on to the next store
 * in {@link #SOURCED} or ends in {@link #UNFULFILLABLE}.
 */
public enum OrderState {
  /**
   * Stock is reserved at a store and the order was routed there; the store has not accepted yet.
   */
  SOURCED(false),
  /** The store acknowledged the order. */
  ACCEPTED(false),
  /** The store is picking the lines. */
  PICKING(false),
  /** Staged at the store; the hold window runs. */
  READY_FOR_PICKUP(false),
  /** The customer checked in on arrival (curbside) and waits for the hand-over. */
  CUSTOMER_ARRIVED(false),
  /** Every remaining unit was collected. */
  PICKED_UP(true),
  /** Some units were collected; the rest went back to sellable stock. */
  PARTIALLY_PICKED_UP(true),
  /**
   * No one collected the order within the hold window, so its stock went back to sellable stock.
   */
  EXPIRED(true),
  /** Cancelled by the customer, the store or the system, with a reason code. */
  CANCELLED(true),
  /** No store could take the order for pickup; ship-to-home may be offered. */
  UNFULFILLABLE(true);

  private final boolean terminal;

  OrderState(boolean terminal) {
    this.terminal = terminal;
  }

  /** Returns whether no step can leave this state. */
  public boolean isTerminal() {
    return terminal;
  }

  /** Returns whether the store is working on the order: accepted or picking. */
  public boolean isInPreparation() {
    return this == ACCEPTED || this == PICKING;
  }
}
