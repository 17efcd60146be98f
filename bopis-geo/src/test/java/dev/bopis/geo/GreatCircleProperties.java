package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.model.GeoPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class GreatCircleProperties {

  @Property
  void distance_isSymmetric(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
    assertThat(GreatCircle.distanceKm(a, b)).isEqualTo(GreatCircle.distanceKm(b, a));
  }

  @Property
  void distance_isNonNegativeAndAtMostHalfCircumference(
      @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
    double distance = GreatCircle.distanceKm(a, b);

    assertThat(distance).isGreaterThanOrEqualTo(0.0);
    assertThat(distance).isLessThanOrEqualTo(GreatCircle.HALF_CIRCUMFERENCE_KM);
  }

  @Property
  void distance_obeysTriangleInequality(
      @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b, @ForAll("points") GeoPoint c) {
    double direct = GreatCircle.distanceKm(a, c);
    double detour = GreatCircle.distanceKm(a, b) + GreatCircle.distanceKm(b, c);

    // Haversine rounding grows near antipodes, to about 1e-8 km (10 micrometres) there.
    assertThat(direct).isLessThanOrEqualTo(detour + 1e-7);
  }

  @Property
  void distance_isZeroOnlyForTheSamePosition(@ForAll("points") GeoPoint a) {
    assertThat(GreatCircle.distanceKm(a, a)).isZero();
  }

  @Provide
  Arbitrary<GeoPoint> points() {
    Arbitrary<Double> anyLatitude = Arbitraries.doubles().between(-90, 90);
    Arbitrary<Double> polarLatitude =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(89, 90), Arbitraries.doubles().between(-90, -89));
    Arbitrary<Double> anyLongitude = Arbitraries.doubles().between(-180, 180);
    Arbitrary<Double> nearMeridian180 =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(179, 180), Arbitraries.doubles().between(-180, -179));
    Arbitrary<Double> latitude =
        Arbitraries.frequencyOf(
            Tuple.of(6, anyLatitude), Tuple.of(2, polarLatitude), Tuple.of(1, edges(90)));
    Arbitrary<Double> longitude =
        Arbitraries.frequencyOf(
            Tuple.of(6, anyLongitude), Tuple.of(2, nearMeridian180), Tuple.of(1, edges(180)));
    return Combinators.combine(latitude, longitude).as(GeoPoint::of);
  }

  private static Arbitrary<Double> edges(double limit) {
    return Arbitraries.of(-limit, 0.0, limit);
  }
}
