package dev.bopis.core.service;

import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command that places a pickup order.
 *
 * @param orderId the order id; placing the same id again returns the first result
 * @param commandId the command id
 * @param customer who collects
 * @param customerLocation where the customer is; needed when no store is chosen
 * @param cart what to collect
 * @param method in store or curbside
 * @param chosenStore the store the customer picked, or null to source the nearest store that can
 *     fill the whole cart
 * @param pickupWindow the customer's expected pickup window, or null
 */
public record PlaceOrder(
    OrderId orderId,
    CommandId commandId,
    Customer customer,
    @Nullable GeoPoint customerLocation,
    Cart cart,
    PickupMethod method,
    @Nullable StoreId chosenStore,
    @Nullable PickupWindow pickupWindow) {

  /**
   * Validates the command.
   *
   * @throws IllegalArgumentException if neither a store nor a customer location is given
   */
  public PlaceOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(cart, "cart");
    Objects.requireNonNull(method, "method");
    if (chosenStore == null && customerLocation == null) {
      throw new IllegalArgumentException(
          "order " + orderId + " has neither a chosen store nor a customer location; pass one");
    }
  }
}
