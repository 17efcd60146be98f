package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that the loader rejects each kind of malformed file with a message naming the fix. */
class SampleDataMalformedFileTest {

  private static final String STORES =
      """
      store_id,name,admin1,latitude,longitude,time_zone,population,geonameid
      US-1,Springfield,IL,39.80172,-89.64371,America/Chicago,114394,1
      US-2,Honolulu,HI,21.30694,-157.85833,Pacific/Honolulu,350964,2
      """;
  private static final String ZIPS =
      """
      zip,latitude,longitude
      01001,42.062009,-72.625724
      96813,21.31,-157.85
      """;
  private static final String PRODUCTS =
      """
      product_id,category,sub_category,name
      P-1,Office Supplies,Binders,"Binder, 1"" ring"
      P-2,Furniture,Chairs,Stacking Chair
      """;
  private static final String ORDERS =
      """
      order_id,order_date,zip,product_id,quantity
      A-1,2016-11-08,01001,P-1,2
      A-1,2016-11-08,01001,P-2,1
      B-2,2017-01-15,96813,P-1,4
      """;

  private static final String FIX = "; fix the value or regenerate the sample with DeriveSample";

  @TempDir Path dataDir;

  @BeforeEach
  void writeValidSample() throws IOException {
    write("stores.csv", STORES);
    write("zips.csv", ZIPS);
    write("products.csv", PRODUCTS);
    write("orders.csv", ORDERS);
  }

  @Test
  void load_validFiles_returnsEverything() {
    SampleData sample = SampleData.load(dataDir);

    assertThat(sample.stores()).extracting(StoreSite::storeId).containsExactly("US-1", "US-2");
    assertThat(sample.zips()).extracting(ZipCentroid::zip).containsExactly("01001", "96813");
    assertThat(sample.products()).extracting(Product::name).contains("Binder, 1\" ring");
    assertThat(sample.orderLines()).hasSize(3);
    assertThat(sample.baskets()).extracting(Basket::orderId).containsExactly("A-1", "B-2");
    assertThat(sample.baskets().get(0).lines()).hasSize(2);
  }

