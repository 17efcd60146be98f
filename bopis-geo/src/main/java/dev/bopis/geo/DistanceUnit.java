package dev.bopis.geo;

/** A unit of length for distances and search radii. */
public enum DistanceUnit {

  /** Kilometres. */
  KILOMETERS(1.0),

  /** International miles of 1.609344 km. */
  MILES(1.609344);

  private final double kilometers;

  DistanceUnit(double kilometers) {
    this.kilometers = kilometers;
  }

  /**
   * Converts a length in this unit to kilometres.
   *
   * @param length the length in this unit
   * @return the length in kilometres
   */
  public double toKilometers(double length) {
    return this == KILOMETERS ? length : length * kilometers;
  }

  /**
   * Converts a length in kilometres to this unit.
   *
   * @param lengthKm the length in kilometres
   * @return the length in this unit
   */
  public double fromKilometers(double lengthKm) {
    return this == KILOMETERS ? lengthKm : lengthKm / kilometers;
  }
}
