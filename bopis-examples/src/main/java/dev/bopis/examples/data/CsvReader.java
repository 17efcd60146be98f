package dev.bopis.examples.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses comma-separated records as RFC 4180 describes them. A field may be enclosed in double
 * quotes, and then it may contain commas, line breaks and quotes written twice.
 *
 * <p>Records end with {@code \n} or {@code \r\n}. A leading byte order mark and blank lines are
 * skipped. A carriage return without a line feed after it is part of the field. Not thread-safe.
 */
final class CsvReader {

  private final String text;
  private final String fileName;
  private final String remedy;
  private int position;
  private int line = 1;

  private CsvReader(String text, String fileName, String remedy) {
    this.text = text;
    this.fileName = fileName;
    this.remedy = remedy;
    this.position = text.startsWith("\uFEFF") ? 1 : 0;
  }

  /**
   * Reads {@code file} as UTF-8.
   *
   * @param fileName the name used in error messages
   * @param remedy the alternative to fixing the file, appended to every error message, such as
   *     regenerating it
   * @throws DataFileException if the file does not exist or is not valid UTF-8
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static CsvReader open(Path file, String fileName, String remedy) {
    return new CsvReader(TextFiles.readUtf8(file, fileName, remedy), fileName, remedy);
  }

  /** Creates a reader over text already in memory. */
  static CsvReader of(String text, String fileName, String remedy) {
    return new CsvReader(text, fileName, remedy);
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the input
   * @throws DataFileException if a quote appears inside an unquoted field or after a closing quote,
   *     or a quoted field is not closed
   */
  @Nullable CsvRecord next() {
    while (skipLineEnd()) {
      line++;
    }
    if (position == text.length()) {
      return null;
    }

    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (position == text.length() || skipLineEnd()) {
        fields.add(field.toString());
        line++;
        return new CsvRecord(startLine, fields);
      }
      char c = text.charAt(position++);
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '"' && field.length() == 0) {
        readQuoted(field, startLine);
        // After the closing quote only a comma or the end of the record may follow.
        if (position < text.length() && text.charAt(position) != ',' && !atLineEnd()) {
          throw DataFileException.atLine(
              fileName,
              line,
              "unexpected text after the closing quote of field " + (fields.size() + 1),
              "fix the line or " + remedy);
        }
      } else if (c == '"') {
        throw DataFileException.atLine(
            fileName,
            line,
            "a quote appears inside unquoted field "
                + (fields.size() + 1)
                + " (quote the whole field and write an inner quote twice)",
            "fix the line or " + remedy);
      } else {
        field.append(c);
      }
    }
  }

  /** Appends the content of a quoted field whose opening quote was just read. */
  private void readQuoted(StringBuilder field, int startLine) {
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        if (position < text.length() && text.charAt(position) == '"') {
          position++;
          field.append('"');
        } else {
          return;
        }
      } else {
        if (c == '\n') {
          line++;
        }
        field.append(c);
      }
    }
    throw DataFileException.atLine(
        fileName,
        startLine,
        "a quoted field is not closed before the end of the file",
        "fix the line or " + remedy);
  }

  private boolean atLineEnd() {
    return text.startsWith("\n", position) || text.startsWith("\r\n", position);
  }

  /** Skips a {@code \n} or {@code \r\n} at the current position and returns whether it did. */
  private boolean skipLineEnd() {
    if (text.startsWith("\n", position)) {
      position += 1;
      return true;
    }
    if (text.startsWith("\r\n", position)) {
      position += 2;
      return true;
    }
    return false;
  }
}
