package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.OrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps every {@link OrderEvent} record to JSON and back, with a {@code type} discriminator.
 *
 * <p>Every event has {@code type, orderId, storeId, at, commandId, version}; {@code commandId} is
 * null for events the scheduler caused. The fields each type adds are listed on {@link Type}.
 * Quantities are lines of {@code {sku, quantity}}. Thread-safe.
 */
public final class OrderEventJson {

  /** The values of the {@code type} field, one per {@link OrderEvent} record. */
  public enum Type {
    /** {@link OrderEvent.OrderPlaced}: adds {@code method} and {@code reserved} lines. */
    ORDER_PLACED,
    /** {@link OrderEvent.StoreAccepted}. */
    STORE_ACCEPTED,
    /** {@link OrderEvent.StoreRejected}: adds {@code reason} and {@code nextStoreId} or null. */
    STORE_REJECTED,
    /** {@link OrderEvent.PickingStarted}. */
    PICKING_STARTED,
    /** {@link OrderEvent.ShortPicked}: adds {@code shortages}. */
    SHORT_PICKED,
    /** {@link OrderEvent.ReadyForPickup}: adds {@code holdUntil}. */
    READY_FOR_PICKUP,
    /** {@link OrderEvent.ReminderSent}: adds {@code holdUntil}. */
    REMINDER_SENT,
    /** {@link OrderEvent.HoldExtended}: adds {@code holdUntil}. */
    HOLD_EXTENDED,
    /** {@link OrderEvent.CustomerArrived}: adds {@code arrival}. */
    CUSTOMER_ARRIVED,
    /** {@link OrderEvent.PickedUp}: adds {@code collected} and {@code released} lines. */
    PICKED_UP,
    /** {@link OrderEvent.OrderExpired}: adds {@code restocked} lines and {@code reasonCode}. */
    ORDER_EXPIRED,
    /**
     * {@link OrderEvent.OrderCancelled}: adds {@code cancelledBy}, {@code reasonCode} and {@code
     * released} lines.
     */
    ORDER_CANCELLED,
    /** {@link OrderEvent.OrderUnfulfillable}: adds {@code reason} and {@code shipToHomeOffered}. */
    ORDER_UNFULFILLABLE
  }

  private OrderEventJson() {}

  /** Returns the event as a JSON object. */
  public static ObjectNode write(OrderEvent event) {
    Objects.requireNonNull(event, "event");
    ObjectNode node = JsonOutput.object();
    node.put("type", typeOf(event).name());
    node.put("orderId", event.orderId().value());
    node.put("storeId", event.storeId().value());
    JsonOutput.putInstant(node, "at", event.at());
    JsonOutput.putText(node, "commandId", event.commandId());
    node.put("version", event.version());

    if (event instanceof OrderEvent.OrderPlaced placed) {
      node.put("method", placed.method().name());
      node.set("reserved", JsonOutput.quantities(placed.reserved()));
    } else if (event instanceof OrderEvent.StoreRejected rejected) {
      node.put("reason", rejected.reason());
      JsonOutput.putText(node, "nextStoreId", rejected.nextStoreId());
    } else if (event instanceof OrderEvent.ShortPicked shortPicked) {
      node.set("shortages", JsonOutput.shortages(shortPicked.shortages()));
    } else if (event instanceof OrderEvent.ReadyForPickup ready) {
      JsonOutput.putInstant(node, "holdUntil", ready.holdUntil());
    } else if (event instanceof OrderEvent.ReminderSent reminder) {
      JsonOutput.putInstant(node, "holdUntil", reminder.holdUntil());
    } else if (event instanceof OrderEvent.HoldExtended extended) {
      JsonOutput.putInstant(node, "holdUntil", extended.holdUntil());
    } else if (event instanceof OrderEvent.CustomerArrived arrived) {
      node.set("arrival", JsonOutput.arrival(arrived.arrival()));
    } else if (event instanceof OrderEvent.PickedUp pickedUp) {
      node.set("collected", JsonOutput.quantities(pickedUp.collected()));
      node.set("released", JsonOutput.quantities(pickedUp.released()));
    } else if (event instanceof OrderEvent.OrderExpired expired) {
      node.set("restocked", JsonOutput.quantities(expired.restocked()));
      node.put("reasonCode", expired.reason().code());
    } else if (event instanceof OrderEvent.OrderCancelled cancelled) {
      node.put("cancelledBy", cancelled.by().name());
      node.put("reasonCode", cancelled.reason().code());
      node.set("released", JsonOutput.quantities(cancelled.released()));
    } else if (event instanceof OrderEvent.OrderUnfulfillable unfulfillable) {
      node.put("reason", unfulfillable.reason());
      node.put("shipToHomeOffered", unfulfillable.shipToHomeOffered());
    }
    return node;
  }

