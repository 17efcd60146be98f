package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reads every labelled example of docs/json-schema.md with the mapper it documents. */
class JsonSchemaDocTest {

  private static final Path DOC = Path.of("..", "docs", "json-schema.md");

  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

  private static Map<String, JsonNode> examples() throws IOException {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    Matcher matcher = EXAMPLE.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    while (matcher.find()) {
      examples.put(matcher.group(1), JsonCodec.parse(matcher.group(2)));
    }
    return examples;
  }

  @Test
  void examples_everyPayloadIsDocumented() throws IOException {
    Map<String, JsonNode> examples = examples();

    assertThat(examples.keySet())
        .contains(
            "error",
            "place-order",
            "placement-declined",
            "illegal-transition",
            "order-snapshot",
            "pickup-options-request",
            "pickup-options-response",
            "bigcommerce-location",
            "bigcommerce-pickup-request",
            "bigcommerce-adjustment");
    assertThat(examples.keySet().stream().filter(name -> name.startsWith("status-")))
        .hasSize(StatusUpdateJson.Type.values().length);
    assertThat(examples.keySet().stream().filter(name -> name.startsWith("event-"))).isNotEmpty();
  }

  @Test
  void examples_areReadByTheirMappers() throws IOException {
    BigCommerceIds ids =
        BigCommerceIds.of(Map.of(24L, Sku.of("HELMET-M")), Map.of(3L, StoreId.of("SF-MARKET")));

    for (Map.Entry<String, JsonNode> example : examples().entrySet()) {
      String name = example.getKey();
      JsonNode json = example.getValue();
      Object read;
      if (name.startsWith("status-")) {
        read = StatusUpdateJson.read(json);
      } else if (name.startsWith("event-")) {
        read = OrderEventJson.read(json);
      } else {
        read =
            switch (name) {
              case "place-order" -> PlaceOrderJson.read(json);
              case "order-snapshot" -> PickupOrderJson.read(json);
              case "pickup-options-request" -> PickupOptionsJson.readRequest(json);
              case "pickup-options-response" -> PickupOptionsJson.readResponse(json);
              case "bigcommerce-location" ->
                  new BigCommerceLocations(BigCommerceLocations.Defaults.inStore(), ids).read(json);
              case "bigcommerce-pickup-request" ->
                  new BigCommercePickupOptions(ids).readRequest(json);
              case "bigcommerce-adjustment" ->
                  new BigCommerceInventoryAdjustments(ids).readAbsolute(json);
              default -> json.get("error").asText();
            };
      }

      assertThat(read).as(name).isNotNull();
    }
  }

  @Test
  void statusExamples_matchTheirTypeNames() throws IOException {
    for (Map.Entry<String, JsonNode> example : examples().entrySet()) {
      if (!example.getKey().startsWith("status-")) {
        continue;
      }

      StatusUpdate update = StatusUpdateJson.read(example.getValue());

      String expected = example.getKey().substring("status-".length()).replace('-', '_');
      assertThat(StatusUpdateJson.typeOf(update).name()).isEqualToIgnoringCase(expected);
    }
  }
}
