package dev.bopis.core.model;

/** How the customer collects an order at the store. */
public enum PickupMethod {
  /** At a counter or locker inside the store. */
  IN_STORE,
  /** Brought to the customer's car after an arrival check-in. */
  CURBSIDE
}
