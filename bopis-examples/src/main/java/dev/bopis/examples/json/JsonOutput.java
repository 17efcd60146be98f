package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.Arrival;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writers for the shapes several documents share, so each is written one way everywhere. */
final class JsonOutput {

  private JsonOutput() {}

  static ObjectNode object() {
    return JsonCodec.nodes().objectNode();
  }

  static ArrayNode array() {
    return JsonCodec.nodes().arrayNode();
  }

  /** Puts {@code value} as an ISO-8601 instant in UTC, or JSON null. */
  static void putInstant(ObjectNode target, String name, @Nullable Instant value) {
    if (value == null) {
      target.putNull(name);
    } else {
      target.put(name, value.toString());
    }
  }

  /** Puts {@code value}, or JSON null. */
  static void putText(ObjectNode target, String name, @Nullable Object value) {
    if (value == null) {
      target.putNull(name);
    } else {
      target.put(name, value.toString());
    }
  }

  static ObjectNode geoPoint(GeoPoint point) {
    ObjectNode node = object();
    node.put("latitude", point.latitude());
    node.put("longitude", point.longitude());
    return node;
  }

  /** Returns {@code [{"sku": ..., "quantity": ...}]} in the order of {@code lines}. */
  static ArrayNode lines(List<OrderLine> lines) {
    ArrayNode array = array();
    for (OrderLine line : lines) {
      ObjectNode node = array.addObject();
      node.put("sku", line.sku().value());
      node.put("quantity", line.quantity());
    }
    return array;
  }

  /** Returns {@code [{"sku": ..., "quantity": ...}]} in the map's iteration order. */
  static ArrayNode quantities(Map<Sku, Long> quantities) {
    ArrayNode array = array();
    quantities.forEach(
        (sku, quantity) -> {
          ObjectNode node = array.addObject();
          node.put("sku", sku.value());
          node.put("quantity", quantity.longValue());
        });
    return array;
  }

  static ArrayNode shortages(List<Shortage> shortages) {
    ArrayNode array = array();
    for (Shortage shortage : shortages) {
      ObjectNode node = array.addObject();
      node.put("sku", shortage.sku().value());
      node.put("requested", shortage.requested());
      node.put("available", shortage.available());
      node.put("missing", shortage.missing());
    }
    return array;
  }

  static ArrayNode texts(Collection<?> values) {
    ArrayNode array = array();
    values.forEach(value -> array.add(value.toString()));
    return array;
  }

  static ObjectNode arrival(Arrival arrival) {
    ObjectNode node = object();
    putText(node, "bay", arrival.bay());
    putText(node, "vehicle", arrival.vehicle());
    putText(node, "note", arrival.note());
    return node;
  }

  static ObjectNode window(PickupWindow window) {
    ObjectNode node = object();
    putInstant(node, "start", window.start());
    putInstant(node, "end", window.end());
    return node;
  }

  static ObjectNode hold(HoldWindow hold) {
    ObjectNode node = object();
    putInstant(node, "start", hold.start());
    putInstant(node, "end", hold.end());
    node.put("extensionsUsed", hold.extensionsUsed());
    return node;
  }

  /** Reads an arrival object; every field is optional text. */
  static Arrival readArrival(JsonInput input) {
    return new Arrival(
        input.optionalText("bay"), input.optionalText("vehicle"), input.optionalText("note"));
  }

  /** Reads a {@code {start, end}} pickup window. */
  static PickupWindow readWindow(JsonInput input) {
    Instant start = input.instant("start");
    Instant end = input.instant("end");
    return input.build(() -> new PickupWindow(start, end));
  }

  /** Reads a {@code {sku, requested, available}} shortage. */
  static Shortage readShortage(JsonInput input) {
    Sku sku = input.sku("sku");
    long requested = input.integerAtLeast("requested", 1);
    long available = input.integerAtLeast("available", 0);
    return input.build(() -> new Shortage(sku, requested, available));
  }
}
