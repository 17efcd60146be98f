package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.OpeningPeriod;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BigCommerceLocationsTest {

  /** A hand-written location in the shape of BigCommerce's locations endpoint. */
  static final String LOCATION =
      """
      {
        "id": 12,
        "code": "DEN-DOWNTOWN",
        "label": "Denver Downtown",
        "description": "Flagship store",
        "managed_by_external_source": false,
        "type_id": "PHYSICAL",
        "enabled": true,
        "operating_hours": {
          "sunday":    {"open": false, "opening": "00:00", "closing": "00:00"},
          "monday":    {"open": true,  "opening": "09:00", "closing": "21:00"},
          "tuesday":   {"open": true,  "opening": "09:00", "closing": "21:00"},
          "wednesday": {"open": true,  "opening": "09:00", "closing": "21:00"},
          "thursday":  {"open": true,  "opening": "09:00", "closing": "21:00"},
          "friday":    {"open": true,  "opening": "09:00", "closing": "24:00"},
          "saturday":  {"open": true,  "opening": "22:00", "closing": "02:00"}
        },
        "time_zone": "America/Denver",
        "address": {
          "address1": "1601 Arapahoe St", "city": "Denver", "state": "CO", "zip": "80202",
          "country_code": "US",
          "geo_coordinates": {"latitude": 39.7392, "longitude": -104.9903}
        },
        "storefront_visibility": true,
        "special_hours": [
          {"label": "Christmas", "date": "2026-12-25", "open": false, "opening": "00:00",
           "closing": "00:00", "all_day": false, "annual": true},
          {"label": "Stocktake", "date": "2026-03-14", "open": true, "opening": "12:00",
           "closing": "16:00", "all_day": false, "annual": false},
          {"label": "Sale", "date": "2026-11-27", "open": true, "opening": "00:00",
           "closing": "00:00", "all_day": true, "annual": false}
        ]
      }
      """;

  private final BigCommerceLocations reader =
      new BigCommerceLocations(
          new BigCommerceLocations.Defaults(
              Set.of(PickupMethod.IN_STORE, PickupMethod.CURBSIDE),
              Duration.ofMinutes(45),
              LocalTime.of(18, 0),
              15),
          BigCommerceIds.numeric());

  @Test
  void read_sampleMapsIdentityPlaceAndDefaults() {
    PickupLocation store = reader.read(JsonCodec.parse(LOCATION));

    assertThat(store.id()).isEqualTo(StoreId.of("DEN-DOWNTOWN"));
    assertThat(store.name()).isEqualTo("Denver Downtown");
    assertThat(store.location()).isEqualTo(GeoPoint.of(39.7392, -104.9903));
    assertThat(store.zone()).isEqualTo(ZoneId.of("America/Denver"));
    assertThat(store.pickupEnabled()).isTrue();
    assertThat(store.methods())
        .containsExactlyInAnyOrder(PickupMethod.IN_STORE, PickupMethod.CURBSIDE);
    assertThat(store.preparationLead()).isEqualTo(Duration.ofMinutes(45));
    assertThat(store.sameDayCutoff()).isEqualTo(LocalTime.of(18, 0));
    assertThat(store.ordersPerHour()).isEqualTo(15);
  }

  @Test
  void read_operatingHoursBecomeWeeklyHours() {
    PickupLocation store = reader.read(JsonCodec.parse(LOCATION));

    // 2026-03-09 is a Monday, 2026-03-08 a Sunday.
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 3, 9)))
        .containsExactly(OpeningPeriod.parse("09:00-21:00"));
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 3, 8))).isEmpty();
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 3, 13)))
        .containsExactly(OpeningPeriod.parse("09:00-24:00"));
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 3, 21)))
        .containsExactly(OpeningPeriod.parse("22:00-02:00"));
  }

  @Test
  void read_specialHoursFixedAnnualAndAllDay() {
    PickupLocation store = reader.read(JsonCodec.parse(LOCATION));

    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThat(store.calendar().periodsOn(LocalDate.of(2031, 12, 25))).isEmpty();
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 3, 14)))
        .containsExactly(OpeningPeriod.parse("12:00-16:00"));
    assertThat(store.calendar().periodsOn(LocalDate.of(2026, 11, 27)))
        .containsExactly(OpeningPeriod.allDay());
    // A fixed date applies in its year only: 2027-11-27 is a Saturday with weekly hours.
    assertThat(store.calendar().periodsOn(LocalDate.of(2027, 11, 27)))
        .containsExactly(OpeningPeriod.parse("22:00-02:00"));
  }

  @Test
  void read_withoutCodeUsesTranslatedId() {
    String json = LOCATION.replace("\"code\": \"DEN-DOWNTOWN\",", "");
    BigCommerceLocations tableReader =
        new BigCommerceLocations(
            BigCommerceLocations.Defaults.inStore(),
            BigCommerceIds.of(Map.of(), Map.of(12L, StoreId.of("STORE-12"))));

    PickupLocation store = tableReader.read(JsonCodec.parse(json));

    assertThat(store.id()).isEqualTo(StoreId.of("STORE-12"));
    assertThat(store.methods()).containsExactly(PickupMethod.IN_STORE);
  }

  @Test
  void read_disabledLocationTakesNoPickup() {
    for (String edit :
        List.of(
            "\"enabled\": false,",
            "\"storefront_visibility\": false,",
            "\"type_id\": \"VIRTUAL\",")) {
      String json =
          LOCATION
              .replace(
                  "\"enabled\": true,",
                  edit.startsWith("\"enabled\"") ? edit : "\"enabled\": true,")
              .replace(
                  "\"storefront_visibility\": true,",
                  edit.startsWith("\"storefront") ? edit : "\"storefront_visibility\": true,")
              .replace(
                  "\"type_id\": \"PHYSICAL\",",
                  edit.startsWith("\"type_id\"") ? edit : "\"type_id\": \"PHYSICAL\",");

      PickupLocation store = reader.read(JsonCodec.parse(json));

      assertThat(store.pickupEnabled()).as(edit).isFalse();
      assertThat(store.methods()).as(edit).isEmpty();
    }
  }

  @Test
  void readAll_dataArrayOfTheListEndpoint() {
    String json =
        "{\"data\": ["
            + LOCATION
            + ", "
            + LOCATION.replace("DEN-DOWNTOWN", "DEN-UNION")
            + "], \"meta\": {}}";

    List<PickupLocation> stores = reader.readAll(JsonCodec.parse(json));

    assertThat(stores)
        .extracting(PickupLocation::id)
        .containsExactly(StoreId.of("DEN-DOWNTOWN"), StoreId.of("DEN-UNION"));
  }

  @Test
  void read_rejectionsNameThePathAndValue() {
    assertRejected(
        "\"time_zone\": \"America/Denver\"",
        "\"time_zone\": \"Mars/Olympus\"",
        "$.time_zone: \"Mars/Olympus\" is not an IANA time-zone id such as \"Europe/Madrid\""
            + " (Unknown time-zone ID: Mars/Olympus)");
    assertRejected(
        "\"opening\": \"09:00\", \"closing\": \"21:00\"},\n    \"tuesday\"",
        "\"opening\": \"9am\", \"closing\": \"21:00\"},\n    \"tuesday\"",
        "$.operating_hours.monday.opening: \"9am\" is not a time of day such as \"09:00\"");
    assertRejected(
        "\"latitude\": 39.7392, \"longitude\": -104.9903",
        "\"latitude\": -104.9903, \"longitude\": 39.7392",
        "$.address.geo_coordinates: {\"latitude\":-104.9903,\"longitude\":39.7392} is rejected:"
            + " latitude -104.9903 is outside [-90, 90]; pass decimal degrees, latitude first (were"
            + " latitude and longitude swapped?)");
    assertRejected(
        "\"date\": \"2026-03-14\"",
        "\"date\": \"2026-02-30\"",
        "$.special_hours[1].date: \"2026-02-30\" is rejected: Text '2026-02-30' could not be"
            + " parsed: Invalid date 'FEBRUARY 30'");
    assertRejected(
        "\"date\": \"2026-03-14\"",
        "\"date\": \"2026-11-27\"",
        "$.special_hours: [{\"label\":\"Christmas\",\"date\":\"2026-12-25\",\"open\":false,\"opening\":\"00:00\","
            + "\"clo... is rejected: Invalid special hours: \"2026-11-27 12:00-16:00\" and \"2026-11-27"
            + " 00:00-24:00\" are for the same date. Keep one entry per date.");
  }

  private void assertRejected(String target, String replacement, String message) {
    String json = LOCATION.replace(target, replacement);
    assertThat(json).as("sample edit for " + message).isNotEqualTo(LOCATION);

    assertThatThrownBy(() -> reader.read(JsonCodec.parse(json)))
        .as(message)
        .isInstanceOf(JsonContractException.class)
        .hasMessage(message);
  }
}
