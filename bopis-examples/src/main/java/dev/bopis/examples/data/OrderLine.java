package dev.bopis.examples.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a Sample - Superstore order: a quantity of one product.
 *
 * @param orderId the order id, shared by the lines of one order
 * @param orderDate the date the order was placed (no time of day or zone in the source)
 * @param zip the 5-digit ZIP code of the customer
 * @param productId the product id
 * @param quantity the number of units, at least 1
 */
public record OrderLine(
    String orderId, LocalDate orderDate, String zip, String productId, int quantity) {

  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if {@code orderId} or {@code productId} is blank, {@code zip}
   *     is not five digits or {@code quantity} is less than 1
   */
  public OrderLine {
    Checks.nonBlank(orderId, "orderId");
    Objects.requireNonNull(orderDate, "orderDate");
    Checks.zip(zip);
    Checks.nonBlank(productId, "productId");
    if (quantity < 1) {
      throw new IllegalArgumentException(
          "quantity " + quantity + " of order " + orderId + " is less than 1; pass at least 1");
    }
  }
}
