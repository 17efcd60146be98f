package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupOptionsJsonTest {

  private static final String REQUEST =
      """
      {"customer": {"latitude": 39.7392, "longitude": -104.9903},
       "radius": {"value": 25, "unit": "mi"},
       "items": [{"sku": "HELMET", "quantity": 2}, {"sku": "HELMET", "quantity": 2}],
       "method": "CURBSIDE", "limit": 5}
      """;

  static PickupOptionsResponse sampleResponse() {
    ZoneId denver = ZoneId.of("America/Denver");
    Instant readyAt = Instant.parse("2026-03-08T17:00:00Z");
    return new PickupOptionsResponse(
        List.of(
            new PickupOption(
                StoreId.of("STORE-5"),
                "Denver Downtown",
                new Distance(8.34, DistanceUnit.KM),
                true,
                List.of(),
                EnumSet.allOf(PickupMethod.class),
                new ReadyEstimate(
                    readyAt,
                    LocalDateTime.ofInstant(readyAt, denver),
                    denver,
                    ReadyPromise.IN_2_HOURS)),
            new PickupOption(
                StoreId.of("STORE-6"),
                "Denver Union Station",
                new Distance(9.1, DistanceUnit.KM),
                false,
                List.of(new Shortage(Sku.of("HELMET"), 4, 0)),
                Set.of(PickupMethod.IN_STORE),
                null)));
  }

  @Test
  void readRequest_sampleFillsEveryField() {
    PickupOptionsRequest request = PickupOptionsJson.readRequest(JsonCodec.parse(REQUEST));

    assertThat(request.customer()).isEqualTo(GeoPoint.of(39.7392, -104.9903));
    assertThat(request.radius()).isEqualTo(new Distance(25, DistanceUnit.MI));
    assertThat(request.radius().kilometres()).isEqualTo(40.2336);
    assertThat(request.cart().lines())
        .containsExactly(OrderLine.of("HELMET", 2), OrderLine.of("HELMET", 2));
    assertThat(request.cart().quantities()).isEqualTo(Map.of(Sku.of("HELMET"), 4L));
    assertThat(request.method()).isEqualTo(PickupMethod.CURBSIDE);
    assertThat(request.limit()).isEqualTo(5);
  }

  @Test
  void readRequest_methodAndLimitAreOptional() {
    String json = REQUEST.replace(",\n \"method\": \"CURBSIDE\", \"limit\": 5", "");

    PickupOptionsRequest request = PickupOptionsJson.readRequest(JsonCodec.parse(json));

    assertThat(request.method()).isNull();
    assertThat(request.limit()).isEqualTo(PickupOptionsRequest.DEFAULT_LIMIT);
  }

  @Test
  void roundTrip_request() {
    PickupOptionsRequest request = PickupOptionsJson.readRequest(JsonCodec.parse(REQUEST));

    PickupOptionsRequest read =
        PickupOptionsJson.readRequest(
            JsonCodec.parse(JsonCodec.write(PickupOptionsJson.writeRequest(request))));

    assertThat(read).isEqualTo(request);
  }

  @Test
  void readRequest_rejectionsNameThePathAndValue() {
    assertRejected("\"value\": 25,", "\"value\": -5,", "$.radius.value: -5 must be positive");
    assertRejected("\"value\": 25,", "\"value\": 0,", "$.radius.value: 0 must be positive");
    assertRejected(
        "\"unit\": \"mi\"", "\"unit\": \"yd\"", "$.radius.unit: \"yd\" must be one of [KM, MI]");
    assertRejected("\"limit\": 5", "\"limit\": 500", "$.limit: 500 must be between 1 and 100");
    assertRejected(
        "\"latitude\": 39.7392",
        "\"latitude\": \"39.7392\"",
        "$.customer.latitude: \"39.7392\" must be a number");
    assertRejected(
        "\"customer\": {\"latitude\": 39.7392, \"longitude\": -104.9903},",
        "",
        "$.customer: missing; expected an object");
  }

  private static void assertRejected(String target, String replacement, String message) {
    String json = REQUEST.replace(target, replacement);

    assertThatThrownBy(() -> PickupOptionsJson.readRequest(JsonCodec.parse(json)))
        .as(message)
        .isInstanceOf(JsonContractException.class)
        .hasMessage(message);
  }

  @Test
  void writeResponse_writesUnitsAndReadyTime() {
    JsonNode json = PickupOptionsJson.writeResponse(sampleResponse());

    JsonNode first = json.get("options").get(0);
    assertThat(first.get("storeId").asText()).isEqualTo("STORE-5");
    assertThat(first.get("distance").get("value").asDouble()).isEqualTo(8.34);
    assertThat(first.get("distance").get("unit").asText()).isEqualTo("km");
    assertThat(first.get("canFillCart").asBoolean()).isTrue();
    assertThat(first.get("methods").toString()).isEqualTo("[\"IN_STORE\",\"CURBSIDE\"]");
    assertThat(first.get("ready").get("at").asText()).isEqualTo("2026-03-08T17:00:00Z");
    // Denver moves to daylight time on 2026-03-08, so 17:00 UTC is 11:00 local, not 10:00.
    assertThat(first.get("ready").get("local").asText()).isEqualTo("2026-03-08T11:00");
    assertThat(first.get("ready").get("zone").asText()).isEqualTo("America/Denver");
    assertThat(first.get("ready").get("label").asText()).isEqualTo("Usually ready in 2 hours");
    JsonNode second = json.get("options").get(1);
    assertThat(second.get("ready").isNull()).isTrue();
    assertThat(second.get("shortLines").get(0).get("missing").asLong()).isEqualTo(4);
  }

  @Test
  void roundTrip_response() {
    PickupOptionsResponse response = sampleResponse();

    PickupOptionsResponse read =
        PickupOptionsJson.readResponse(
            JsonCodec.parse(JsonCodec.write(PickupOptionsJson.writeResponse(response))));

    assertThat(read).isEqualTo(response);
  }

  @Test
  void readResponse_mismatchedLocalTimeRejected() {
    String json =
        JsonCodec.write(PickupOptionsJson.writeResponse(sampleResponse()))
            .replace("\"local\":\"2026-03-08T11:00\"", "\"local\":\"2026-03-08T17:00\"");

    assertThatThrownBy(() -> PickupOptionsJson.readResponse(JsonCodec.parse(json)))
        .isInstanceOf(JsonContractException.class)
        .hasMessageStartingWith("$.options[0].ready: ")
        .hasMessageContaining("localReadyAt 2026-03-08T17:00 does not match readyAt");
  }
}
