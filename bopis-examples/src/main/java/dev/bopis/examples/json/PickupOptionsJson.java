package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Maps pickup-options requests and responses to JSON and back.
 *
 * <p>Request: {@code {customer: {latitude, longitude}, radius: {value, unit}, items: [{sku,
 * quantity}], method, limit}} with {@code method} optional (any method) and {@code limit} optional
 * (default {@value PickupOptionsRequest#DEFAULT_LIMIT}). Response: {@code {options: [{storeId,
 * name, distance: {value, unit}, canFillCart, shortLines, methods, ready}]}}, where {@code ready}
 * is {@code {at, local, zone, promise, label}} or null. Thread-safe.
 */
public final class PickupOptionsJson {

  private PickupOptionsJson() {}

  /**
   * Reads a pickup-options request.
   *
   * @throws JsonContractException if a field is missing or invalid, for example {@code
   *     $.radius.value: -5 must be positive}
   */
  public static PickupOptionsRequest readRequest(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    GeoPoint customer = root.geoPoint("customer");
    Distance radius = readRadius(root.object("radius"));
    List<OrderLine> lines = root.lines("items");
    Cart cart = root.required("items", "an array").build(() -> new Cart(lines));
    PickupMethod method = root.optionalEnum("method", PickupMethod.class);
    long limit = root.optionalInteger("limit", PickupOptionsRequest.DEFAULT_LIMIT);
    if (limit < 1 || limit > PickupOptionsRequest.MAX_LIMIT) {
      throw root.required("limit", "an integer")
          .invalid("must be between 1 and " + PickupOptionsRequest.MAX_LIMIT);
    }
    return root.build(() -> new PickupOptionsRequest(customer, radius, cart, method, (int) limit));
  }

  /** Returns the request as a JSON object. */
  public static ObjectNode writeRequest(PickupOptionsRequest request) {
    Objects.requireNonNull(request, "request");
    ObjectNode node = JsonOutput.object();
    node.set("customer", JsonOutput.geoPoint(request.customer()));
    node.set("radius", distance(request.radius()));
    node.set("items", JsonOutput.lines(request.cart().lines()));
    JsonOutput.putText(node, "method", request.method());
    node.put("limit", request.limit());
    return node;
  }

  /** Returns the response as a JSON object. */
  public static ObjectNode writeResponse(PickupOptionsResponse response) {
    Objects.requireNonNull(response, "response");
    ObjectNode node = JsonOutput.object();
    ArrayNode options = node.putArray("options");
    for (PickupOption option : response.options()) {
      ObjectNode entry = options.addObject();
      entry.put("storeId", option.storeId().value());
      entry.put("name", option.name());
      entry.set("distance", distance(option.distance()));
      entry.put("canFillCart", option.canFillCart());
      entry.set("shortLines", JsonOutput.shortages(option.shortLines()));
      EnumSet<PickupMethod> methods = EnumSet.noneOf(PickupMethod.class);
      methods.addAll(option.methods());
      entry.set("methods", JsonOutput.texts(methods));
      if (option.ready() == null) {
        entry.putNull("ready");
      } else {
        entry.set("ready", ready(option.ready()));
      }
    }
    return node;
  }

  /**
   * Reads a response written by {@link #writeResponse}.
   *
   * @throws JsonContractException if a field is missing or invalid
   */
  public static PickupOptionsResponse readResponse(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    List<PickupOption> options = new ArrayList<>();
    for (JsonInput entry : root.array("options")) {
      StoreId storeId = entry.parsed("storeId", "a store id", StoreId::of);
      String name = entry.text("name");
      Distance distance = readDistance(entry.object("distance"), false);
      boolean canFillCart = entry.bool("canFillCart");
      List<Shortage> shortLines = new ArrayList<>();
      for (JsonInput line : entry.array("shortLines")) {
        shortLines.add(JsonOutput.readShortage(line));
      }
      Set<PickupMethod> methods = EnumSet.noneOf(PickupMethod.class);
      for (JsonInput method : entry.array("methods")) {
        methods.add(method.enumValue(PickupMethod.class));
      }
      JsonInput readyNode = entry.optionalObject("ready");
      ReadyEstimate ready = readyNode == null ? null : readReady(readyNode);
      options.add(
          entry.build(
              () ->
                  new PickupOption(
                      storeId, name, distance, canFillCart, shortLines, methods, ready)));
    }
    return new PickupOptionsResponse(options);
  }

  /** Returns {@code {"value": ..., "unit": "km"}}. */
  static ObjectNode distance(Distance distance) {
    ObjectNode node = JsonOutput.object();
    node.put("value", distance.value());
    node.put("unit", distance.unit().symbol());
    return node;
  }

  private static ObjectNode ready(ReadyEstimate ready) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.putInstant(node, "at", ready.readyAt());
    node.put("local", ready.localReadyAt().toString());
    node.put("zone", ready.zone().getId());
    node.put("promise", ready.promise().name());
    node.put("label", ready.promise().label());
    return node;
  }

  private static ReadyEstimate readReady(JsonInput input) {
    Instant at = input.instant("at");
    LocalDateTime local = input.localDateTime("local");
    ZoneId zone = input.zone("zone");
    ReadyPromise promise = input.enumValue("promise", ReadyPromise.class);
    return input.build(() -> new ReadyEstimate(at, local, zone, promise));
  }

  /** Reads a search radius, which must be more than 0. */
  private static Distance readRadius(JsonInput input) {
    return readDistance(input, true);
  }

  /** Reads {@code {value, unit}}; the value must be at least 0, or more than 0 if positive. */
  static Distance readDistance(JsonInput input, boolean positive) {
    JsonInput valueNode = input.required("value", "a number");
    double value = input.number("value");
    if (positive && value <= 0) {
      throw valueNode.invalid("must be positive");
    }
    if (value < 0) {
      throw valueNode.invalid("must not be negative");
    }
    DistanceUnit unit = input.enumValue("unit", DistanceUnit.class);
    return input.build(() -> new Distance(value, unit));
  }
}
