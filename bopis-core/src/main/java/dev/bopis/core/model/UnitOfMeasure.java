package dev.bopis.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Counting unit of a SKU, with exact conversion between decimal quantities and the whole base units
 * the library computes with.
 *
 * <p>Most SKUs are sold by the piece: {@link #EACH}, scale 0, one base unit per piece. A SKU sold
 * by measure has a scale: a cheese sold by the kilogram with three decimals has scale 3, so 1.250
 * kg is 1,250 base units. Conversions never round: a decimal with more digits than the scale is
 * rejected, so no floating-point error or silent rounding reaches stock figures.
 *
 * @param code the unit's code, such as {@code EA} or {@code KGM}: 1 to 8 upper-case letters
 * @param scale decimal places allowed, 0 to 6
 */
public record UnitOfMeasure(String code, int scale) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{1,8}");

  /** Pieces: scale 0. */
  public static final UnitOfMeasure EACH = new UnitOfMeasure("EA", 0);

  /**
   * Validates the unit.
   *
   * @throws IllegalArgumentException if the code is not 1 to 8 upper-case letters or the scale is
   *     outside 0 to 6
   */
  public UnitOfMeasure {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "unit code \"" + code + "\" is invalid; use 1 to 8 upper-case letters, such as KGM");
    }
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException(
          "scale " + scale + " of unit " + code + " is outside 0 to 6");
    }
  }

  /**
   * Returns the whole base units of {@code quantity}.
   *
   * @throws IllegalArgumentException if {@code quantity} is negative or has more decimal places
   *     than the scale
   * @throws ArithmeticException if the result does not fit in a {@code long}
   */
  public long toBaseUnits(BigDecimal quantity) {
    Objects.requireNonNull(quantity, "quantity");
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException(
          "quantity " + quantity.toPlainString() + " " + code + " must not be negative");
    }
    BigDecimal stripped = quantity.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw new IllegalArgumentException(
          "quantity "
              + quantity.toPlainString()
              + " "
              + code
              + " has more than "
              + scale
              + " decimal places; round it to the unit's scale first");
    }
    return quantity.movePointRight(scale).longValueExact();
  }

  /** Returns {@code baseUnits} as a decimal quantity at this unit's scale. */
  public BigDecimal toDecimal(long baseUnits) {
    return BigDecimal.valueOf(baseUnits, scale);
  }
}
