package dev.bopis.core.inventory;

import java.util.regex.Pattern;

/**
 * Code that says why stock moved, written to the inventory journal and to events.
 *
 * <p>The constants are the codes the library itself uses; an order-management system may use its
 * own codes for manual adjustments.
 *
 * @param code upper-case letters, digits and underscores, 1 to 64 characters
 */
public record ReasonCode(String code) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Units allocated to a new or re-routed order. */
  public static final ReasonCode ORDER_ALLOCATED = new ReasonCode("ORDER_ALLOCATED");

  /** Hold window ended without collection; staged units go back to sellable stock. */
  public static final ReasonCode PICKUP_EXPIRED = new ReasonCode("PICKUP_EXPIRED");

  /** The customer cancelled the order. */
  public static final ReasonCode CUSTOMER_CANCELLED = new ReasonCode("CUSTOMER_CANCELLED");

  /** The store cancelled the order. */
  public static final ReasonCode STORE_CANCELLED = new ReasonCode("STORE_CANCELLED");

  /** The order-management system or the library cancelled the order. */
  public static final ReasonCode SYSTEM_CANCELLED = new ReasonCode("SYSTEM_CANCELLED");

  /** The store rejected the order, which moves to another store. */
  public static final ReasonCode STORE_REJECTED = new ReasonCode("STORE_REJECTED");

  /** Units the store could not find while picking; on hand is corrected down. */
  public static final ReasonCode SHORT_PICK = new ReasonCode("SHORT_PICK");

  /** Units of a partly collected order that the customer left behind. */
  public static final ReasonCode NOT_COLLECTED = new ReasonCode("NOT_COLLECTED");

  /** Units handed to the customer. */
  public static final ReasonCode COLLECTED = new ReasonCode("COLLECTED");

  /** A stock count or receipt entered by the store. */
  public static final ReasonCode STOCK_COUNT = new ReasonCode("STOCK_COUNT");

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if {@code code} is not 1 to 64 upper-case letters, digits or
   *     underscores starting with a letter
   */
  public ReasonCode {
    if (code == null || !FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "reason code \""
              + code
              + "\" is invalid; use 1 to 64 upper-case letters, digits and underscores, starting"
              + " with a letter, such as DAMAGED");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
