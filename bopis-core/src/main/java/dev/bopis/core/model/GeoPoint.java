package dev.bopis.core.model;

/**
 * A position on the Earth in decimal degrees (WGS 84 latitude and longitude).
 *
 * <p>The order of the components is latitude first, as in the ISO 6709 convention; a caller holding
 * GeoJSON or JTS coordinates (x = longitude, y = latitude) must swap them. The constructor rejects
 * values that cannot be a latitude, which catches most swapped pairs away from the equator.
 *
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record GeoPoint(double latitude, double longitude) {

  /**
   * Validates the coordinates.
   *
   * @throws IllegalArgumentException if a component is NaN, infinite or out of range
   */
  public GeoPoint {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new IllegalArgumentException(
          "latitude "
              + latitude
              + " is outside [-90, 90]; pass decimal degrees, latitude first (were latitude"
              + " and longitude swapped?)");
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "longitude " + longitude + " is outside [-180, 180]; pass decimal degrees");
    }
  }

  /** Returns the point at {@code latitude}, {@code longitude}; shorthand for the constructor. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }
}
