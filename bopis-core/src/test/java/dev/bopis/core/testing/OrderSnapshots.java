package dev.bopis.core.testing;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds stored {@link PickupOrder} snapshots directly, for repository tests that need orders
 * without running the service.
 */
public final class OrderSnapshots {

  private OrderSnapshots() {}

  /**
   * Returns order {@code id} at version 1, sourced to {@code STORE-1} at {@code placedAt} with one
   * line of 1 x {@code SKU-1}, its stock settled, nothing in its outbox, and due for an
   * acknowledgement {@code acknowledgeAfter} later.
   */
  public static PickupOrder sourced(String id, Instant placedAt, Duration acknowledgeAfter) {
    return new PickupOrder(
        OrderId.of(id),
        1,
        TestOrders.EMAIL_CUSTOMER,
        null,
        List.of(OrderLine.of("SKU-1", 1)),
        PickupMethod.IN_STORE,
        null,
        OrderState.SOURCED,
        StoreId.of("STORE-1"),
        List.of(),
        placedAt,
        placedAt,
        placedAt.plus(acknowledgeAfter),
        placedAt.plus(Duration.ofMinutes(30)),
        null,
        null,
        List.of(),
        0,
        Map.of(),
        Map.of(),
        null,
        null,
        null,
        true,
        Map.of(),
        List.of(),
        0);
  }
}
