package dev.bopis.examples.data;

import java.util.List;

/**
 * One record of a CSV file as parsed text.
 *
 * @param lineNumber the 1-based line on which the record starts
 * @param fields the unquoted field values, in column order
 */
record CsvRecord(int lineNumber, List<String> fields) {

  CsvRecord {
    fields = List.copyOf(fields);
  }
}
