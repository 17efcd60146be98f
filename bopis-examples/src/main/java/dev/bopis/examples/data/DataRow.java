package dev.bopis.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One record of a data file with its column names, converting fields to values and reporting a bad
 * field as a {@link DataFileException} that names the file, line, column and value.
 */
final class DataRow {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
  private static final Pattern ZIP = Pattern.compile("\\d{5}");
  private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

  private final String fileName;
  private final String remedy;
  private final int lineNumber;
  private final Map<String, Integer> columns;
  private final List<String> fields;

  /**
   * Creates a row.
   *
   * @param remedy the alternative to fixing a bad value, such as regenerating the file
   * @param columns the index of each column name in {@code fields}
   */
  DataRow(
      String fileName,
      String remedy,
      int lineNumber,
      Map<String, Integer> columns,
      List<String> fields) {
    this.fileName = fileName;
    this.remedy = remedy;
    this.lineNumber = lineNumber;
    this.columns = columns;
    this.fields = fields;
  }

  /** Returns the 1-based line on which the row starts. */
  int lineNumber() {
    return lineNumber;
  }

  /** Returns the field of {@code column} as it appears in the file, possibly empty. */
  String text(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException(
          "column " + column + " is not one of " + columns.keySet() + " of " + fileName);
    }
    return fields.get(index);
  }

  /** Returns the field of {@code column}, which must not be empty or blank. */
  String nonEmptyText(String column) {
    String value = text(column);
    if (value.isBlank()) {
      throw invalid(column, "is empty");
    }
    return value;
  }

  /**
   * Returns the decimal number in {@code column} as written, checked to lie in [{@code -bound},
   * {@code bound}]. Only plain decimal notation passes, without an exponent.
   */
  BigDecimal coordinate(String column, int bound) {
    String value = text(column);
    if (value.equalsIgnoreCase("NaN") || value.matches("[+-]?Infinity")) {
      throw invalid(column, "is not a finite number");
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw invalid(column, "is not a decimal number");
    }
    BigDecimal number = new BigDecimal(value);
    if (number.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
      throw invalid(column, "is outside [-" + bound + ", " + bound + "]");
    }
    return number;
  }

  /** Returns the latitude in {@code column} in degrees, checked to lie in [-90, 90]. */
  double latitude(String column) {
    return coordinate(column, 90).doubleValue();
  }

  /** Returns the longitude in {@code column} in degrees, checked to lie in [-180, 180]. */
  double longitude(String column) {
    return coordinate(column, 180).doubleValue();
  }

  /** Returns the whole number in {@code column}, checked to be at least {@code min}. */
  long wholeNumber(String column, long min) {
    String value = text(column);
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw invalid(column, "is not a whole number");
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw invalid(column, "is larger than " + Long.MAX_VALUE);
    }
    if (number < min) {
      throw invalid(column, "is less than " + min);
    }
    return number;
  }

  /** Returns the quantity in {@code column}, a whole number of at least 1. */
  int quantity(String column) {
    String value = text(column);
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw invalid(column, "is not a whole number");
    }
    int quantity;
    try {
      quantity = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(column, "is larger than " + Integer.MAX_VALUE);
    }
    if (quantity <= 0) {
      throw invalid(column, "is not a positive quantity");
    }
    return quantity;
  }

  /** Returns the ISO-8601 date ({@code yyyy-MM-dd}) in {@code column}. */
  LocalDate isoDate(String column) {
    String value = text(column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(column, "is not a date in ISO format yyyy-MM-dd");
    }
  }

  /** Returns the IANA time zone named in {@code column}. Fixed offsets such as +01:00 fail. */
  ZoneId timeZone(String column) {
    String value = text(column);
    if (!ZONE_IDS.contains(value)) {
      throw invalid(column, "is not a known IANA time zone id");
    }
    return ZoneId.of(value);
  }

  /** Returns the ZIP code in {@code column}, which must be exactly five digits. */
  String zip(String column) {
    String value = text(column);
    if (!ZIP.matcher(value).matches()) {
      throw invalid(column, "is not a 5-digit ZIP code");
    }
    return value;
  }

  /** Creates the exception for a bad value in {@code column}, quoting the value. */
  DataFileException invalid(String column, String problem) {
    return DataFileException.atField(fileName, lineNumber, column, text(column), problem, remedy);
  }
}
