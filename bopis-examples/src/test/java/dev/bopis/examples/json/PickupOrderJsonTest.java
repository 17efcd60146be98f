package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.core.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PickupOrderJsonTest {

  private static final OrderId ORDER = OrderId.of("O-100");

  private MutableClock clock;
  private InMemoryOrderRepository orders;
  private PickupService service;

  @BeforeEach
  void placeCurbsideOrderWithFailingNotifier() {
    clock = new MutableClock(ServiceFixture.START);
    orders = new InMemoryOrderRepository();
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(ServiceFixture.STORE_1, Sku.of("HELMET"), 5, 0);
    inventory.put(ServiceFixture.STORE_1, Sku.of("GLOVES"), 3, 0);
    // A notifier that is down keeps every notification in the outbox of the snapshot.
    service =
        ServiceFixture.service(
            ServiceFixture.stores(),
            inventory,
            orders,
            notification -> {
              throw new IllegalStateException("provider down");
            },
            clock);
    PlaceOrder place =
        new PlaceOrder(
            ORDER,
            CommandId.of("place-1"),
            ServiceFixture.SMS_CUSTOMER,
            GeoPoint.of(40.4168, -3.7038),
            new Cart(
                java.util.List.of(
                    OrderLine.of("HELMET", 2),
                    OrderLine.of("GLOVES", 2),
                    OrderLine.of("HELMET", 1))),
            PickupMethod.CURBSIDE,
            ServiceFixture.STORE_1,
            PickupWindow.starting(
                ServiceFixture.START.plus(Duration.ofHours(3)), Duration.ofHours(2)));
    assertThat(service.place(place)).isInstanceOf(PlacementResult.Placed.class);
  }

  @Test
  void roundTrip_readyOrderWithOutbox() {
    service.accept(ORDER, ServiceFixture.STORE_1, CommandId.of("c-accept"));
    service.reportShortPick(
        ORDER, ServiceFixture.STORE_1, CommandId.of("c-short"), Map.of(Sku.of("GLOVES"), 1L));
    clock.advance(Duration.ofMinutes(20));
    service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    service.checkIn(ORDER, CommandId.of("c-here"), Arrival.curbside("4", "blue hatchback"));
    PickupOrder order = orders.find(ORDER).orElseThrow();

    PickupOrder read =
        PickupOrderJson.read(JsonCodec.parse(JsonCodec.write(PickupOrderJson.write(order))));

    assertThat(order.outbox()).isNotEmpty();
    assertThat(order.hold()).isNotNull();
    assertThat(order.arrival()).isNotNull();
    assertThat(order.shortPicked()).isEqualTo(Map.of(Sku.of("GLOVES"), 1L));
    assertThat(read).isEqualTo(order);
  }

  @Test
  void roundTrip_partlyCollectedClosedOrder() {
    service.accept(ORDER, ServiceFixture.STORE_1, CommandId.of("c-accept"));
    service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    service.pickUp(ORDER, CommandId.of("c-collect"), Map.of(Sku.of("HELMET"), 2L));
    PickupOrder order = orders.find(ORDER).orElseThrow();

    PickupOrder read = PickupOrderJson.read(PickupOrderJson.write(order));

    assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_PICKED_UP);
    assertThat(order.closedAt()).isNotNull();
    assertThat(read).isEqualTo(order);
  }

  @Test
  void write_usesIsoInstantsAndLines() {
    PickupOrder order = orders.find(ORDER).orElseThrow();

    JsonNode json = PickupOrderJson.write(order);

    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("placedAt").asText()).isEqualTo("2026-03-09T09:00:00Z");
    assertThat(json.get("lines").get(0).get("sku").asText()).isEqualTo("HELMET");
    assertThat(json.get("lines").get(0).get("quantity").isIntegralNumber()).isTrue();
    assertThat(json.get("lines").get(2).get("quantity").asLong()).isEqualTo(1);
    assertThat(json.get("requestedWindow").get("start").asText()).isEqualTo("2026-03-09T12:00:00Z");
    assertThat(json.get("customer").get("preferredChannel").asText()).isEqualTo("SMS");
  }

  @Test
  void read_laterSchemaVersionIsRejected() {
    ObjectNode json = PickupOrderJson.write(orders.find(ORDER).orElseThrow());
    json.put("schemaVersion", 2);

    assertThatThrownBy(() -> PickupOrderJson.read(json))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.schemaVersion: 2 is not supported; this release reads version 1");
  }

  @Test
  void read_missingStateIsRejectedWithItsPath() {
    ObjectNode json = PickupOrderJson.write(orders.find(ORDER).orElseThrow());
    json.remove("state");

    assertThatThrownBy(() -> PickupOrderJson.read(json))
        .isInstanceOf(JsonContractException.class)
        .hasMessageStartingWith("$.state: missing; expected one of [SOURCED, ACCEPTED,");
  }

  @Test
  void read_negativeAttemptsNamesItsPath() {
    ObjectNode json = PickupOrderJson.write(orders.find(ORDER).orElseThrow());
    ((ObjectNode) json.get("outbox").get(0)).put("attempts", -1);

    assertThatThrownBy(() -> PickupOrderJson.read(json))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.outbox[0].attempts: -1 must be between 0 and 2147483647");
  }
}
