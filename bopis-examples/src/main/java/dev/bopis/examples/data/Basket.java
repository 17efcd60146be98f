package dev.bopis.examples.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The lines of one order, all placed on the same date from the same ZIP code.
 *
 * @param orderId the order id
 * @param orderDate the date the order was placed
 * @param zip the 5-digit ZIP code of the customer
 * @param lines the order lines in file order, at least one
 */
public record Basket(String orderId, LocalDate orderDate, String zip, List<OrderLine> lines) {

  /**
   * Validates the fields and copies {@code lines}.
   *
   * @throws NullPointerException if a reference or a line is null
   * @throws IllegalArgumentException if {@code orderId} is blank, {@code zip} is not five digits,
   *     {@code lines} is empty, or a line has another order id, date or ZIP code than the basket
   */
  public Basket {
    Checks.nonBlank(orderId, "orderId");
    Objects.requireNonNull(orderDate, "orderDate");
    Checks.zip(zip);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          "lines of order " + orderId + " is empty; pass at least one line");
    }
    for (OrderLine line : lines) {
      if (!line.orderId().equals(orderId)
          || !line.orderDate().equals(orderDate)
          || !line.zip().equals(zip)) {
        throw new IllegalArgumentException(
            "line "
                + line
                + " does not belong to order "
                + orderId
                + " of "
                + orderDate
                + " from ZIP "
                + zip
                + "; pass only lines with the basket's order id, date and ZIP code");
      }
    }
  }
}
