package dev.bopis.examples.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row into {@link DataRow}s after checking the header. */
final class CsvTable {

  private CsvTable() {}

  /**
   * Reads every data row of {@code file}.
   *
   * @param fileName the name used in error messages
   * @param columns the columns the header must contain
   * @param otherColumnsAllowed whether the header may contain columns beyond {@code columns}
   * @param remedy the alternative to fixing the file, such as regenerating it
   * @throws DataFileException if the file is missing, not UTF-8 or empty, the header lacks a
   *     column, repeats one or has an unexpected one, a quote is misplaced, or a row has a
   *     different number of fields than the header
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static List<DataRow> read(
      Path file,
      String fileName,
      List<String> columns,
      boolean otherColumnsAllowed,
      String remedy) {
    return read(
        CsvReader.open(file, fileName, remedy), fileName, columns, otherColumnsAllowed, remedy);
  }

  /**
   * Reads every data row from {@code reader}, as {@link #read(Path, String, List, boolean, String)}
   * does.
   */
  static List<DataRow> read(
      CsvReader reader,
      String fileName,
      List<String> columns,
      boolean otherColumnsAllowed,
      String remedy) {
    String expected = String.join(",", columns);
    String headerAdvice = "expected the columns " + expected + "; fix the header or " + remedy;
    CsvRecord header = reader.next();
    if (header == null) {
      throw DataFileException.atLine(fileName, 1, "the file is empty", headerAdvice);
    }
    Map<String, Integer> indexes = indexColumns(header, fileName, headerAdvice);
    for (String column : columns) {
      if (!indexes.containsKey(column)) {
        throw DataFileException.atLine(
            fileName, header.lineNumber(), "the header lacks column " + column, headerAdvice);
      }
    }
    if (!otherColumnsAllowed) {
      for (String column : header.fields()) {
        if (!columns.contains(column)) {
          throw DataFileException.atLine(
              fileName,
              header.lineNumber(),
              "the header has the unexpected column \"" + column + "\"",
              headerAdvice);
        }
      }
    }

    List<DataRow> rows = new ArrayList<>();
    for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
      if (record.fields().size() != header.fields().size()) {
        throw DataFileException.atLine(
            fileName,
            record.lineNumber(),
            "found "
                + record.fields().size()
                + " fields but the header has "
                + header.fields().size()
                + " ("
                + String.join(",", header.fields())
                + ")",
            "fix the line or " + remedy);
      }
      rows.add(new DataRow(fileName, remedy, record.lineNumber(), indexes, record.fields()));
    }
    return rows;
  }

  private static Map<String, Integer> indexColumns(
      CsvRecord header, String fileName, String headerAdvice) {
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = header.fields().get(i);
      if (indexes.putIfAbsent(column, i) != null) {
        throw DataFileException.atLine(
            fileName,
            header.lineNumber(),
            "the header names column \"" + column + "\" twice",
            headerAdvice);
      }
    }
    return Map.copyOf(indexes);
  }
}