  @Test
  void load_missingFile_namesFileAndPath() throws IOException {
    Files.delete(dataDir.resolve("zips.csv"));

    assertThatThrownBy(() -> SampleData.load(dataDir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "zips.csv not found at "
                + dataDir.resolve("zips.csv").toAbsolutePath()
                + "; check the path or regenerate the sample with DeriveSample");
  }

  @Test
  void load_emptyFile_namesExpectedHeader() throws IOException {
    write("products.csv", "");

    assertThatThrownBy(() -> SampleData.load(dataDir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "products.csv line 1: the file is empty; expected the columns"
                + " product_id,category,sub_category,name; fix the header or regenerate the sample"
                + " with DeriveSample");
  }

  @Test
  void load_exception_carriesFileLineAndField() throws IOException {
    replace("stores.csv", "39.80172", "91.5");

    DataFileException thrown =
        assertThrows(DataFileException.class, () -> SampleData.load(dataDir));

    assertThat(thrown.fileName()).isEqualTo("stores.csv");
    assertThat(thrown.lineNumber()).isEqualTo(2);
    assertThat(thrown.field()).isEqualTo("latitude");
  }

  static Stream<Arguments> malformedFiles() {
    return Stream.of(
        arguments(
            "header lacks a column",
            "stores.csv",
            Map.of("time_zone,", ""),
            "stores.csv line 1: the header lacks column time_zone; expected the columns"
                + " store_id,name,admin1,latitude,longitude,time_zone,population,geonameid; fix"
                + " the header or regenerate the sample with DeriveSample"),
        arguments(
            "header has a misspelt column",
            "zips.csv",
            Map.of("zip,latitude,longitude", "zip,lat,longitude"),
            "zips.csv line 1: the header lacks column latitude; expected the columns"
                + " zip,latitude,longitude; fix the header or regenerate the sample with"
                + " DeriveSample"),
        arguments(
            "header has an extra column",
            "products.csv",
            Map.of(
                "sub_category,name\n",
                "sub_category,name,price\n",
                "Binder, 1\"\" ring\"\n",
                "Binder, 1\"\" ring\",1\n",
                "Stacking Chair\n",
                "Stacking Chair,2\n"),
            "products.csv line 1: the header has the unexpected column \"price\"; expected the"
                + " columns product_id,category,sub_category,name; fix the header or regenerate"
                + " the sample with DeriveSample"),
        arguments(
            "header repeats a column",
            "zips.csv",
            Map.of("zip,latitude,longitude", "zip,latitude,longitude,zip"),
            "zips.csv line 1: the header names column \"zip\" twice; expected the columns"
                + " zip,latitude,longitude; fix the header or regenerate the sample with"
                + " DeriveSample"),
        arguments(
            "line has too few fields",
            "orders.csv",
            Map.of("B-2,2017-01-15,96813,P-1,4", "B-2,2017-01-15,96813,P-1"),
            "orders.csv line 4: found 4 fields but the header has 5"
                + " (order_id,order_date,zip,product_id,quantity); fix the line or regenerate the"
                + " sample with DeriveSample"),
        arguments(
            "line has an unquoted comma",
            "products.csv",
            Map.of("Stacking Chair", "Stacking Chair, Oak"),
            "products.csv line 3: found 5 fields but the header has 4"
                + " (product_id,category,sub_category,name); fix the line or regenerate the sample"
                + " with DeriveSample"),
        arguments(
            "population is not a number",
            "stores.csv",
            Map.of("114394", "114k"),
            "stores.csv line 2, field population: \"114k\" is not a whole number" + FIX),
        arguments(
            "geonameid is zero",
            "stores.csv",
            Map.of("350964,2", "350964,0"),
            "stores.csv line 3, field geonameid: \"0\" is less than 1" + FIX),
        arguments(
            "latitude is text",
            "zips.csv",
            Map.of("42.062009", "north"),
            "zips.csv line 2, field latitude: \"north\" is not a decimal number" + FIX),
        arguments(
            "latitude above 90",
            "stores.csv",
            Map.of("39.80172", "91.5"),
            "stores.csv line 2, field latitude: \"91.5\" is outside [-90, 90]" + FIX),
        arguments(
            "longitude below -180",
            "stores.csv",
            Map.of("-157.85833", "-200.1"),
            "stores.csv line 3, field longitude: \"-200.1\" is outside [-180, 180]" + FIX),
        arguments(
            "latitude is NaN",
            "zips.csv",
            Map.of("21.31", "NaN"),
            "zips.csv line 3, field latitude: \"NaN\" is not a finite number" + FIX),
        arguments(
            "longitude is infinite",
            "zips.csv",
            Map.of("-157.85", "-Infinity"),
            "zips.csv line 3, field longitude: \"-Infinity\" is not a finite number" + FIX),
        arguments(
            "time zone is unknown",
            "stores.csv",
            Map.of("America/Chicago", "America/Springfield"),
            "stores.csv line 2, field time_zone: \"America/Springfield\" is not a known IANA time"
                + " zone id"
                + FIX),
        arguments(
            "time zone is a fixed offset",
            "stores.csv",
            Map.of("Pacific/Honolulu", "-10:00"),
            "stores.csv line 3, field time_zone: \"-10:00\" is not a known IANA time zone id"
                + FIX),
        arguments(
            "quantity is zero",
            "orders.csv",
            Map.of("P-2,1", "P-2,0"),
            "orders.csv line 3, field quantity: \"0\" is not a positive quantity" + FIX),
        arguments(
            "quantity is negative",
            "orders.csv",
            Map.of("P-1,4", "P-1,-4"),
            "orders.csv line 4, field quantity: \"-4\" is not a positive quantity" + FIX),
        arguments(
            "quantity is a fraction",
            "orders.csv",
            Map.of("P-1,4", "P-1,1.5"),
            "orders.csv line 4, field quantity: \"1.5\" is not a whole number" + FIX),
        arguments(
            "order date is not a calendar date",
            "orders.csv",
            Map.of("B-2,2017-01-15", "B-2,2017-02-30"),
            "orders.csv line 4, field order_date: \"2017-02-30\" is not a date in ISO format"
                + " yyyy-MM-dd"
                + FIX),
        arguments(
            "order date in US notation",
            "orders.csv",
            Map.of("B-2,2017-01-15", "B-2,1/15/2017"),
            "orders.csv line 4, field order_date: \"1/15/2017\" is not a date in ISO format"
                + " yyyy-MM-dd"
                + FIX),
        arguments(
            "store id repeats",
            "stores.csv",
            Map.of("US-2,", "US-1,"),
            "stores.csv line 3, field store_id: \"US-1\" is already the id of the store on line 2"
                + FIX),
        arguments(
            "store name is empty",
            "stores.csv",
            Map.of("Springfield", ""),
            "stores.csv line 2, field name: \"\" is empty" + FIX),
        arguments(
            "zip repeats",
            "zips.csv",
            Map.of("96813,", "01001,"),
            "zips.csv line 3, field zip: \"01001\" is already on line 2" + FIX),
        arguments(
            "zip lost its leading zero",
            "zips.csv",
            Map.of("01001,", "1001,"),
            "zips.csv line 2, field zip: \"1001\" is not a 5-digit ZIP code" + FIX),
        arguments(
            "product id repeats",
            "products.csv",
            Map.of("P-2,", "P-1,"),
            "products.csv line 3, field product_id: \"P-1\" is already the id of the product on"
                + " line 2"
                + FIX),
        arguments(
            "order zip is not in zips.csv",
            "orders.csv",
            Map.of("96813,P-1", "10001,P-1"),
            "orders.csv line 4, field zip: \"10001\" is not in zips.csv" + FIX),
        arguments(
            "order product is not in products.csv",
            "orders.csv",
            Map.of("P-2,1", "P-9,1"),
            "orders.csv line 3, field product_id: \"P-9\" is not in products.csv" + FIX),
        arguments(
            "lines of one order disagree on zip",
            "orders.csv",
            Map.of("2016-11-08,01001,P-2", "2016-11-08,96813,P-2"),
            "orders.csv line 3, field zip: \"96813\" differs from \"01001\" on line 2, the first"
                + " line of order A-1, and all lines of an order share it"
                + FIX),
        arguments(
            "lines of one order disagree on date",
            "orders.csv",
            Map.of("2016-11-08,01001,P-2", "2016-11-09,01001,P-2"),
            "orders.csv line 3, field order_date: \"2016-11-09\" differs from \"2016-11-08\" on"
                + " line 2, the first line of order A-1, and all lines of an order share it"
                + FIX),
        arguments(
            "quoted field is not closed",
            "products.csv",
            Map.of("\"Binder, 1\"\" ring\"", "\"Binder, 1\"\" ring"),
            "products.csv line 2: a quoted field is not closed before the end of the file; fix"
                + " the line or regenerate the sample with DeriveSample"),
        arguments(
            "quote inside an unquoted field",
            "products.csv",
            Map.of("Stacking Chair", "Stacking 18\" Chair"),
            "products.csv line 3: a quote appears inside unquoted field 4 (quote the whole field"
                + " and write an inner quote twice); fix the line or regenerate the sample with"
                + " DeriveSample"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void load_malformedFile_namesLineAndField(
      String description, String file, Map<String, String> edits, String expectedMessage)
      throws IOException {
    for (Map.Entry<String, String> edit : edits.entrySet()) {
      replace(file, edit.getKey(), edit.getValue());
    }

    assertThatThrownBy(() -> SampleData.load(dataDir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(expectedMessage);
  }

  @Test
  void load_invalidUtf8_namesLine() throws IOException {
    byte[] valid = PRODUCTS.getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[valid.length + 1];
    System.arraycopy(valid, 0, invalid, 0, valid.length);
    invalid[valid.length - 1] = (byte) 0xC3;
    invalid[valid.length] = '\n';
    Files.write(dataDir.resolve("products.csv"), invalid);

    assertThatThrownBy(() -> SampleData.load(dataDir))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "products.csv line 3: the bytes are not valid UTF-8; save the file as UTF-8 or"
                + " regenerate the sample with DeriveSample");
  }

  @Test
  void load_crlfLineEnds_areAccepted() throws IOException {
    write("orders.csv", ORDERS.replace("\n", "\r\n"));

    SampleData sample = SampleData.load(dataDir);

    assertThat(sample.orderLines()).hasSize(3);
    assertThat(sample.orderLines().get(2).quantity()).isEqualTo(4);
  }

  private void write(String file, String content) throws IOException {
    Files.writeString(dataDir.resolve(file), content, StandardCharsets.UTF_8);
  }

  private void replace(String file, String target, String replacement) throws IOException {
    String content = Files.readString(dataDir.resolve(file), StandardCharsets.UTF_8);
    assertThat(content).as("%s before the edit", file).contains(target);
    int start = content.indexOf(target);
    write(
        file,
        content.substring(0, start) + replacement + content.substring(start + target.length()));
  }
}
