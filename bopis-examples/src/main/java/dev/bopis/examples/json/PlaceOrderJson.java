package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.service.PlaceOrder;
import java.util.List;
import java.util.Objects;

/**
 * Maps the place-order command to JSON and back.
 *
 * <p>The document is {@code {orderId, commandId, customer, customerLocation, items, method,
 * storeId, pickupWindow}}. {@code commandId} defaults to {@code "place:" + orderId}; {@code
 * storeId} (the store the customer chose) and {@code customerLocation} are each optional, but one
 * of them is required; {@code pickupWindow} is optional. Thread-safe.
 */
public final class PlaceOrderJson {

  private PlaceOrderJson() {}

  /** Returns the command as a JSON object. */
  public static ObjectNode write(PlaceOrder command) {
    Objects.requireNonNull(command, "command");
    ObjectNode node = JsonOutput.object();
    node.put("orderId", command.orderId().value());
    node.put("commandId", command.commandId().value());
    node.set("customer", PickupOrderJson.customer(command.customer()));
    if (command.customerLocation() == null) {
      node.putNull("customerLocation");
    } else {
      node.set("customerLocation", JsonOutput.geoPoint(command.customerLocation()));
    }
    node.set("items", JsonOutput.lines(command.cart().lines()));
    node.put("method", command.method().name());
    JsonOutput.putText(node, "storeId", command.chosenStore());
    if (command.pickupWindow() == null) {
      node.putNull("pickupWindow");
    } else {
      node.set("pickupWindow", JsonOutput.window(command.pickupWindow()));
    }
    return node;
  }

  /**
   * Reads a place-order command.
   *
   * @throws JsonContractException if a field is missing or invalid, or neither {@code storeId} nor
   *     {@code customerLocation} is given
   */
  public static PlaceOrder read(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    OrderId orderId = root.parsed("orderId", "an order id", OrderId::of);
    CommandId commandId =
        root.has("commandId")
            ? root.parsed("commandId", "a command id", CommandId::of)
            : CommandId.of("place:" + orderId.value());
    Customer customer = PickupOrderJson.readCustomer(root.object("customer"));
    JsonInput locationNode = root.optionalObject("customerLocation");
    GeoPoint location = locationNode == null ? null : locationNode.geoPointValue();
    List<OrderLine> lines = root.lines("items");
    Cart cart = root.required("items", "an array").build(() -> new Cart(lines));
    PickupMethod method = root.enumValue("method", PickupMethod.class);
    StoreId store = root.has("storeId") ? root.parsed("storeId", "a store id", StoreId::of) : null;
    JsonInput windowNode = root.optionalObject("pickupWindow");
    PickupWindow window = windowNode == null ? null : JsonOutput.readWindow(windowNode);
    if (store == null && location == null) {
      throw JsonContractException.missing(
          "$.storeId", "a store id, or a customerLocation to source the nearest store from");
    }
    return root.build(
        () -> new PlaceOrder(orderId, commandId, customer, location, cart, method, store, window));
  }
}
