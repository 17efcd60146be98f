package dev.bopis.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BigCommerceInventoryAdjustmentsTest {

  /** A hand-written adjustment in the shape of BigCommerce's inventory adjustment endpoints. */
  private static final String ABSOLUTE =
      """
      {"reason": "Cycle count (aisle 4)",
       "items": [{"location_id": 3, "variant_id": 24, "quantity": 7},
                 {"location_code": "SF-MISSION", "sku": "BAG-RED", "quantity": 0}]}
      """;

  private final BigCommerceInventoryAdjustments reader =
      new BigCommerceInventoryAdjustments(
          BigCommerceIds.of(Map.of(24L, Sku.of("HELMET-M")), Map.of(3L, StoreId.of("SF-MARKET"))));

  @Test
  void readAbsolute_mapsIdsAndReason() {
    List<InventoryAdjustment> adjustments = reader.readAbsolute(JsonCodec.parse(ABSOLUTE));

    ReasonCode reason = new ReasonCode("CYCLE_COUNT_AISLE_4");
    assertThat(adjustments)
        .containsExactly(
            InventoryAdjustment.absolute(StoreId.of("SF-MARKET"), Sku.of("HELMET-M"), 7, reason),
            InventoryAdjustment.absolute(StoreId.of("SF-MISSION"), Sku.of("BAG-RED"), 0, reason));
  }

  @Test
  void readRelative_signedQuantityAndCodedReason() {
    String json =
        """
        {"reason_code": "DAMAGED",
         "items": [{"location_id": 3, "sku": "HELMET-M", "quantity": -2}]}
        """;

    List<InventoryAdjustment> adjustments = reader.readRelative(JsonCodec.parse(json));

    assertThat(adjustments)
        .containsExactly(
            InventoryAdjustment.relative(
                StoreId.of("SF-MARKET"), Sku.of("HELMET-M"), -2, new ReasonCode("DAMAGED")));
  }

  @Test
  void reasonCode_freeTextBecomesAValidCode() {
    assertThat(BigCommerceInventoryAdjustments.reasonCode("Damaged in transit").code())
        .isEqualTo("DAMAGED_IN_TRANSIT");
    assertThat(BigCommerceInventoryAdjustments.reasonCode("  --restock!  ").code())
        .isEqualTo("RESTOCK");
    assertThat(BigCommerceInventoryAdjustments.reasonCode("2024 recount").code())
        .isEqualTo("R_2024_RECOUNT");
    assertThat(BigCommerceInventoryAdjustments.reasonCode("x ".repeat(50)).code())
        .hasSizeLessThanOrEqualTo(64);
    assertThat(BigCommerceInventoryAdjustments.reasonCode("x ".repeat(50)).code())
        .doesNotEndWith("_");
  }

  @Test
  void read_rejectionsNameThePathAndValue() {
    assertThatThrownBy(
            () ->
                reader.readAbsolute(
                    JsonCodec.parse(ABSOLUTE.replace("\"quantity\": 7", "\"quantity\": -7"))))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.items[0].quantity: -7 must be at least 0");
    assertThatThrownBy(
            () ->
                reader.readRelative(
                    JsonCodec.parse(ABSOLUTE.replace("\"quantity\": 7", "\"quantity\": 0"))))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.items[0].quantity: 0 must not be 0 in a relative adjustment");
    assertThatThrownBy(
            () ->
                reader.readAbsolute(
                    JsonCodec.parse(ABSOLUTE.replace("\"location_id\": 3", "\"location_id\": 9"))))
        .isInstanceOf(JsonContractException.class)
        .hasMessage(
            "$.items[0].location_id: 9 is not a known location; add it to the location table");
    assertThatThrownBy(
            () ->
                reader.readAbsolute(
                    JsonCodec.parse(ABSOLUTE.replace("\"Cycle count (aisle 4)\"", "\"?!\""))))
        .isInstanceOf(JsonContractException.class)
        .hasMessage(
            "$.reason: \"?!\" is rejected: reason \"?!\" has no letter or digit; describe why the stock changed");
    assertThatThrownBy(() -> reader.readAbsolute(JsonCodec.parse("{\"items\": []}")))
        .isInstanceOf(JsonContractException.class)
        .hasMessage("$.reason: missing; expected a reason text, or a reason_code");
  }
}