  /**
   * Reads an event written by {@link #write}.
   *
   * @throws JsonContractException if the type is unknown or a field is missing or invalid
   */
  public static OrderEvent read(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    Type type = root.enumValue("type", Type.class);
    OrderId orderId = root.parsed("orderId", "an order id", OrderId::of);
    StoreId storeId = root.parsed("storeId", "a store id", StoreId::of);
    Instant at = root.instant("at");
    @Nullable CommandId commandId =
        root.has("commandId") ? root.parsed("commandId", "a command id", CommandId::of) : null;
    long version = root.integerAtLeast("version", 1);

    return switch (type) {
      case ORDER_PLACED ->
          new OrderEvent.OrderPlaced(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.enumValue("method", PickupMethod.class),
              root.quantities("reserved", 1));
      case STORE_ACCEPTED -> new OrderEvent.StoreAccepted(orderId, storeId, at, commandId, version);
      case STORE_REJECTED ->
          new OrderEvent.StoreRejected(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.text("reason"),
              root.has("nextStoreId")
                  ? root.parsed("nextStoreId", "a store id", StoreId::of)
                  : null);
      case PICKING_STARTED ->
          new OrderEvent.PickingStarted(orderId, storeId, at, commandId, version);
      case SHORT_PICKED ->
          new OrderEvent.ShortPicked(orderId, storeId, at, commandId, version, shortages(root));
      case READY_FOR_PICKUP ->
          new OrderEvent.ReadyForPickup(
              orderId, storeId, at, commandId, version, root.instant("holdUntil"));
      case REMINDER_SENT ->
          new OrderEvent.ReminderSent(
              orderId, storeId, at, commandId, version, root.instant("holdUntil"));
      case HOLD_EXTENDED ->
          new OrderEvent.HoldExtended(
              orderId, storeId, at, commandId, version, root.instant("holdUntil"));
      case CUSTOMER_ARRIVED ->
          new OrderEvent.CustomerArrived(
              orderId,
              storeId,
              at,
              commandId,
              version,
              JsonOutput.readArrival(root.object("arrival")));
      case PICKED_UP ->
          new OrderEvent.PickedUp(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.quantities("collected", 1),
              root.quantities("released", 1));
      case ORDER_EXPIRED ->
          new OrderEvent.OrderExpired(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.quantities("restocked", 1),
              reasonCode(root));
      case ORDER_CANCELLED ->
          new OrderEvent.OrderCancelled(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.enumValue("cancelledBy", CancelledBy.class),
              reasonCode(root),
              root.quantities("released", 1));
      case ORDER_UNFULFILLABLE ->
          new OrderEvent.OrderUnfulfillable(
              orderId,
              storeId,
              at,
              commandId,
              version,
              root.text("reason"),
              root.bool("shipToHomeOffered"));
    };
  }

  /** Returns the {@code type} value of {@code event}. */
  public static Type typeOf(OrderEvent event) {
    if (event instanceof OrderEvent.OrderPlaced) {
      return Type.ORDER_PLACED;
    } else if (event instanceof OrderEvent.StoreAccepted) {
      return Type.STORE_ACCEPTED;
    } else if (event instanceof OrderEvent.StoreRejected) {
      return Type.STORE_REJECTED;
    } else if (event instanceof OrderEvent.PickingStarted) {
      return Type.PICKING_STARTED;
    } else if (event instanceof OrderEvent.ShortPicked) {
      return Type.SHORT_PICKED;
    } else if (event instanceof OrderEvent.ReadyForPickup) {
      return Type.READY_FOR_PICKUP;
    } else if (event instanceof OrderEvent.ReminderSent) {
      return Type.REMINDER_SENT;
    } else if (event instanceof OrderEvent.HoldExtended) {
      return Type.HOLD_EXTENDED;
    } else if (event instanceof OrderEvent.CustomerArrived) {
      return Type.CUSTOMER_ARRIVED;
    } else if (event instanceof OrderEvent.PickedUp) {
      return Type.PICKED_UP;
    } else if (event instanceof OrderEvent.OrderExpired) {
      return Type.ORDER_EXPIRED;
    } else if (event instanceof OrderEvent.OrderCancelled) {
      return Type.ORDER_CANCELLED;
    } else if (event instanceof OrderEvent.OrderUnfulfillable) {
      return Type.ORDER_UNFULFILLABLE;
    }
    throw new IllegalArgumentException("unknown order event " + event.getClass().getName());
  }

  private static List<Shortage> shortages(JsonInput root) {
    List<Shortage> shortages = new ArrayList<>();
    for (JsonInput element : root.array("shortages")) {
      shortages.add(JsonOutput.readShortage(element));
    }
    return shortages;
  }

  private static ReasonCode reasonCode(JsonInput root) {
    return root.parsed("reasonCode", "a reason code such as \"PICKUP_EXPIRED\"", ReasonCode::new);
  }
}
