package dev.bopis.core.model;

import java.util.Objects;

/**
 * Identifier of a pickup order, unique across the order-management system.
 *
 * @param value the non-blank identifier
 */
public record OrderId(String value) implements Comparable<OrderId> {

  /**
   * Validates the identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public OrderId {
    Ids.requireText(value, "order id");
  }

  /** Returns an identifier; shorthand for the constructor. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
