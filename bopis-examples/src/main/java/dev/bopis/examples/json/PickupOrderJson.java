package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.PendingNotification;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link PickupOrder} snapshot to JSON and back, every field included, so that {@code
 * read(write(order))} equals {@code order}.
 *
 * <p>The document carries {@code "schemaVersion": 1}; {@link #read} rejects other versions, so a
 * stored snapshot written by a later release is never misread. The outbox of undelivered
 * notifications is part of the snapshot. Thread-safe.
 */
public final class PickupOrderJson {

  /** The version this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  private PickupOrderJson() {}

  /** Returns the order as a JSON object. */
  public static ObjectNode write(PickupOrder order) {
    Objects.requireNonNull(order, "order");
    ObjectNode node = JsonOutput.object();
    node.put("schemaVersion", SCHEMA_VERSION);
    node.put("id", order.id().value());
    node.put("version", order.version());

    node.set("customer", customer(order.customer()));
    if (order.customerLocation() == null) {
      node.putNull("customerLocation");
    } else {
      node.set("customerLocation", JsonOutput.geoPoint(order.customerLocation()));
    }
    node.set("lines", JsonOutput.lines(order.lines()));
    node.put("method", order.method().name());
    if (order.requestedWindow() == null) {
      node.putNull("requestedWindow");
    } else {
      node.set("requestedWindow", JsonOutput.window(order.requestedWindow()));
    }

    node.put("state", order.state().name());
    node.put("storeId", order.storeId().value());
    node.set("rejectedBy", JsonOutput.texts(order.rejectedBy()));

    JsonOutput.putInstant(node, "placedAt", order.placedAt());
    JsonOutput.putInstant(node, "routedAt", order.routedAt());
    JsonOutput.putInstant(node, "acknowledgeBy", order.acknowledgeBy());
    JsonOutput.putInstant(node, "estimatedReadyAt", order.estimatedReadyAt());
    JsonOutput.putInstant(node, "readyAt", order.readyAt());
    if (order.hold() == null) {
      node.putNull("hold");
    } else {
      node.set("hold", JsonOutput.hold(order.hold()));
    }
    node.set("reminderTimes", JsonOutput.texts(order.reminderTimes()));
    node.put("remindersSent", order.remindersSent());

    node.set("shortPicked", JsonOutput.quantities(order.shortPicked()));
    node.set("collected", JsonOutput.quantities(order.collected()));
    if (order.arrival() == null) {
      node.putNull("arrival");
    } else {
      node.set("arrival", JsonOutput.arrival(order.arrival()));
    }
    JsonOutput.putText(node, "closedReason", order.closedReason());
    JsonOutput.putInstant(node, "closedAt", order.closedAt());

    node.put("stockSettled", order.stockSettled());
    ArrayNode commands = node.putArray("commands");
    order
        .commands()
        .forEach(
            (id, outcome) -> {
              ObjectNode command = commands.addObject();
              command.put("commandId", id.value());
              command.put("outcome", outcome.name());
            });
    ArrayNode outbox = node.putArray("outbox");
    for (PendingNotification pending : order.outbox()) {
      ObjectNode entry = outbox.addObject();
      entry.set("notification", notification(pending.notification()));
      entry.put("attempts", pending.attempts());
      JsonOutput.putInstant(entry, "nextAttemptAt", pending.nextAttemptAt());
    }
    node.put("notificationCount", order.notificationCount());
    return node;
  }

  /**
   * Reads an order written by {@link #write}.
   *
   * @throws JsonContractException if a field is missing or invalid, or the schema version is not
   *     {@value #SCHEMA_VERSION}
   */
  public static PickupOrder read(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    long schema = root.integer("schemaVersion");
    if (schema != SCHEMA_VERSION) {
      throw root.required("schemaVersion", "an integer")
          .invalid("is not supported; this release reads version " + SCHEMA_VERSION);
    }
    OrderId id = root.parsed("id", "an order id", OrderId::of);
    long version = root.integerAtLeast("version", 1);
    Customer customer = readCustomer(root.object("customer"));
    JsonInput location = root.optionalObject("customerLocation");
    GeoPoint customerLocation = location == null ? null : location.geoPointValue();
    List<OrderLine> lines = root.lines("lines");
    PickupMethod method = root.enumValue("method", PickupMethod.class);
    JsonInput windowNode = root.optionalObject("requestedWindow");
    PickupWindow window = windowNode == null ? null : JsonOutput.readWindow(windowNode);
    OrderState state = root.enumValue("state", OrderState.class);
    StoreId storeId = root.parsed("storeId", "a store id", StoreId::of);
    List<StoreId> rejectedBy = new ArrayList<>();
    for (JsonInput store : root.array("rejectedBy")) {
      String value = store.textValue();
      rejectedBy.add(store.build(() -> StoreId.of(value)));
    }
    Instant placedAt = root.instant("placedAt");
    Instant routedAt = root.instant("routedAt");
    Instant acknowledgeBy = root.instant("acknowledgeBy");
    Instant estimatedReadyAt = root.instant("estimatedReadyAt");
    Instant readyAt = root.optionalInstant("readyAt");
    JsonInput holdNode = root.optionalObject("hold");
    HoldWindow hold = holdNode == null ? null : readHold(holdNode);
    List<Instant> reminderTimes = new ArrayList<>();
    for (JsonInput time : root.array("reminderTimes")) {
      reminderTimes.add(time.instantValue());
    }
    int remindersSent = root.count("remindersSent");
    Map<Sku, Long> shortPicked = root.quantities("shortPicked", 1);
    Map<Sku, Long> collected = root.quantities("collected", 1);
    JsonInput arrivalNode = root.optionalObject("arrival");
    Arrival arrival = arrivalNode == null ? null : JsonOutput.readArrival(arrivalNode);
    ReasonCode closedReason =
        root.has("closedReason") ? root.parsed("closedReason", "a code", ReasonCode::new) : null;
    Instant closedAt = root.optionalInstant("closedAt");
    boolean stockSettled = root.bool("stockSettled");
    Map<CommandId, CommandOutcome> commands = new LinkedHashMap<>();
    for (JsonInput command : root.array("commands")) {
      CommandId commandId = command.parsed("commandId", "a command id", CommandId::of);
      commands.put(commandId, command.enumValue("outcome", CommandOutcome.class));
    }
    List<PendingNotification> outbox = new ArrayList<>();
    for (JsonInput entry : root.array("outbox")) {
      Notification notification = readNotification(entry.object("notification"));
      int attempts = entry.count("attempts");
      Instant nextAttemptAt = entry.instant("nextAttemptAt");
      outbox.add(new PendingNotification(notification, attempts, nextAttemptAt));
    }
    int notificationCount = root.count("notificationCount");

    return root.build(
        () ->
            new PickupOrder(
                id,
                version,
                customer,
                customerLocation,
                lines,
                method,
                window,
                state,
                storeId,
                rejectedBy,
                placedAt,
                routedAt,
                acknowledgeBy,
                estimatedReadyAt,
                readyAt,
                hold,
                reminderTimes,
                remindersSent,
                shortPicked,
                collected,
                arrival,
                closedReason,
                closedAt,
                stockSettled,
                commands,
                outbox,
                notificationCount));
  }

  /** Returns the customer as {@code {id, email, phone, preferredChannel}}. */
  static ObjectNode customer(Customer customer) {
    ObjectNode node = JsonOutput.object();
    node.put("id", customer.customerId());
    JsonOutput.putText(node, "email", customer.email());
    JsonOutput.putText(node, "phone", customer.phone());
    node.put("preferredChannel", customer.preferredChannel().name());
    return node;
  }

  /** Reads a customer written by {@link #customer}. */
  static Customer readCustomer(JsonInput input) {
    String id = input.text("id");
    String email = input.optionalText("email");
    String phone = input.optionalText("phone");
    ContactChannel channel = input.enumValue("preferredChannel", ContactChannel.class);
    return input.build(() -> new Customer(id, email, phone, channel));
  }

  /** Returns the notification with its template details. */
  public static ObjectNode notification(Notification notification) {
    ObjectNode node = JsonOutput.object();
    node.put("deduplicationKey", notification.deduplicationKey());
    node.put("type", notification.type().name());
    node.put("orderId", notification.orderId().value());
    node.put("storeId", notification.storeId().value());
    JsonOutput.putText(node, "channel", notification.channel());
    node.put("address", notification.address());
    ObjectNode details = node.putObject("details");
    notification.details().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> details.put(entry.getKey(), entry.getValue()));
    JsonOutput.putInstant(node, "createdAt", notification.createdAt());
    return node;
  }

  private static Notification readNotification(JsonInput input) {
    String key = input.text("deduplicationKey");
    NotificationType type = input.enumValue("type", NotificationType.class);
    OrderId orderId = input.parsed("orderId", "an order id", OrderId::of);
    StoreId storeId = input.parsed("storeId", "a store id", StoreId::of);
    @Nullable ContactChannel channel = input.optionalEnum("channel", ContactChannel.class);
    String address = input.text("address");
    Map<String, String> details = new LinkedHashMap<>();
    JsonInput detailsNode = input.object("details");
    Iterator<String> names = detailsNode.node().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonInput value = detailsNode.required(name, "a string");
      if (!value.node().isTextual()) {
        throw value.invalid("must be a string");
      }
      details.put(name, value.node().textValue());
    }
    Instant createdAt = input.instant("createdAt");
    return input.build(
        () -> new Notification(key, type, orderId, storeId, channel, address, details, createdAt));
  }

  private static HoldWindow readHold(JsonInput input) {
    Instant start = input.instant("start");
    Instant end = input.instant("end");
    int extensions = input.count("extensionsUsed");
    return input.build(() -> new HoldWindow(start, end, extensions));
  }
}
