package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusUpdateJsonTest {

  private static final CommandId COMMAND = CommandId.of("cmd-1");
  private static final StoreId STORE = StoreId.of("STORE-5");

  @Test
  void roundTrip_everyUpdateType() {
    List<StatusUpdate> updates =
        List.of(
            new StatusUpdate.Accept(COMMAND, STORE),
            new StatusUpdate.Reject(COMMAND, STORE, "no staff for curbside"),
            new StatusUpdate.StartPicking(COMMAND, STORE),
            new StatusUpdate.ShortPick(COMMAND, STORE, Map.of(Sku.of("HELMET"), 1L)),
            new StatusUpdate.MarkReady(COMMAND, STORE),
            new StatusUpdate.CheckIn(COMMAND, null, Arrival.curbside("7", "red van")),
            new StatusUpdate.PickedUp(COMMAND, STORE, Map.of(Sku.of("HELMET"), 2L)),
            new StatusUpdate.PickedUp(COMMAND, null, Map.of()),
            new StatusUpdate.ExtendHold(COMMAND, null),
            new StatusUpdate.Cancel(
                COMMAND, null, CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED));

    for (StatusUpdate update : updates) {
      StatusUpdate read =
          StatusUpdateJson.read(JsonCodec.parse(JsonCodec.write(StatusUpdateJson.write(update))));

      assertThat(read).as(update.toString()).isEqualTo(update);
    }
    assertThat(updates.stream().map(StatusUpdateJson::typeOf).distinct())
        .hasSize(StatusUpdateJson.Type.values().length);
  }

  @Test
  void read_shortPickWithLines() {
    StatusUpdate update =
        StatusUpdateJson.read(
            JsonCodec.parse(
                """
                {"type": "SHORT_PICK", "commandId": "c-9", "storeId": "STORE-5",
                 "lines": [{"sku": "HELMET", "quantity": 1}, {"sku": "GLOVES", "quantity": 2}]}
                """));

    assertThat(update)
        .isEqualTo(
            new StatusUpdate.ShortPick(
                CommandId.of("c-9"), STORE, Map.of(Sku.of("HELMET"), 1L, Sku.of("GLOVES"), 2L)));
  }

  @Test
  void read_checkInWithoutArrivalIsInStore() {
    StatusUpdate update =
        StatusUpdateJson.read(JsonCodec.parse("{\"type\": \"check_in\", \"commandId\": \"c\"}"));

    assertThat(update)
        .isEqualTo(new StatusUpdate.CheckIn(CommandId.of("c"), null, Arrival.IN_STORE));
  }

  @Test
  void read_rejectionsNameThePathAndValue() {
    Map<String, String> cases =
        Map.of(
            "{\"type\": \"TELEPORT\", \"commandId\": \"c\"}",
            "$.type: \"TELEPORT\" must be one of [ACCEPT, REJECT, START_PICKING, SHORT_PICK, READY,"
                + " CHECK_IN, PICKED_UP, EXTEND_HOLD, CANCEL]",
            "{\"type\": \"ACCEPT\", \"commandId\": \"c\"}",
            "$.storeId: missing; expected the acting store's id",
            "{\"type\": \"REJECT\", \"commandId\": \"c\", \"storeId\": \"S\", \"reason\": \" \"}",
            "$.reason: \" \" must not be blank",
            "{\"type\": \"SHORT_PICK\", \"commandId\": \"c\", \"storeId\": \"S\", \"lines\": []}",
            "$.lines: missing; expected at least one line of units not found",
            "{\"type\": \"SHORT_PICK\", \"commandId\": \"c\", \"storeId\": \"S\", \"lines\":"
                + " [{\"sku\": \"A\", \"quantity\": 1}, {\"sku\": \"A\", \"quantity\": 1}]}",
            "$.lines[1].sku: \"A\" appears twice; give one line per SKU",
            "{\"type\": \"CANCEL\", \"commandId\": \"c\", \"cancelledBy\": \"STORE\","
                + " \"reasonCode\": \"DAMAGED\"}",
            "$.storeId: missing; expected the cancelling store's id",
            "{\"type\": \"CANCEL\", \"commandId\": \"c\", \"cancelledBy\": \"CUSTOMER\","
                + " \"reasonCode\": \"changed my mind\"}",
            "$.reasonCode: \"changed my mind\" is rejected: reason code \"changed my mind\" is"
                + " invalid; use 1 to 64 upper-case letters, digits and underscores, starting with"
                + " a letter, such as DAMAGED",
            "{\"type\": \"PICKED_UP\", \"commandId\": \"c\", \"lines\": [{\"sku\": \"A\","
                + " \"quantity\": -1}]}",
            "$.lines[0].quantity: -1 must be at least 0");
    cases.forEach(
        (json, message) ->
            assertThatThrownBy(() -> StatusUpdateJson.read(JsonCodec.parse(json)))
                .as(json)
                .isInstanceOf(JsonContractException.class)
                .hasMessage(message));
  }
}
