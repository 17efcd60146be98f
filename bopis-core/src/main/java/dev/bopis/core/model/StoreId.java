package dev.bopis.core.model;

import java.util.Objects;

/**
 * Identifier of a store location, as the order-management system names it.
 *
 * @param value the non-blank identifier
 */
public record StoreId(String value) implements Comparable<StoreId> {

  /**
   * Validates the identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public StoreId {
    Ids.requireText(value, "store id");
  }

  /** Returns a store id; shorthand for the constructor. */
  public static StoreId of(String value) {
    return new StoreId(value);
  }

  @Override
  public int compareTo(StoreId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
