package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.service.PlaceOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceOrderJsonTest {

  private static final String SAMPLE =
      """
      {
        "orderId": "O-1001",
        "commandId": "place-O-1001",
        "customer": {"id": "C-77", "email": "ana@example.test", "phone": "+34600000000",
                     "preferredChannel": "SMS"},
        "customerLocation": {"latitude": 40.4168, "longitude": -3.7038},
        "items": [{"sku": "HELMET-M", "quantity": 1}, {"sku": "GLOVES-L", "quantity": 2}],
        "method": "CURBSIDE",
        "storeId": "STORE-5",
        "pickupWindow": {"start": "2026-03-08T17:00:00Z", "end": "2026-03-08T19:00:00Z"},
        "loyaltyTier": "gold"
      }
      """;

  @Test
  void read_sampleFillsEveryField() {
    PlaceOrder command = PlaceOrderJson.read(JsonCodec.parse(SAMPLE));

    assertThat(command.orderId().value()).isEqualTo("O-1001");
    assertThat(command.commandId()).isEqualTo(CommandId.of("place-O-1001"));
    assertThat(command.customer().customerId()).isEqualTo("C-77");
    assertThat(command.customer().preferredChannel()).isEqualTo(ContactChannel.SMS);
    assertThat(command.customer().address()).isEqualTo("+34600000000");
    assertThat(command.customerLocation()).isEqualTo(GeoPoint.of(40.4168, -3.7038));
    assertThat(command.cart().lines())
        .containsExactly(OrderLine.of("HELMET-M", 1), OrderLine.of("GLOVES-L", 2));
    assertThat(command.method()).isEqualTo(PickupMethod.CURBSIDE);
    assertThat(command.chosenStore()).isEqualTo(StoreId.of("STORE-5"));
    assertThat(command.pickupWindow())
        .isEqualTo(
            new PickupWindow(
                Instant.parse("2026-03-08T17:00:00Z"), Instant.parse("2026-03-08T19:00:00Z")));
  }

  @Test
  void roundTrip_writeThenReadIsEqual() {
    PlaceOrder command = PlaceOrderJson.read(JsonCodec.parse(SAMPLE));

    PlaceOrder read =
        PlaceOrderJson.read(JsonCodec.parse(JsonCodec.write(PlaceOrderJson.write(command))));

    assertThat(read).isEqualTo(command);
  }

  @Test
  void read_commandIdDefaultsFromOrderId() {
    PlaceOrder command =
        PlaceOrderJson.read(
            JsonCodec.parse(
                """
                {"orderId": "O-1", "customer": {"id": "C", "email": "c@example.test",
                 "preferredChannel": "email"}, "items": [{"sku": "A", "quantity": 1}],
                 "method": "in_store", "storeId": "S-1"}
                """));

    assertThat(command.commandId()).isEqualTo(CommandId.of("place:O-1"));
    assertThat(command.method()).isEqualTo(PickupMethod.IN_STORE);
    assertThat(command.customerLocation()).isNull();
    assertThat(command.pickupWindow()).isNull();
  }

  @Test
  void read_offsetInstantIsConvertedToUtc() {
    String json = SAMPLE.replace("2026-03-08T17:00:00Z", "2026-03-08T18:00:00+01:00");

    PlaceOrder command = PlaceOrderJson.read(JsonCodec.parse(json));

    assertThat(command.pickupWindow().start()).isEqualTo(Instant.parse("2026-03-08T17:00:00Z"));
  }

  @Test
  void read_rejectionsNameThePathAndValue() {
    List<String[]> cases =
        List.of(
            new String[] {
              "\"quantity\": 1}", "\"quantity\": 0}", "$.items[0].quantity: 0 must be at least 1"
            },
            new String[] {
              "\"quantity\": 1}",
              "\"quantity\": 1.5}",
              "$.items[0].quantity: 1.5 must be a whole number"
            },
            new String[] {
              "\"quantity\": 2}",
              "\"quantity\": \"2\"}",
              "$.items[1].quantity: \"2\" must be an integer"
            },
            new String[] {
              "\"method\": \"CURBSIDE\"",
              "\"method\": \"DRONE\"",
              "$.method: \"DRONE\" must be one of [IN_STORE, CURBSIDE]"
            },
            new String[] {
              "\"latitude\": 40.4168",
              "\"latitude\": 140.4168",
              "$.customerLocation: {\"latitude\":140.4168,\"longitude\":-3.7038} is rejected: latitude 140.4168 is outside [-90, 90]; pass decimal degrees, latitude first (were latitude and longitude swapped?)"
            },
            new String[] {
              "\"start\": \"2026-03-08T17:00:00Z\"",
              "\"start\": \"2026-03-08 17:00\"",
              "$.pickupWindow.start: \"2026-03-08 17:00\" is not an ISO-8601 instant with an offset, such as \"2026-03-08T17:00:00Z\""
            },
            new String[] {
              "\"orderId\": \"O-1001\",", "", "$.orderId: missing; expected an order id"
            },
            new String[] {
              "\"phone\": \"+34600000000\",",
              "",
              "$.customer: {\"id\":\"C-77\",\"email\":\"ana@example.test\",\"preferredChannel\":\"SMS\"} is rejected: customer C-77 prefers SMS but has no phone; set phone or choose EMAIL"
            });
    for (String[] edit : cases) {
      String json = SAMPLE.replace(edit[0], edit[1]);

      assertThatThrownBy(() -> PlaceOrderJson.read(JsonCodec.parse(json)))
          .as(edit[2])
          .isInstanceOf(JsonContractException.class)
          .hasMessage(edit[2]);
    }
  }

  @Test
  void read_neitherStoreNorLocationIsRejected() {
    String json =
        SAMPLE
            .replace("\"storeId\": \"STORE-5\",", "")
            .replace("\"customerLocation\": {\"latitude\": 40.4168, \"longitude\": -3.7038},", "");

    assertThatThrownBy(() -> PlaceOrderJson.read(JsonCodec.parse(json)))
        .isInstanceOf(JsonContractException.class)
        .hasMessage(
            "$.storeId: missing; expected a store id, or a customerLocation to source the nearest"
                + " store from");
  }

  @Test
  void read_emptyItemsIsRejected() {
    String json =
        SAMPLE.replace(
            "[{\"sku\": \"HELMET-M\", \"quantity\": 1}, {\"sku\": \"GLOVES-L\", \"quantity\": 2}]",
            "[]");

    assertThatThrownBy(() -> PlaceOrderJson.read(JsonCodec.parse(json)))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.items: [] must hold at least one line");
  }
}
