package dev.bopis.core.inventory;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the inventory journal: how on hand and reserved changed for a store and SKU.
 *
 * @param storeId the store
 * @param sku the SKU
 * @param orderId the order that caused it, or null for a manual adjustment
 * @param type what happened
 * @param onHandDelta signed change of on hand
 * @param reservedDelta signed change of reserved
 * @param reason why
 */
public record InventoryMovement(
    StoreId storeId,
    Sku sku,
    @Nullable OrderId orderId,
    Type type,
    long onHandDelta,
    long reservedDelta,
    ReasonCode reason) {

  /** The kind of stock movement. */
  public enum Type {
    /** Units allocated to an order. */
    RESERVE,
    /** Allocated units handed to the customer: on hand and reserved both go down. */
    COLLECT,
    /** Allocated units returned to sellable stock. */
    RELEASE,
    /** Allocated units the store could not find: on hand and reserved both go down. */
    WRITE_OFF,
    /** On hand changed by an adjustment. */
    ADJUST
  }

  /** Validates the movement. */
  public InventoryMovement {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }
}
