package dev.bopis.core.notify;

/** Subject of a notification. */
public enum NotificationType {
  /** To the store: a new pickup order with location id, pickup method and pickup window. */
  ORDER_ROUTED(Audience.STORE),
  /** To the customer: the order is staged and can be collected. */
  READY_FOR_PICKUP(Audience.CUSTOMER),
  /** To the customer: the hold window ends soon. */
  PICKUP_REMINDER(Audience.CUSTOMER),
  /** To the customer: some lines could not be found and will not be collected. */
  SHORT_PICK(Audience.CUSTOMER),
  /** To the store: the customer checked in on arrival. */
  CUSTOMER_ARRIVED(Audience.STORE),
  /** To the customer: the order was not collected in time and was cancelled. */
  ORDER_EXPIRED(Audience.CUSTOMER),
  /** To the customer: the order was cancelled. */
  ORDER_CANCELLED(Audience.CUSTOMER),
  /** To the customer: the items can be shipped to their home instead. */
  SHIP_TO_HOME_OFFER(Audience.CUSTOMER);

  /** Recipient of a notification type. */
  public enum Audience {
    /** The customer, on their preferred channel. */
    CUSTOMER,
    /** The store's staff, through the store channel. */
    STORE
  }

  private final Audience audience;

  NotificationType(Audience audience) {
    this.audience = audience;
  }

  /** Returns who receives this type. */
  public Audience audience() {
    return audience;
  }
}
