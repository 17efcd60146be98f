package dev.bopis.examples.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds CSV text as RFC 4180 describes it, except that records end with {@code \n}. A field that
 * contains a comma, a quote or a line break is enclosed in quotes, with inner quotes written twice.
 * Not thread-safe.
 */
final class CsvWriter {

  private final StringBuilder text = new StringBuilder();

  /** Appends one record and its line terminator. */
  CsvWriter record(List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      // An unquoted lone empty field would be a blank line, which readers skip.
      text.append("\"\"\n");
      return this;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      appendField(fields.get(i));
    }
    text.append('\n');
    return this;
  }

  /** Appends one record and its line terminator. */
  CsvWriter record(String... fields) {
    return record(List.of(fields));
  }

  private void appendField(String field) {
    boolean quote =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    if (!quote) {
      text.append(field);
      return;
    }
    text.append('"').append(field.replace("\"", "\"\"")).append('"');
  }

  /** Returns the text written so far. */
  @Override
  public String toString() {
    return text.toString();
  }

  /** Writes the text to {@code file} as UTF-8, replacing any previous content. */
  void writeTo(Path file) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
