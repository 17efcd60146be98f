package dev.bopis.examples.data;

/**
 * The centroid of a US ZIP code tabulation area (US Census Bureau 2021 Gazetteer), used as a
 * customer location.
 *
 * @param zip the 5-digit ZIP code, with leading zeros
 * @param latitude degrees north (WGS 84), in [-90, 90]
 * @param longitude degrees east (WGS 84), in [-180, 180]
 */
public record ZipCentroid(String zip, double latitude, double longitude) {

  /**
   * Validates the fields.
   *
   * @throws NullPointerException if {@code zip} is null
   * @throws IllegalArgumentException if {@code zip} is not five digits or a coordinate is out of
   *     range or NaN
   */
  public ZipCentroid {
    Checks.zip(zip);
    Checks.latitude(latitude);
    Checks.longitude(longitude);
  }
}
