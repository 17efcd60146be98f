package dev.bopis.examples.json;

import java.util.Objects;

/**
 * A distance with its unit, written to JSON as {@code {"value": 8.34, "unit": "km"}}.
 *
 * @param value the distance in {@code unit}, finite and at least 0
 * @param unit kilometres or miles
 */
public record Distance(double value, DistanceUnit unit) {

  /**
   * Validates the distance.
   *
   * @throws IllegalArgumentException if {@code value} is negative, NaN or infinite
   */
  public Distance {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "distance " + value + " " + unit.symbol() + " is invalid; pass a finite value >= 0");
    }
  }

  /** Returns a distance of {@code kilometres} converted to {@code unit}. */
  public static Distance ofKilometres(double kilometres, DistanceUnit unit) {
    return new Distance(kilometres / unit.kilometres(), unit);
  }

  /** Returns the distance in kilometres. */
  public double kilometres() {
    return value * unit.kilometres();
  }
}
