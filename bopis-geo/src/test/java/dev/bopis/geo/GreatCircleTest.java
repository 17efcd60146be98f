package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bopis.core.model.GeoPoint;
import org.junit.jupiter.api.Test;

class GreatCircleTest {

  @Test
  void distanceKm_samePointIsZero() {
    GeoPoint point = GeoPoint.of(48.8566, 2.3522);

    double distance = GreatCircle.distanceKm(point, point);

    assertThat(distance).isZero();
  }

  @Test
  void distanceKm_oneDegreeOfLatitude() {
    double expected = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180.0;

    double distance = GreatCircle.distanceKm(GeoPoint.of(10, 20), GeoPoint.of(11, 20));

    assertThat(distance).isCloseTo(expected, within(1e-9));
  }

  @Test
  void distanceKm_antipodesAreHalfCircumference() {
    double distance = GreatCircle.distanceKm(GeoPoint.of(35, -70), GeoPoint.of(-35, 110));

    // Rounding of the degree-to-radian conversion moves exact antipodes by well under a metre.
    assertThat(distance).isCloseTo(GreatCircle.HALF_CIRCUMFERENCE_KM, within(0.001));
  }

  @Test
  void halfCircumference_is20015point1Km() {
    assertThat(GreatCircle.HALF_CIRCUMFERENCE_KM).isCloseTo(20_015.1, within(0.05));
  }

  @Test
  void distanceKm_nearAntipodesStaysBelowHalfCircumference() {
    // 0.001 degrees of latitude short of the antipode is 111.2 m.
    double distance = GreatCircle.distanceKm(GeoPoint.of(35, -70), GeoPoint.of(-34.999, 110));

    assertThat(distance).isCloseTo(GreatCircle.HALF_CIRCUMFERENCE_KM - 0.1112, within(0.0005));
  }

  @Test
  void distanceKm_resolvesOneCentimetre() {
    double expectedKm = GreatCircle.EARTH_RADIUS_KM * Math.toRadians(1e-7);

    double distance = GreatCircle.distanceKm(GeoPoint.of(0, 0), GeoPoint.of(0, 1e-7));

    assertThat(distance).isCloseTo(expectedKm, within(1e-12));
  }

  @Test
  void distanceKm_wrapsAcrossThe180thMeridian() {
    double across = GreatCircle.distanceKm(GeoPoint.of(0, 179.95), GeoPoint.of(0, -179.95));
    double sameSide = GreatCircle.distanceKm(GeoPoint.of(0, 0.05), GeoPoint.of(0, -0.05));

    assertThat(across).isCloseTo(sameSide, within(1e-9));
    assertThat(across).isCloseTo(11.119, within(0.001));
  }

  @Test
  void distanceKm_atThePoleIgnoresLongitude() {
    double distance = GreatCircle.distanceKm(GeoPoint.of(90, 0), GeoPoint.of(90, 137));

    assertThat(distance).isCloseTo(0, within(1e-9));
  }

  @Test
  void distance_convertsToMiles() {
    GeoPoint from = GeoPoint.of(40.0, -74.0);
    GeoPoint to = GeoPoint.of(41.0, -74.0);

    double km = GreatCircle.distanceKm(from, to);
    double miles = GreatCircle.distance(from, to, DistanceUnit.MILES);

    assertThat(miles).isCloseTo(km / 1.609344, within(1e-9));
  }

  @Test
  void distanceUnit_roundTripsMiles() {
    assertThat(DistanceUnit.MILES.toKilometers(1.0)).isEqualTo(1.609344);
    assertThat(DistanceUnit.MILES.fromKilometers(1.609344)).isEqualTo(1.0);
    assertThat(DistanceUnit.KILOMETERS.toKilometers(2.5)).isEqualTo(2.5);
  }
}
