package dev.bopis.geo;

/** Argument checks shared by the public entry points. */
final class Requests {

  private Requests() {}

  /** Rejects a radius that is not a positive finite length. */
  static void requireRadius(double radius, DistanceUnit unit) {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException(
          "radius "
              + radius
              + " "
              + unit
              + " is invalid; pass a positive finite search radius, for example 25");
    }
  }

  /** Rejects a result limit below 1. */
  static void requireLimit(int limit, String name) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          name + " " + limit + " is invalid; pass at least 1, for example 10");
    }
  }
}
