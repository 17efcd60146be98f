package dev.bopis.core.calendar;

/**
 * Reason for which {@link PickupWindowPolicy} rejects a requested pickup window. The constants are
 * listed in the order in which the policy checks them.
 */
public enum PickupWindowRejectionReason {

  /** The window starts before the current instant. */
  IN_THE_PAST,

  /** The window starts before the earliest ready time of the order. */
  BEFORE_READY,

  /** The window ends after the hold window ends. */
  AFTER_HOLD_WINDOW,

  /** The store is not open throughout the window. */
  OUTSIDE_OPENING_HOURS
}
