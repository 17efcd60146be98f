package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonCodecTest {

  @Test
  void parse_syntaxErrorNamesLineAndColumn() {
    assertThatThrownBy(() -> JsonCodec.parse("{\n  \"orderId\": O-1\n}"))
        .isInstanceOf(JsonContractException.class)
        .hasMessageStartingWith("$: not valid JSON; ")
        .hasMessageContaining("at line 2, column ")
        .extracting(e -> ((JsonContractException) e).path())
        .isEqualTo("$");
  }

  @Test
  void parse_duplicateKeyIsRejected() {
    assertThatThrownBy(() -> JsonCodec.parse("{\"orderId\": \"A\", \"orderId\": \"B\"}"))
        .isInstanceOf(JsonContractException.class)
        .hasMessageContaining("Duplicate field 'orderId'");
  }

  @Test
  void parse_trailingGarbageIsRejected() {
    assertThatThrownBy(() -> JsonCodec.parse("{} {}"))
        .isInstanceOf(JsonContractException.class)
        .hasMessageStartingWith("$: not valid JSON; ");
  }

  @Test
  void parse_emptyBodyIsRejected() {
    assertThatThrownBy(() -> JsonCodec.parse(new byte[0]))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$: missing; expected a JSON document, but the body is empty");
  }

  @Test
  void read_nonObjectRootIsRejected() {
    assertThatThrownBy(() -> PlaceOrderJson.read(JsonCodec.parse("[1, 2]")))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$: [1,2] must be an object");
  }

  @Test
  void invalid_longValueIsCutInTheMessage() {
    String sku = "X".repeat(200);

    assertThatThrownBy(
            () ->
                PlaceOrderJson.read(
                    JsonCodec.parse(
                        "{\"orderId\": \"O\", \"customer\": {\"id\": \"C\", \"email\": \"e@x\","
                            + " \"preferredChannel\": \"EMAIL\"}, \"storeId\": \"S\","
                            + " \"method\": \"IN_STORE\", \"items\": [{\"sku\": \""
                            + sku
                            + "\", \"quantity\": 1}]}")))
        .isInstanceOf(JsonContractException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("$.items[0].sku: \"XXXX"))
        .satisfies(e -> assertThat(e.getMessage()).contains("... is rejected: SKU \"XXX"));
  }
}
