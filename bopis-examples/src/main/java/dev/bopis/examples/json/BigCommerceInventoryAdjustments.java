package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads BigCommerce-style inventory adjustments into {@link InventoryAdjustment}s.
 *
 * <p>A document is {@code {reason, items: [{location_id or location_code, variant_id or sku,
 * quantity}]}}. An absolute adjustment sets on hand to {@code quantity} (at least 0); a relative
 * one adds the signed, non-zero {@code quantity}. The reason is either {@code reason_code}, already
 * a code such as {@code DAMAGED}, or the free text {@code reason}, which becomes a code by {@link
 * #reasonCode(String)}. Thread-safe.
 */
public final class BigCommerceInventoryAdjustments {

  private static final int MAX_CODE_LENGTH = 64;

  private final BigCommerceIds ids;

  /** Creates a reader that translates variant and location ids with {@code ids}. */
  public BigCommerceInventoryAdjustments(BigCommerceIds ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Reads absolute adjustments: each item's quantity is the counted on hand.
   *
   * @throws JsonContractException if a field is missing or invalid; nothing is returned then
   */
  public List<InventoryAdjustment> readAbsolute(JsonNode json) {
    return read(json, InventoryAdjustment.Kind.ABSOLUTE);
  }

  /**
   * Reads relative adjustments: each item's quantity is added to on hand.
   *
   * @throws JsonContractException if a field is missing or invalid; nothing is returned then
   */
  public List<InventoryAdjustment> readRelative(JsonNode json) {
    return read(json, InventoryAdjustment.Kind.RELATIVE);
  }

  /**
   * Turns a free-text reason into a reason code: upper case, each run of other characters than
   * letters and digits becomes one underscore, a leading digit gets the prefix {@code R_}, and the
   * result is cut to 64 characters. "Damaged in transit" becomes {@code DAMAGED_IN_TRANSIT}.
   *
   * @throws IllegalArgumentException if {@code text} has no ASCII letter or digit
   */
  public static ReasonCode reasonCode(String text) {
    Objects.requireNonNull(text, "text");
    String code =
        text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (code.isEmpty()) {
      throw new IllegalArgumentException(
          "reason \"" + text + "\" has no letter or digit; describe why the stock changed");
    }
    if (Character.isDigit(code.charAt(0))) {
      code = "R_" + code;
    }
    if (code.length() > MAX_CODE_LENGTH) {
      code = code.substring(0, MAX_CODE_LENGTH).replaceAll("_+$", "");
    }
    return new ReasonCode(code);
  }

  private List<InventoryAdjustment> read(JsonNode json, InventoryAdjustment.Kind kind) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    ReasonCode reason = reason(root);
    List<JsonInput> itemNodes = root.array("items");
    if (itemNodes.isEmpty()) {
      throw root.required("items", "an array").invalid("must hold at least one item");
    }
    List<InventoryAdjustment> adjustments = new ArrayList<>(itemNodes.size());
    for (JsonInput item : itemNodes) {
      StoreId store = BigCommerceFields.store(item, ids);
      Sku sku = BigCommerceFields.sku(item, ids);
      long quantity;
      if (kind == InventoryAdjustment.Kind.ABSOLUTE) {
        quantity = item.integerAtLeast("quantity", 0);
      } else {
        quantity = item.integer("quantity");
        if (quantity == 0) {
          throw item.required("quantity", "an integer")
              .invalid("must not be 0 in a relative adjustment");
        }
      }
      long value = quantity;
      adjustments.add(item.build(() -> new InventoryAdjustment(store, sku, kind, value, reason)));
    }
    return List.copyOf(adjustments);
  }

  private static ReasonCode reason(JsonInput root) {
    if (root.has("reason_code")) {
      return root.parsed("reason_code", "a reason code such as \"DAMAGED\"", ReasonCode::new);
    }
    if (!root.has("reason")) {
      throw JsonContractException.missing("$.reason", "a reason text, or a reason_code");
    }
    return root.parsed("reason", "a reason text", BigCommerceInventoryAdjustments::reasonCode);
  }
}
