package dev.bopis.examples.data;

import java.util.Objects;

/** Argument checks shared by the record constructors of this package. */
final class Checks {

  private Checks() {}

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank; pass a non-empty " + name);
    }
    return value;
  }

  static void latitude(double latitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException(
          "latitude " + latitude + " is outside [-90, 90]; pass decimal degrees north");
    }
  }

  static void longitude(double longitude) {
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "longitude " + longitude + " is outside [-180, 180]; pass decimal degrees east");
    }
  }

  static String zip(String zip) {
    Objects.requireNonNull(zip, "zip");
    if (!zip.matches("\\d{5}")) {
      throw new IllegalArgumentException(
          "zip \"" + zip + "\" is not a 5-digit ZIP code; pad it with leading zeros to 5 digits");
    }
    return zip;
  }
}
