package dev.bopis.core.order;

/** Who cancelled an order. */
public enum CancelledBy {
  /** The customer. */
  CUSTOMER,
  /** The store. */
  STORE,
  /** The order-management system or the library's scheduler. */
  SYSTEM
}
