package dev.bopis.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a customer wants to collect together.
 *
 * <p>Lines of the same SKU are kept as given for display but always checked and reserved together:
 * {@link #quantities()} sums them, so two lines of 2 units draw on one stock of 4.
 *
 * @param lines the lines, in the customer's order; at least one
 */
public record Cart(List<OrderLine> lines) {

  /**
   * Validates and copies the lines.
   *
   * @throws IllegalArgumentException if {@code lines} is empty or a SKU's total overflows
   */
  public Cart {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("cart has no lines; add at least one SKU and quantity");
    }
    sumBySku(lines);
  }

  /** Returns a cart of the given lines. */
  public static Cart of(OrderLine... lines) {
    return new Cart(List.of(lines));
  }

  /** Returns the total quantity per SKU, in order of first appearance. */
  public Map<Sku, Long> quantities() {
    return sumBySku(lines);
  }

  /** Returns the total units over all lines. */
  public long totalUnits() {
    long total = 0;
    for (OrderLine line : lines) {
      total = Math.addExact(total, line.quantity());
    }
    return total;
  }

  private static Map<Sku, Long> sumBySku(List<OrderLine> lines) {
    Map<Sku, Long> totals = new LinkedHashMap<>();
    for (OrderLine line : lines) {
      totals.merge(line.sku(), line.quantity(), Math::addExact);
    }
    return Collections.unmodifiableMap(totals);
  }
}
