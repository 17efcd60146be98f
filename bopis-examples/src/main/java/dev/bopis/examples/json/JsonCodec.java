package dev.bopis.examples.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Parses and writes JSON text for the mappers of this package.
 *
 * <p>Parsing is strict about syntax (duplicate keys, trailing garbage and a missing document are
 * errors) and reports any problem as a {@link JsonContractException} at path {@code $} with the
 * line and column. Numbers keep their exact form, so an integer quantity never passes through a
 * {@code double}. Thread-safe.
 */
public final class JsonCodec {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonCodec() {}

  /** Returns the node factory the mappers build documents with. */
  static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  /**
   * Parses a UTF-8 JSON document.
   *
   * @param json the document bytes
   * @return the root node
   * @throws JsonContractException if the bytes are empty or not valid JSON; the message names the
   *     line and column
   */
  public static JsonNode parse(byte[] json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw JsonContractException.missing("$", "a JSON document, but the body is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory JSON document failed", e);
    }
  }

  /**
   * Parses a JSON document held in a string.
   *
   * @throws JsonContractException if the text is empty or not valid JSON
   */
  public static JsonNode parse(String json) {
    return parse(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code node} as compact JSON text. */
  public static String write(JsonNode node) {
    Objects.requireNonNull(node, "node");
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes {@code node} as indented JSON text, for documentation and logs. */
  public static String writePretty(JsonNode node) {
    Objects.requireNonNull(node, "node");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e.getMessage(), e);
    }
  }

  private static JsonContractException unreadable(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where =
        location == null
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    String problem = e.getOriginalMessage().replace('\n', ' ');
    return JsonContractException.unreadable(problem + where, e);
  }
}
