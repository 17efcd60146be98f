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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BigCommercePickupOptionsTest {

  /** A hand-written request in the shape of BigCommerce's pickup options endpoint. */
  private static final String REQUEST =
      """
      {
        "search_area": {
          "radius": {"value": 10, "unit": "KM"},
          "coordinates": {"latitude": 37.7749, "longitude": -122.4194}
        },
        "items": [{"variant_id": 24, "quantity": 2}, {"sku": "BAG-RED", "quantity": 1}]
      }
      """;

  private final BigCommercePickupOptions mapper =
      new BigCommercePickupOptions(
          BigCommerceIds.of(
              Map.of(24L, Sku.of("HELMET-M")),
              Map.of(3L, StoreId.of("SF-MARKET"), 4L, StoreId.of("SF-MISSION"))));

  @Test
  void readRequest_translatesVariantsAndKeepsItems() {
    BigCommercePickupOptions.Request request = mapper.readRequest(JsonCodec.parse(REQUEST));

    assertThat(request.query().customer()).isEqualTo(GeoPoint.of(37.7749, -122.4194));
    assertThat(request.query().radius()).isEqualTo(new Distance(10, DistanceUnit.KM));
    assertThat(request.query().cart().lines())
        .containsExactly(OrderLine.of("HELMET-M", 2), OrderLine.of("BAG-RED", 1));
    assertThat(request.query().limit()).isEqualTo(10);
    assertThat(request.query().method()).isNull();
    assertThat(request.items())
        .containsExactly(
            new BigCommercePickupOptions.Item(24L, null, Sku.of("HELMET-M"), 2),
            new BigCommercePickupOptions.Item(null, "BAG-RED", Sku.of("BAG-RED"), 1));
  }

  @Test
  void readRequest_rejectionsNameThePathAndValue() {
    assertRejected(
        "\"value\": 10", "\"value\": -5", "$.search_area.radius.value: -5 must be positive");
    assertRejected(
        "\"unit\": \"KM\"",
        "\"unit\": \"LEAGUES\"",
        "$.search_area.radius.unit: \"LEAGUES\" must be one of [KM, MI]");
    assertRejected(
        "\"variant_id\": 24",
        "\"variant_id\": 77",
        "$.items[0].variant_id: 77 is not a known variant; add it to the variant table");
    assertRejected(
        "\"variant_id\": 24, ",
        "",
        "$.items[0].variant_id: missing; expected a variant_id or a sku");
    assertRejected(
        "\"quantity\": 1}", "\"quantity\": 0}", "$.items[1].quantity: 0 must be at least 1");
    assertRejected(
        "\"coordinates\": {\"latitude\": 37.7749, \"longitude\": -122.4194}",
        "\"coordinates\": {\"latitude\": 37.7749}",
        "$.search_area.coordinates.longitude: missing; expected a number");
  }

  private void assertRejected(String target, String replacement, String message) {
    String json = REQUEST.replace(target, replacement);
    assertThat(json).as("sample edit for " + message).isNotEqualTo(REQUEST);

    assertThatThrownBy(() -> mapper.readRequest(JsonCodec.parse(json)))
        .as(message)
        .isInstanceOf(JsonContractException.class)
        .hasMessage(message);
  }

  @Test
  void writeResponse_wholeCartStoresAtMostTen() {
    BigCommercePickupOptions.Request request = mapper.readRequest(JsonCodec.parse(REQUEST));
    List<PickupOption> options = new ArrayList<>();
    options.add(option("SF-MARKET", 1.2, false));
    for (int i = 0; i < 12; i++) {
      options.add(option(i == 0 ? "SF-MISSION" : "SF-" + i, 2.0 + i, true));
    }

    JsonNode json = mapper.writeResponse(request, new PickupOptionsResponse(options));

    JsonNode results = json.get("results");
    assertThat(results).hasSize(10);
    assertThat(results.get(0).get("location_code").asText()).isEqualTo("SF-MISSION");
    assertThat(results.get(0).get("location_id").asLong()).isEqualTo(4);
    assertThat(results.get(1).has("location_id")).isFalse();
    assertThat(results.get(9).get("location_code").asText()).isEqualTo("SF-9");
  }

  @Test
  void writeResponse_optionPerMethodEchoesItems() {
    BigCommercePickupOptions.Request request = mapper.readRequest(JsonCodec.parse(REQUEST));

    JsonNode json =
        mapper.writeResponse(
            request, new PickupOptionsResponse(List.of(option("SF-MISSION", 2.5, true))));

    JsonNode result = json.get("results").get(0);
    assertThat(result.get("distance").toString()).isEqualTo("{\"value\":2.5,\"unit\":\"KM\"}");
    JsonNode pickupOptions = result.get("pickup_options");
    assertThat(pickupOptions).hasSize(2);
    JsonNode method = pickupOptions.get(1).get("pickup_method");
    assertThat(method.get("location_id").asLong()).isEqualTo(4);
    assertThat(method.get("method").asText()).isEqualTo("CURBSIDE");
    assertThat(method.get("display_name").asText())
        .isEqualTo("Curbside pickup at Store SF-MISSION");
    assertThat(method.get("collection_time_description").asText())
        .isEqualTo("Usually ready in 2 hours");
    assertThat(pickupOptions.get(1).get("available_items").toString())
        .isEqualTo("[{\"variant_id\":24,\"quantity\":2},{\"sku\":\"BAG-RED\",\"quantity\":1}]");
  }

  @Test
  void answer_invalidRequestNeverCallsTheQuery() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                mapper.answer(
                    JsonCodec.parse(REQUEST.replace("\"value\": 10", "\"value\": -5")),
                    query -> {
                      calls.incrementAndGet();
                      return new PickupOptionsResponse(List.of());
                    }))
        .isInstanceOf(JsonContractException.class);
    assertThat(calls).hasValue(0);
  }

  private static PickupOption option(String storeId, double km, boolean canFill) {
    ZoneId zone = ZoneId.of("America/Los_Angeles");
    Instant placedAt = Instant.parse("2026-03-08T17:00:00Z");
    Instant readyAt = placedAt.plusSeconds(7_000);
    return new PickupOption(
        StoreId.of(storeId),
        "Store " + storeId,
        new Distance(km, DistanceUnit.KM),
        canFill,
        canFill ? List.of() : List.of(new Shortage(Sku.of("HELMET-M"), 2, 1)),
        EnumSet.allOf(PickupMethod.class),
        new ReadyEstimate(
            readyAt,
            LocalDateTime.ofInstant(readyAt, zone),
            zone,
            ReadyPromise.of(placedAt, readyAt, zone)));
  }
}
