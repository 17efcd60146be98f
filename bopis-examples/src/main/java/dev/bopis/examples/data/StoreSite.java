package dev.bopis.examples.data;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A real US populated place from GeoNames, used as a store site in the example.
 *
 * <p>Only the place is real. The opening hours, stock and pickup methods of the example's stores
 * are synthetic.
 *
 * @param storeId the store id, {@code US-} followed by the GeoNames id
 * @param name the place name as GeoNames spells it
 * @param admin1 the state code, such as {@code NY}
 * @param latitude degrees north (WGS 84), in [-90, 90]
 * @param longitude degrees east (WGS 84), in [-180, 180]
 * @param timeZone the IANA time zone of the place
 * @param population the number of inhabitants GeoNames records, at least 0
 * @param geonameId the GeoNames id, at least 1
 */
public record StoreSite(
    String storeId,
    String name,
    String admin1,
    double latitude,
    double longitude,
    ZoneId timeZone,
    long population,
    long geonameId) {

  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if {@code storeId}, {@code name} or {@code admin1} is blank, a
   *     coordinate is out of range or NaN, {@code population} is negative or {@code geonameId} is
   *     less than 1
   */
  public StoreSite {
    Checks.nonBlank(storeId, "storeId");
    Checks.nonBlank(name, "name");
    Checks.nonBlank(admin1, "admin1");
    Checks.latitude(latitude);
    Checks.longitude(longitude);
    Objects.requireNonNull(timeZone, "timeZone");
    if (population < 0) {
      throw new IllegalArgumentException(
          "population " + population + " is negative; pass a count of at least 0");
    }
    if (geonameId < 1) {
      throw new IllegalArgumentException(
          "geonameId " + geonameId + " is less than 1; pass the id of a GeoNames record");
    }
  }
}
