package dev.bopis.examples.json;

import java.util.Locale;

/**
 * A unit of distance in the JSON contract, written in lower case as {@code "km"} or {@code "mi"}.
 */
public enum DistanceUnit {
  /** Kilometres. */
  KM(1.0),
  /** International miles of 1.609344 km. */
  MI(1.609344);

  private final double kilometres;

  DistanceUnit(double kilometres) {
    this.kilometres = kilometres;
  }

  /** Returns the length of one unit in kilometres. */
  public double kilometres() {
    return kilometres;
  }

  /** Returns the symbol written to JSON, {@code "km"} or {@code "mi"}. */
  public String symbol() {
    return name().toLowerCase(Locale.ROOT);
  }
}
