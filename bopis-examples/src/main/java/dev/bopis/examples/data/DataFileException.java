package dev.bopis.examples.data;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a data file is missing or malformed. The message names the file, the 1-based line,
 * the field, the bad value and the fix.
 *
 * <p>Both the loader of the bundled sample and the program that derives it from the raw sources
 * throw it, so a caller learns which file to repair or regenerate.
 */
public final class DataFileException extends RuntimeException {

  private final String fileName;
  private final int lineNumber;
  private final @Nullable String field;

  DataFileException(String fileName, int lineNumber, @Nullable String field, String message) {
    super(message);
    this.fileName = fileName;
    this.lineNumber = lineNumber;
    this.field = field;
  }

  DataFileException(
      String fileName, int lineNumber, @Nullable String field, String message, Throwable cause) {
    super(message, cause);
    this.fileName = fileName;
    this.lineNumber = lineNumber;
    this.field = field;
  }

  /**
   * Creates the exception for a problem with a whole file, such as a missing file.
   *
   * @param advice what the reader of the message should do
   */
  static DataFileException forFile(String fileName, String problem, String advice) {
    return new DataFileException(fileName, 0, null, fileName + " " + problem + "; " + advice);
  }

  /**
   * Creates the exception for a problem with one line that no single field explains.
   *
   * @param advice what the reader of the message should do
   */
  static DataFileException atLine(String fileName, int lineNumber, String problem, String advice) {
    return new DataFileException(
        fileName,
        lineNumber,
        null,
        fileName + " line " + lineNumber + ": " + problem + "; " + advice);
  }

  /**
   * Creates the exception for a bad value in one field, quoting the value.
   *
   * @param remedy the alternative to fixing the value, such as regenerating the file
   */
  static DataFileException atField(
      String fileName, int lineNumber, String field, String value, String problem, String remedy) {
    return new DataFileException(
        fileName,
        lineNumber,
        field,
        fileName
            + " line "
            + lineNumber
            + ", field "
            + field
            + ": \""
            + value
            + "\" "
            + problem
            + "; fix the value or "
            + remedy);
  }

  /**
   * Returns the name of the file that failed, without its directory, for example {@code
   * stores.csv}.
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the 1-based line on which the bad record starts, or 0 when the problem concerns the
   * whole file (a missing file, for example).
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the column name of the bad field, or null when the problem concerns a whole line or
   * file.
   */
  public @Nullable String field() {
    return field;
  }
}
