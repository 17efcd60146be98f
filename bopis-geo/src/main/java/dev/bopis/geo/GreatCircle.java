package dev.bopis.geo;

import dev.bopis.core.model.GeoPoint;
import java.util.Objects;

/**
 * Great-circle distances on a sphere of mean Earth radius 6,371.0088 km (the IUGG mean radius).
 *
 * <p>The haversine formula is used in its {@code atan2} form, which resolves points a centimetre
 * apart. Near antipodes its rounding grows to about 1e-8 km, far below any distance that matters
 * for ranking. Longitude differences need no wrapping, because the formula only uses the sine of
 * half the difference, so 179.95 and -179.95 are 0.1 degrees apart. The spherical model differs
 * from the WGS 84 ellipsoid by up to about 0.5 %, which ranking can ignore. All methods are pure
 * and thread-safe.
 */
public final class GreatCircle {

  /** Mean radius of the Earth in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /** Half the circumference of the sphere in kilometres: the largest possible distance. */
  public static final double HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

  private GreatCircle() {}

  /**
   * Computes the great-circle distance between two points in kilometres.
   *
   * @param from the first point
   * @param to the second point
   * @return the distance in kilometres, in [0, {@link #HALF_CIRCUMFERENCE_KM}]
   * @throws NullPointerException if a point is null
   */
  public static double distanceKm(GeoPoint from, GeoPoint to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return distanceKm(from.latitude(), from.longitude(), to.latitude(), to.longitude());
  }

  /**
   * Computes the great-circle distance between two points in the given unit.
   *
   * @param from the first point
   * @param to the second point
   * @param unit the unit of the result
   * @return the distance in {@code unit}
   * @throws NullPointerException if an argument is null
   */
  public static double distance(GeoPoint from, GeoPoint to, DistanceUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return unit.fromKilometers(distanceKm(from, to));
  }

  /**
   * Computes the great-circle distance between two positions given in decimal degrees.
   *
   * <p>The arguments are not validated; pass latitudes in [-90, 90] and longitudes in [-180, 180],
   * as a {@link GeoPoint} contains them.
   *
   * @param fromLatitude latitude of the first point in degrees
   * @param fromLongitude longitude of the first point in degrees
   * @param toLatitude latitude of the second point in degrees
   * @param toLongitude longitude of the second point in degrees
   * @return the distance in kilometres
   */
  public static double distanceKm(
      double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
    return distanceKm(
        fromLatitude,
        Math.cos(Math.toRadians(fromLatitude)),
        fromLongitude,
        toLatitude,
        Math.cos(Math.toRadians(toLatitude)),
        toLongitude);
  }

  /**
   * Computes the distance with the cosines of both latitudes supplied by the caller.
   *
   * <p>The store index keeps the cosine of each store's latitude and calls this method, so its
   * distances are bit-for-bit those of {@link #distanceKm(double, double, double, double)}.
   */
  static double distanceKm(
      double fromLatitude,
      double fromCosLatitude,
      double fromLongitude,
      double toLatitude,
      double toCosLatitude,
      double toLongitude) {
    double sinHalfLatitude = Math.sin(Math.toRadians(toLatitude - fromLatitude) * 0.5);
    double sinHalfLongitude = Math.sin(Math.toRadians(toLongitude - fromLongitude) * 0.5);
    double h =
        sinHalfLatitude * sinHalfLatitude
            + fromCosLatitude * toCosLatitude * (sinHalfLongitude * sinHalfLongitude);
    // Rounding can push h a hair outside [0, 1] for nearly antipodal points.
    h = Math.min(1.0, Math.max(0.0, h));
    return 2.0 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1.0 - h));
  }
}
