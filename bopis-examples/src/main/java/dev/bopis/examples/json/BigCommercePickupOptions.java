package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Maps BigCommerce-style pickup-options requests and responses.
 *
 * <p>Request: {@code {search_area: {radius: {value, unit}, coordinates: {latitude, longitude}},
 * items: [{variant_id or sku, quantity}]}}, with unit {@code KM} or {@code MI}. Response: {@code
 * {results: [...]}}, one result per location that can fill the whole cart, nearest first, at most
 * {@value #MAX_RESULTS}; each result lists one pickup option per pickup method with the requested
 * items as {@code available_items}. Stores that cannot fill the cart are left out, as BigCommerce
 * returns only locations where every item can be picked up. Thread-safe.
 */
public final class BigCommercePickupOptions {

  /** The maximum number of locations in a response. */
  public static final int MAX_RESULTS = 10;

  /**
   * A request item as sent, so the response can echo the caller's own identifiers.
   *
   * @param variantId the variant id sent, or null when the item named a SKU
   * @param sku the SKU text sent, or null when the item named a variant id
   * @param resolved the SKU the item stands for
   * @param quantity units requested, at least 1
   */
  public record Item(@Nullable Long variantId, @Nullable String sku, Sku resolved, long quantity) {
    /** Validates the item. */
    public Item {
      Objects.requireNonNull(resolved, "resolved");
      if (variantId == null && sku == null) {
        throw new IllegalArgumentException("item " + resolved + " needs a variant id or a SKU");
      }
    }
  }

  /**
   * A request read from BigCommerce's shape.
   *
   * @param query the request in this library's terms, limited to {@value #MAX_RESULTS} stores
   * @param items the items as sent, in order
   */
  public record Request(PickupOptionsRequest query, List<Item> items) {
    /** Copies the items. */
    public Request {
      Objects.requireNonNull(query, "query");
      items = List.copyOf(items);
    }
  }

  private final BigCommerceIds ids;

  /** Creates a mapper that translates variant and location ids with {@code ids}. */
  public BigCommercePickupOptions(BigCommerceIds ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Reads a request.
   *
   * @throws JsonContractException if a field is missing or invalid, for example {@code
   *     $.search_area.radius.value: -5 must be positive}
   */
  public Request readRequest(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    JsonInput area = root.object("search_area");
    JsonInput radiusNode = area.object("radius");
    JsonInput valueNode = radiusNode.required("value", "a number");
    double value = radiusNode.number("value");
    if (value <= 0) {
      throw valueNode.invalid("must be positive");
    }
    DistanceUnit unit = radiusNode.enumValue("unit", DistanceUnit.class);
    Distance radius = new Distance(value, unit);
    GeoPoint coordinates = area.geoPoint("coordinates");

    List<JsonInput> itemNodes = root.array("items");
    if (itemNodes.isEmpty()) {
      throw root.required("items", "an array").invalid("must hold at least one item");
    }
    List<Item> items = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    for (JsonInput itemNode : itemNodes) {
      Sku sku = BigCommerceFields.sku(itemNode, ids);
      long quantity = itemNode.integerAtLeast("quantity", 1);
      Long variantId = itemNode.has("sku") ? null : itemNode.integer("variant_id");
      String skuText = itemNode.has("sku") ? sku.value() : null;
      items.add(new Item(variantId, skuText, sku, quantity));
      lines.add(new OrderLine(sku, quantity));
    }
    Cart cart = root.required("items", "an array").build(() -> new Cart(lines));
    return new Request(
        new PickupOptionsRequest(coordinates, radius, cart, null, MAX_RESULTS), items);
  }

  /**
   * Writes the response to {@code request}: the first {@value #MAX_RESULTS} options of {@code
   * response} that can fill the whole cart.
   */
  public ObjectNode writeResponse(Request request, PickupOptionsResponse response) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    ObjectNode root = JsonOutput.object();
    ArrayNode results = root.putArray("results");
    for (PickupOption option : response.options()) {
      if (results.size() == MAX_RESULTS) {
        break;
      }
      if (!option.canFillCart() || option.methods().isEmpty()) {
        continue;
      }
      ObjectNode result = results.addObject();
      OptionalLong locationId = ids.locationId(option.storeId());
      putLocation(result, option, locationId);
      Distance distance = option.distance();
      ObjectNode distanceNode = result.putObject("distance");
      distanceNode.put("value", distance.value());
      distanceNode.put("unit", distance.unit().name());
      ArrayNode pickupOptions = result.putArray("pickup_options");
      EnumSet<PickupMethod> methods = EnumSet.noneOf(PickupMethod.class);
      methods.addAll(option.methods());
      for (PickupMethod method : methods) {
        ObjectNode pickupOption = pickupOptions.addObject();
        ObjectNode pickupMethod = pickupOption.putObject("pickup_method");
        putLocation(pickupMethod, option, locationId);
        pickupMethod.put("method", method.name());
        pickupMethod.put("display_name", displayName(method, option.name()));
        pickupMethod.put(
            "collection_time_description",
            option.ready() == null ? "" : option.ready().promise().label());
        pickupOption.set("available_items", items(request.items()));
      }
    }
    return root;
  }

  /**
   * Reads a request, passes it to {@code query} and writes the response.
   *
   * @throws JsonContractException if the request is invalid; {@code query} is not called then
   */
  public ObjectNode answer(JsonNode requestJson, PickupOptionsQuery query) {
    Objects.requireNonNull(query, "query");
    Request request = readRequest(requestJson);
    return writeResponse(request, query.find(request.query()));
  }

  private static void putLocation(ObjectNode target, PickupOption option, OptionalLong id) {
    if (id.isPresent()) {
      target.put("location_id", id.getAsLong());
    }
    target.put("location_code", option.storeId().value());
  }

  private static ArrayNode items(List<Item> items) {
    ArrayNode array = JsonOutput.array();
    for (Item item : items) {
      ObjectNode node = array.addObject();
      if (item.variantId() != null) {
        node.put("variant_id", item.variantId());
      }
      if (item.sku() != null) {
        node.put("sku", item.sku());
      }
      node.put("quantity", item.quantity());
    }
    return array;
  }

  private static String displayName(PickupMethod method, String storeName) {
    String kind = method == PickupMethod.CURBSIDE ? "Curbside pickup" : "In-store pickup";
    return kind + " at " + storeName.strip();
  }
}
