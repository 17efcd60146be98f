package dev.bopis.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.testing.MutableClock;
import dev.bopis.examples.json.Distance;
import dev.bopis.examples.json.JsonCodec;
import dev.bopis.examples.json.PickupOption;
import dev.bopis.examples.json.PickupOptionsRequest;
import dev.bopis.examples.json.PickupOptionsResponse;
import dev.bopis.examples.json.ServiceFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PickupHttpServerTest {

  private static final String PLACE =
      """
      {"orderId": "O-1", "commandId": "place-1",
       "customer": {"id": "C-1", "phone": "+34600111222", "preferredChannel": "SMS"},
       "items": [{"sku": "HELMET", "quantity": 2}], "method": "IN_STORE", "storeId": "STORE-1"}
      """;

  private final MutableClock clock = new MutableClock(ServiceFixture.START);
  private final AtomicReference<PickupOptionsRequest> lastQuery = new AtomicReference<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private PickupHttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(ServiceFixture.STORE_1, Sku.of("HELMET"), 3, 0);
    PickupService service =
        ServiceFixture.service(
            ServiceFixture.stores(), inventory, new InMemoryOrderRepository(), n -> {}, clock);
    server = PickupHttpServer.start(service, this::fakeOptions, 0, 2);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private PickupOptionsResponse fakeOptions(PickupOptionsRequest request) {
    lastQuery.set(request);
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    return new PickupOptionsResponse(
        List.of(
            new PickupOption(
                ServiceFixture.STORE_1,
                "Madrid Gran Via",
                Distance.ofKilometres(1.2, request.radius().unit()),
                true,
                List.of(),
                EnumSet.allOf(PickupMethod.class),
                new ReadyEstimate(
                    ServiceFixture.START.plus(Duration.ofMinutes(30)),
                    LocalDateTime.of(2026, 3, 9, 10, 30),
                    madrid,
                    ReadyPromise.IN_1_HOUR))));
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonCodec.parse(response.body());
  }

  private static String status(String type, String extra) {
    return "{\"type\": \"" + type + "\", \"commandId\": \"c-" + type + "\"" + extra + "}";
  }

  @Test
  void start_bindsLoopbackOnly() {
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
  }

  @Test
  void pickupOptions_answersFromTheQuery() throws Exception {
    HttpResponse<String> response =
        post(
            "/pickup-options",
            "{\"customer\": {\"latitude\": 40.4168, \"longitude\": -3.7038},"
                + " \"radius\": {\"value\": 5, \"unit\": \"mi\"}, \"items\": [{\"sku\": \"HELMET\","
                + " \"quantity\": 1}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    JsonNode option = json(response).get("options").get(0);
    assertThat(option.get("storeId").asText()).isEqualTo("STORE-1");
    assertThat(option.get("distance").get("unit").asText()).isEqualTo("mi");
    assertThat(option.get("ready").get("label").asText()).isEqualTo("Usually ready in 1 hour");
    assertThat(lastQuery.get().radius().value()).isEqualTo(5.0);
  }

  @Test
  void pickupOptions_badRadiusIs400WithPath() throws Exception {
    HttpResponse<String> response =
        post(
            "/pickup-options",
            "{\"customer\": {\"latitude\": 40.4, \"longitude\": -3.7}, \"radius\": {\"value\": -5,"
                + " \"unit\": \"km\"}, \"items\": [{\"sku\": \"A\", \"quantity\": 1}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("invalid_request");
    assertThat(json(response).get("path").asText()).isEqualTo("$.radius.value");
    assertThat(json(response).get("message").asText())
        .isEqualTo("$.radius.value: -5 must be positive");
    assertThat(lastQuery.get()).isNull();
  }

  @Test
  void placeOrder_createdThenDuplicateThenReadable() throws Exception {
    HttpResponse<String> created = post("/orders", PLACE);
    HttpResponse<String> again = post("/orders", PLACE);
    HttpResponse<String> read = get("/orders/O-1");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/orders/O-1");
    assertThat(json(created).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(json(created).get("order").get("state").asText()).isEqualTo("SOURCED");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).get("id").asText()).isEqualTo("O-1");
    assertThat(json(read).get("storeId").asText()).isEqualTo("STORE-1");
  }

  @Test
  void placeOrder_notEnoughStockIs422() throws Exception {
    HttpResponse<String> response =
        post("/orders", PLACE.replace("\"quantity\": 2", "\"quantity\": 9"));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode body = json(response);
    assertThat(body.get("error").asText()).isEqualTo("placement_declined");
    assertThat(body.get("reason").asText()).isEqualTo("INSUFFICIENT_STOCK");
    assertThat(body.get("shortages").get(0).get("available").asLong()).isEqualTo(3);
    assertThat(body.get("shipToHomeOffered").asBoolean()).isTrue();
    assertThat(get("/orders/O-1").statusCode()).isEqualTo(404);
  }

  @Test
  void statusUpdates_acceptThenReadyThenPickedUp() throws Exception {
    post("/orders", PLACE);

    HttpResponse<String> accepted =
        post("/orders/O-1/status", status("ACCEPT", ", \"storeId\": \"STORE-1\""));
    HttpResponse<String> ready =
        post("/orders/O-1/status", status("READY", ", \"storeId\": \"STORE-1\""));
    HttpResponse<String> readyAgain =
        post("/orders/O-1/status", status("READY", ", \"storeId\": \"STORE-1\""));
    HttpResponse<String> collected = post("/orders/O-1/status", status("PICKED_UP", ""));

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(json(accepted).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(json(ready).get("order").get("state").asText()).isEqualTo("READY_FOR_PICKUP");
    assertThat(json(readyAgain).get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(json(readyAgain).get("firstOutcome").asText()).isEqualTo("APPLIED");
    assertThat(json(collected).get("order").get("state").asText()).isEqualTo("PICKED_UP");
  }

  @Test
  void statusUpdate_wrongStoreIs409() throws Exception {
    post("/orders", PLACE);

    HttpResponse<String> response =
        post("/orders/O-1/status", status("ACCEPT", ", \"storeId\": \"STORE-2\""));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("error").asText()).isEqualTo("wrong_store");
    assertThat(json(response).get("routedStore").asText()).isEqualTo("STORE-1");
  }

  @Test
  void statusUpdate_pickedUpBeforeReadyIs409() throws Exception {
    post("/orders", PLACE);

    HttpResponse<String> response = post("/orders/O-1/status", status("PICKED_UP", ""));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("error").asText()).isEqualTo("illegal_transition");
    assertThat(json(response).get("state").asText()).isEqualTo("SOURCED");
    assertThat(json(response).get("step").asText()).isEqualTo("PICK_UP");
  }

  @Test
  void statusUpdate_unknownOrderIs404() throws Exception {
    HttpResponse<String> response =
        post("/orders/O-404/status", status("ACCEPT", ", \"storeId\": \"STORE-1\""));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText()).isEqualTo("order O-404 not found");
  }

  @Test
  void shortPick_moreThanOrderedIs400() throws Exception {
    post("/orders", PLACE);
    post("/orders/O-1/status", status("ACCEPT", ", \"storeId\": \"STORE-1\""));

    HttpResponse<String> response =
        post(
            "/orders/O-1/status",
            status(
                "SHORT_PICK",
                ", \"storeId\": \"STORE-1\", \"lines\": [{\"sku\": \"HELMET\", \"quantity\": 5}]"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo(
            "short pick of 5 x HELMET on order O-1 is invalid; between 1 and 2 units of it are still"
                + " expected");
  }

  @Test
  void errors_methodMediaTypeSyntaxAndPath() throws Exception {
    HttpResponse<String> wrongMethod = get("/orders");
    HttpResponse<String> notJson =
        send(
            HttpRequest.newBuilder(uri("/orders"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(PLACE))
                .build());
    HttpResponse<String> badSyntax = post("/orders", "{\"orderId\": ");
    HttpResponse<String> noEndpoint = get("/stores");

    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(badSyntax.statusCode()).isEqualTo(400);
    assertThat(json(badSyntax).get("path").asText()).isEqualTo("$");
    assertThat(noEndpoint.statusCode()).isEqualTo(404);
  }

  @Test
  void body_overTheLimitIs413() throws Exception {
    String huge = "{\"pad\": \"" + "x".repeat(PickupHttpServer.MAX_BODY_BYTES) + "\"}";

    HttpResponse<String> response = post("/orders", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("error").asText()).isEqualTo("payload_too_large");
  }
}
