package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.OrderEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEventJsonTest {

  private static final OrderId ORDER = OrderId.of("O-7");
  private static final StoreId STORE = StoreId.of("STORE-5");
  private static final Instant AT = Instant.parse("2026-03-08T17:00:00Z");
  private static final Instant HOLD = Instant.parse("2026-03-11T20:00:00Z");
  private static final CommandId COMMAND = CommandId.of("c-1");
  private static final Sku HELMET = Sku.of("HELMET");

  static List<OrderEvent> everyEvent() {
    return List.of(
        new OrderEvent.OrderPlaced(
            ORDER, STORE, AT, COMMAND, 1, PickupMethod.CURBSIDE, Map.of(HELMET, 2L)),
        new OrderEvent.StoreAccepted(ORDER, STORE, AT, COMMAND, 2),
        new OrderEvent.StoreRejected(
            ORDER, STORE, AT, COMMAND, 3, "no staff", StoreId.of("STORE-6")),
        new OrderEvent.StoreRejected(ORDER, STORE, AT, null, 3, "not acknowledged", null),
        new OrderEvent.PickingStarted(ORDER, STORE, AT, COMMAND, 4),
        new OrderEvent.ShortPicked(
            ORDER, STORE, AT, COMMAND, 5, List.of(new Shortage(HELMET, 2, 1))),
        new OrderEvent.ReadyForPickup(ORDER, STORE, AT, COMMAND, 6, HOLD),
        new OrderEvent.ReminderSent(ORDER, STORE, AT, null, 7, HOLD),
        new OrderEvent.HoldExtended(ORDER, STORE, AT, COMMAND, 8, HOLD.plusSeconds(86_400)),
        new OrderEvent.CustomerArrived(
            ORDER, STORE, AT, COMMAND, 9, Arrival.curbside("3", "grey estate")),
        new OrderEvent.PickedUp(ORDER, STORE, AT, COMMAND, 10, Map.of(HELMET, 1L), Map.of()),
        new OrderEvent.OrderExpired(
            ORDER, STORE, AT, null, 10, Map.of(HELMET, 1L), ReasonCode.PICKUP_EXPIRED),
        new OrderEvent.OrderCancelled(
            ORDER,
            STORE,
            AT,
            COMMAND,
            10,
            CancelledBy.STORE,
            ReasonCode.STORE_CANCELLED,
            Map.of(HELMET, 1L)),
        new OrderEvent.OrderUnfulfillable(
            ORDER, STORE, AT, null, 4, "no pickup store left after 3 stores", true));
  }

  @Test
  void roundTrip_everyEventType() {
    List<OrderEvent> events = everyEvent();

    for (OrderEvent event : events) {
      OrderEvent read =
          OrderEventJson.read(JsonCodec.parse(JsonCodec.write(OrderEventJson.write(event))));

      assertThat(read).as(event.toString()).isEqualTo(event);
    }
    assertThat(events.stream().map(OrderEventJson::typeOf).distinct())
        .hasSize(OrderEventJson.Type.values().length);
  }

  @Test
  void write_readyEventHasTypeAndIsoTimes() {
    JsonNode json =
        OrderEventJson.write(new OrderEvent.ReadyForPickup(ORDER, STORE, AT, COMMAND, 6, HOLD));

    assertThat(json.get("type").asText()).isEqualTo("READY_FOR_PICKUP");
    assertThat(json.get("orderId").asText()).isEqualTo("O-7");
    assertThat(json.get("at").asText()).isEqualTo("2026-03-08T17:00:00Z");
    assertThat(json.get("holdUntil").asText()).isEqualTo("2026-03-11T20:00:00Z");
    assertThat(json.get("version").asLong()).isEqualTo(6);
  }

  @Test
  void write_schedulerEventHasNullCommandId() {
    JsonNode json =
        OrderEventJson.write(new OrderEvent.ReminderSent(ORDER, STORE, AT, null, 7, HOLD));

    assertThat(json.get("commandId").isNull()).isTrue();
  }

  @Test
  void read_unknownTypeIsRejected() {
    assertThatThrownBy(
            () ->
                OrderEventJson.read(
                    JsonCodec.parse(
                        "{\"type\": \"ORDER_LOST\", \"orderId\": \"O\", \"storeId\": \"S\","
                            + " \"at\": \"2026-03-08T17:00:00Z\", \"version\": 1}")))
        .isInstanceOf(JsonContractException.class)
        .hasMessageStartingWith("$.type: \"ORDER_LOST\" must be one of [ORDER_PLACED,");
  }
}
