package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document does not follow the documented contract: a field is missing, has the
 * wrong type or has a value outside its range.
 *
 * <p>The message starts with the JSON path of the field, then the value and the rule it breaks, for
 * example {@code $.search_area.radius.value: -5 must be positive}. A mapper that throws it has
 * built nothing, so the caller can reply to the sender with the message and drop the document.
 */
public final class JsonContractException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Maximum length of a quoted value in a message; longer values are cut to end in "...". */
  private static final int MAX_VALUE_LENGTH = 80;

  private final String path;

  private JsonContractException(String path, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /**
   * Creates the exception for a field whose value breaks a rule.
   *
   * @param path JSON path of the field, such as {@code $.items[0].quantity}
   * @param value the value found
   * @param problem the rule it breaks, such as "must be at least 1"
   * @return the exception, with the message {@code path: value problem}
   */
  public static JsonContractException invalid(String path, JsonNode value, String problem) {
    Objects.requireNonNull(value, "value");
    return new JsonContractException(
        Objects.requireNonNull(path, "path"), path + ": " + quote(value) + " " + problem, null);
  }

  /**
   * Creates the exception for a required field that is absent or null.
   *
   * @param path JSON path of the field
   * @param expected what the field must hold, such as "a string"
   * @return the exception, with the message {@code path: missing; expected ...}
   */
  public static JsonContractException missing(String path, String expected) {
    return new JsonContractException(
        Objects.requireNonNull(path, "path"), path + ": missing; expected " + expected, null);
  }

  /**
   * Creates the exception for a document that is not JSON at all.
   *
   * @param problem what the parser reported, with line and column
   * @param cause the parser's exception
   * @return the exception for path {@code $}
   */
  public static JsonContractException unreadable(String problem, Throwable cause) {
    return new JsonContractException("$", "$: not valid JSON; " + problem, cause);
  }

  /** Returns the JSON path of the offending field, {@code $} for the whole document. */
  public String path() {
    return path;
  }

  private static String quote(JsonNode value) {
    String text = value.toString();
    return text.length() <= MAX_VALUE_LENGTH
        ? text
        : text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
  }
}
