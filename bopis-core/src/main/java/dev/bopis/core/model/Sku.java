package dev.bopis.core.model;

import java.util.Objects;

/**
 * Identifier of a concrete sellable item (one variant, never a parent product).
 *
 * @param value the non-blank identifier
 */
public record Sku(String value) implements Comparable<Sku> {

  /**
   * Validates the identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public Sku {
    Ids.requireText(value, "SKU");
  }

  /** Returns an identifier; shorthand for the constructor. */
  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public int compareTo(Sku other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
