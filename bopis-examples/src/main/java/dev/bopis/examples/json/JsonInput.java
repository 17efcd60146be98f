package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.Sku;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One node of a JSON document with its JSON path, read field by field. Every accessor throws {@link
 * JsonContractException} naming the path and the value, so mappers never report a bare Jackson or
 * domain error. Unknown fields are ignored.
 */
final class JsonInput {

  private final JsonNode node;
  private final String path;

  private JsonInput(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Returns the document root, which must be a JSON object.
   *
   * @throws JsonContractException if {@code node} is not an object
   */
  static JsonInput root(JsonNode node) {
    JsonInput root = new JsonInput(node, "$");
    root.requireObject();
    return root;
  }

  /**
   * Returns {@code node} at {@code path}, which must be a JSON object; for elements of a root
   * array, such as {@code $[2]}.
   *
   * @throws JsonContractException if {@code node} is not an object
   */
  static JsonInput objectAt(JsonNode node, String path) {
    JsonInput input = new JsonInput(node, path);
    input.requireObject();
    return input;
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  /** Returns the required object field {@code name}. */
  JsonInput object(String name) {
    JsonInput child = required(name, "an object");
    child.requireObject();
    return child;
  }

  /** Returns the object field {@code name}, or null when it is absent or null. */
  @Nullable JsonInput optionalObject(String name) {
    JsonInput child = optional(name);
    if (child != null) {
      child.requireObject();
    }
    return child;
  }

  /** Returns the elements of the required array field {@code name}. */
  List<JsonInput> array(String name) {
    JsonInput child = required(name, "an array");
    return child.elements();
  }

  /** Returns the elements of the array field {@code name}, or an empty list when it is absent. */
  List<JsonInput> optionalArray(String name) {
    JsonInput child = optional(name);
    return child == null ? List.of() : child.elements();
  }

  /** Returns the non-blank string field {@code name}. */
  String text(String name) {
    JsonInput child = required(name, "a string");
    return child.textValue();
  }

  /** Returns the non-blank string field {@code name}, or null when it is absent or null. */
  @Nullable String optionalText(String name) {
    JsonInput child = optional(name);
    return child == null ? null : child.textValue();
  }

  /** Returns the integer field {@code name}. */
  long integer(String name) {
    return required(name, "an integer").integerValue();
  }

  /** Returns the integer field {@code name}, which must be at least {@code min}. */
  long integerAtLeast(String name, long min) {
    JsonInput child = required(name, "an integer of at least " + min);
    long value = child.integerValue();
    if (value < min) {
      throw child.invalid("must be at least " + min);
    }
    return value;
  }

  /** Returns the integer field {@code name} as a count from 0 to {@link Integer#MAX_VALUE}. */
  int count(String name) {
    JsonInput child = required(name, "an integer of at least 0");
    long value = child.integerValue();
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw child.invalid("must be between 0 and " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** Returns the integer field {@code name}, or {@code fallback} when it is absent or null. */
  long optionalInteger(String name, long fallback) {
    JsonInput child = optional(name);
    return child == null ? fallback : child.integerValue();
  }

  /** Returns the finite number field {@code name}. */
  double number(String name) {
    JsonInput child = required(name, "a number");
    if (!child.node.isNumber()) {
      throw child.invalid("must be a number");
    }
    double value = child.node.doubleValue();
    if (!Double.isFinite(value)) {
      throw child.invalid("must be a finite number");
    }
    return value;
  }

  /** Returns the boolean field {@code name}. */
  boolean bool(String name) {
    JsonInput child = required(name, "true or false");
    return child.boolValue();
  }

  /** Returns the boolean field {@code name}, or {@code fallback} when it is absent or null. */
  boolean optionalBool(String name, boolean fallback) {
    JsonInput child = optional(name);
    return child == null ? fallback : child.boolValue();
  }

  /** Returns the ISO-8601 instant field {@code name}, such as {@code 2026-03-08T17:00:00Z}. */
  Instant instant(String name) {
    return required(name, "an ISO-8601 instant such as \"2026-03-08T17:00:00Z\"").instantValue();
  }

  /** Returns the instant field {@code name}, or null when it is absent or null. */
  @Nullable Instant optionalInstant(String name) {
    JsonInput child = optional(name);
    return child == null ? null : child.instantValue();
  }

  /** Returns the ISO-8601 local date-time field {@code name}, such as {@code 2026-03-08T10:00}. */
  LocalDateTime localDateTime(String name) {
    JsonInput child = required(name, "a local date-time such as \"2026-03-08T10:00:00\"");
    return child.parse(
        LocalDateTime::parse, "is not an ISO-8601 local date-time such as \"2026-03-08T10:00:00\"");
  }

  /** Returns the IANA time-zone field {@code name}, such as {@code Europe/Madrid}. */
  ZoneId zone(String name) {
    JsonInput child = required(name, "an IANA time-zone id such as \"Europe/Madrid\"");
    return child.zoneValue();
  }

  /** Returns the field {@code name} as a constant of {@code type}, ignoring case. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    JsonInput child = required(name, "one of " + Arrays.toString(type.getEnumConstants()));
    return child.enumValue(type);
  }

  /** Returns the field {@code name} as a constant of {@code type}, or null when absent or null. */
  <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> type) {
    JsonInput child = optional(name);
    return child == null ? null : child.enumValue(type);
  }

  /** Returns the object field {@code name} read as a {@code {latitude, longitude}} point. */
  GeoPoint geoPoint(String name) {
    return object(name).geoPointValue();
  }

  /** Returns this object read as a {@code {latitude, longitude}} point. */
  GeoPoint geoPointValue() {
    double latitude = number("latitude");
    double longitude = number("longitude");
    return build(() -> GeoPoint.of(latitude, longitude));
  }

  /**
   * Returns the lines of the array field {@code name}, each {@code {sku, quantity}} with a quantity
   * of at least 1. Two lines of one SKU are kept apart, as a cart keeps them.
   */
  List<OrderLine> lines(String name) {
    List<JsonInput> elements = array(name);
    if (elements.isEmpty()) {
      throw required(name, "an array").invalid("must hold at least one line");
    }
    List<OrderLine> lines = new ArrayList<>(elements.size());
    for (JsonInput element : elements) {
      element.requireObject();
      Sku sku = element.sku("sku");
      long quantity = element.integerAtLeast("quantity", 1);
      lines.add(new OrderLine(sku, quantity));
    }
    return List.copyOf(lines);
  }

  /**
   * Returns the quantities of the array field {@code name}, each line {@code {sku, quantity}} with
   * a quantity of at least {@code minQuantity}; a SKU may appear only once. An absent or null field
   * is an empty map.
   */
  Map<Sku, Long> quantities(String name, long minQuantity) {
    Map<Sku, Long> quantities = new LinkedHashMap<>();
    for (JsonInput element : optionalArray(name)) {
      element.requireObject();
      Sku sku = element.sku("sku");
      long quantity = element.integerAtLeast("quantity", minQuantity);
      if (quantities.putIfAbsent(sku, quantity) != null) {
        throw element.required("sku", "a string").invalid("appears twice; give one line per SKU");
      }
    }
    return Collections.unmodifiableMap(quantities);
  }

  /** Returns the string field {@code name} as a SKU. */
  Sku sku(String name) {
    JsonInput child = required(name, "a SKU string");
    String value = child.textValue();
    return child.build(() -> Sku.of(value));
  }

  /**
   * Parses the string field {@code name} with {@code parser}; an {@link IllegalArgumentException}
   * from the parser becomes a {@link JsonContractException} that quotes its message.
   */
  <T> T parsed(String name, String expected, Function<String, T> parser) {
    JsonInput child = required(name, expected);
    String value = child.textValue();
    return child.build(() -> parser.apply(value));
  }

  /**
   * Runs a domain constructor for this node; an {@link IllegalArgumentException} or {@link
   * NullPointerException} it throws becomes a {@link JsonContractException} at this path.
   */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw invalid("is rejected: " + e.getMessage());
    }
  }

  /** Returns an exception for this node's value breaking {@code problem}. */
  JsonContractException invalid(String problem) {
    return JsonContractException.invalid(path, node, problem);
  }

  /** Returns the child {@code name}; throws if it is absent or null. */
  JsonInput required(String name, String expected) {
    JsonInput child = optional(name);
    if (child == null) {
      throw JsonContractException.missing(childPath(name), expected);
    }
    return child;
  }

  /** Returns the child {@code name}, or null when it is absent or JSON null. */
  @Nullable JsonInput optional(String name) {
    JsonNode child = node.get(name);
    if (child == null || child.isNull() || child.isMissingNode()) {
      return null;
    }
    return new JsonInput(child, childPath(name));
  }

  /** Returns whether the field {@code name} is present and not null. */
  boolean has(String name) {
    return optional(name) != null;
  }

  String textValue() {
    if (!node.isTextual()) {
      throw invalid("must be a string");
    }
    String value = node.textValue();
    if (value.isBlank()) {
      throw invalid("must not be blank");
    }
    return value;
  }

  long integerValue() {
    if (!node.isIntegralNumber()) {
      throw invalid(node.isNumber() ? "must be a whole number" : "must be an integer");
    }
    if (!node.canConvertToLong()) {
      throw invalid("is out of range for a 64-bit integer");
    }
    return node.longValue();
  }

  boolean boolValue() {
    if (!node.isBoolean()) {
      throw invalid("must be true or false");
    }
    return node.booleanValue();
  }

  Instant instantValue() {
    return parse(
        text -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from),
        "is not an ISO-8601 instant with an offset, such as \"2026-03-08T17:00:00Z\"");
  }

  ZoneId zoneValue() {
    return parse(ZoneId::of, "is not an IANA time-zone id such as \"Europe/Madrid\"");
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = textValue();
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private <T> T parse(Function<String, T> parser, String problem) {
    String text = textValue();
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw invalid(problem);
    } catch (DateTimeException e) {
      throw invalid(problem + " (" + e.getMessage() + ")");
    }
  }

  private List<JsonInput> elements() {
    if (!node.isArray()) {
      throw invalid("must be an array");
    }
    List<JsonInput> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new JsonInput(node.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw invalid("must be an object");
    }
  }

  private String childPath(String name) {
    return path + "." + name;
  }
}
