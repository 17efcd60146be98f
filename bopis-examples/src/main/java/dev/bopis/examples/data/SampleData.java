package dev.bopis.examples.data;

import static dev.bopis.examples.data.SampleFiles.REGENERATE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled sample of real data: real US places used as store sites, ZIP code centroids as
 * customer locations, and Sample - Superstore order lines with their products.
 *
 * <p>{@link #load(Path)} reads {@code stores.csv}, {@code zips.csv}, {@code products.csv} and
 * {@code orders.csv} from one directory and checks every field and every reference between the
 * files. It either returns the whole sample or throws. Instances are immutable and safe to share
 * between threads.
 */
public final class SampleData {

  private final List<StoreSite> stores;
  private final List<ZipCentroid> zips;
  private final List<Product> products;
  private final List<OrderLine> orderLines;
  private final List<Basket> baskets;
  private final Map<String, StoreSite> storesById;
  private final Map<String, ZipCentroid> zipsByCode;
  private final Map<String, Product> productsById;

  private SampleData(
      List<StoreSite> stores,
      List<ZipCentroid> zips,
      List<Product> products,
      List<OrderLine> orderLines,
      List<Basket> baskets) {
    this.stores = List.copyOf(stores);
    this.zips = List.copyOf(zips);
    this.products = List.copyOf(products);
    this.orderLines = List.copyOf(orderLines);
    this.baskets = List.copyOf(baskets);
    this.storesById = index(stores, StoreSite::storeId);
    this.zipsByCode = index(zips, ZipCentroid::zip);
    this.productsById = index(products, Product::productId);
  }

  /**
   * Reads the sample from {@code dataDir}, the directory that contains {@code stores.csv}, {@code
   * zips.csv}, {@code products.csv} and {@code orders.csv} (in this repository, {@code
   * bopis-examples/data}).
   *
   * @throws NullPointerException if {@code dataDir} is null
   * @throws DataFileException if a file is missing or malformed: a header without an expected
   *     column or with an unexpected one, a line with the wrong number of fields, a value that does
   *     not parse or is out of range, a duplicate id, an order line whose ZIP code or product is
   *     not in the other files, or an order whose lines disagree on date or ZIP code
   * @throws java.io.UncheckedIOException if a file exists but cannot be read
   */
  public static SampleData load(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    List<StoreSite> stores = readStores(dataDir.resolve(SampleFiles.STORES));
    List<ZipCentroid> zips = readZips(dataDir.resolve(SampleFiles.ZIPS));
    List<Product> products = readProducts(dataDir.resolve(SampleFiles.PRODUCTS));
    List<OrderLine> orderLines =
        readOrderLines(
            dataDir.resolve(SampleFiles.ORDERS),
            index(zips, ZipCentroid::zip),
            index(products, Product::productId));
    return new SampleData(stores, zips, products, orderLines, groupBaskets(orderLines));
  }

  private static List<StoreSite> readStores(Path file) {
    List<StoreSite> stores = new ArrayList<>();
    Map<String, Integer> lineById = new HashMap<>();
    for (DataRow row :
        CsvTable.read(file, SampleFiles.STORES, SampleFiles.STORE_COLUMNS, false, REGENERATE)) {
      String storeId = row.nonEmptyText("store_id");
      Integer firstLine = lineById.putIfAbsent(storeId, row.lineNumber());
      if (firstLine != null) {
        throw row.invalid("store_id", "is already the id of the store on line " + firstLine);
      }
      stores.add(
          new StoreSite(
              storeId,
              row.nonEmptyText("name"),
              row.nonEmptyText("admin1"),
              row.latitude("latitude"),
              row.longitude("longitude"),
              row.timeZone("time_zone"),
              row.wholeNumber("population", 0),
              row.wholeNumber("geonameid", 1)));
    }
    return stores;
  }

  private static List<ZipCentroid> readZips(Path file) {
    List<ZipCentroid> zips = new ArrayList<>();
    Map<String, Integer> lineByZip = new HashMap<>();
    for (DataRow row :
        CsvTable.read(file, SampleFiles.ZIPS, SampleFiles.ZIP_COLUMNS, false, REGENERATE)) {
      String zip = row.zip("zip");
      Integer firstLine = lineByZip.putIfAbsent(zip, row.lineNumber());
      if (firstLine != null) {
        throw row.invalid("zip", "is already on line " + firstLine);
      }
      zips.add(new ZipCentroid(zip, row.latitude("latitude"), row.longitude("longitude")));
    }
    return zips;
  }

  private static List<Product> readProducts(Path file) {
    List<Product> products = new ArrayList<>();
    Map<String, Integer> lineById = new HashMap<>();
    for (DataRow row :
        CsvTable.read(file, SampleFiles.PRODUCTS, SampleFiles.PRODUCT_COLUMNS, false, REGENERATE)) {
      String productId = row.nonEmptyText("product_id");
      Integer firstLine = lineById.putIfAbsent(productId, row.lineNumber());
      if (firstLine != null) {
        throw row.invalid("product_id", "is already the id of the product on line " + firstLine);
      }
      products.add(
          new Product(
              productId,
              row.nonEmptyText("category"),
              row.nonEmptyText("sub_category"),
              row.nonEmptyText("name")));
    }
    return products;
  }

  private static List<OrderLine> readOrderLines(
      Path file, Map<String, ZipCentroid> zips, Map<String, Product> products) {
    List<OrderLine> lines = new ArrayList<>();
    Map<String, DataRow> firstRowByOrder = new HashMap<>();
    for (DataRow row :
        CsvTable.read(file, SampleFiles.ORDERS, SampleFiles.ORDER_COLUMNS, false, REGENERATE)) {
      String orderId = row.nonEmptyText("order_id");
      LocalDate orderDate = row.isoDate("order_date");
      String zip = row.zip("zip");
      if (!zips.containsKey(zip)) {
        throw row.invalid("zip", "is not in " + SampleFiles.ZIPS);
      }
      String productId = row.nonEmptyText("product_id");
      if (!products.containsKey(productId)) {
        throw row.invalid("product_id", "is not in " + SampleFiles.PRODUCTS);
      }
      int quantity = row.quantity("quantity");

      DataRow first = firstRowByOrder.putIfAbsent(orderId, row);
      if (first != null) {
        requireSameAsFirstLine(row, first, "order_date", orderId);
        requireSameAsFirstLine(row, first, "zip", orderId);
      }
      lines.add(new OrderLine(orderId, orderDate, zip, productId, quantity));
    }
    return lines;
  }

  /** Checks that every line of one order has the order date and ZIP code of its first line. */
  private static void requireSameAsFirstLine(
      DataRow row, DataRow first, String column, String orderId) {
    if (!row.text(column).equals(first.text(column))) {
      throw row.invalid(
          column,
          "differs from \""
              + first.text(column)
              + "\" on line "
              + first.lineNumber()
              + ", the first line of order "
              + orderId
              + ", and all lines of an order share it");
    }
  }

  private static List<Basket> groupBaskets(List<OrderLine> orderLines) {
    Map<String, List<OrderLine>> linesByOrder = new LinkedHashMap<>();
    for (OrderLine line : orderLines) {
      linesByOrder.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line);
    }
    List<Basket> baskets = new ArrayList<>(linesByOrder.size());
    for (List<OrderLine> lines : linesByOrder.values()) {
      OrderLine first = lines.get(0);
      baskets.add(new Basket(first.orderId(), first.orderDate(), first.zip(), lines));
    }
    return baskets;
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> index = new HashMap<>();
    for (T value : values) {
      index.put(key.apply(value), value);
    }
    return Map.copyOf(index);
  }

  /**
   * Returns the store sites in file order, which is largest population first when {@link
   * DeriveSample} wrote the file.
   */
  public List<StoreSite> stores() {
    return stores;
  }

  /**
   * Returns the ZIP code centroids in file order. {@link DeriveSample} writes those that the orders
   * use, in ZIP code order.
   */
  public List<ZipCentroid> zips() {
    return zips;
  }

  /** Returns the products in file order, which {@link DeriveSample} sorts by product id. */
  public List<Product> products() {
    return products;
  }

  /**
   * Returns every order line in file order, which is the row order of the Superstore source when
   * {@link DeriveSample} wrote the file.
   */
  public List<OrderLine> orderLines() {
    return orderLines;
  }

  /**
   * Returns the order lines grouped by order id, each basket at the position of its first line and
   * its lines in file order.
   */
  public List<Basket> baskets() {
    return baskets;
  }

  /**
   * Looks up the centroid of a ZIP code.
   *
   * @param zip the 5-digit ZIP code
   * @return the centroid, or empty if no order of the sample uses {@code zip}
   * @throws NullPointerException if {@code zip} is null
   */
  public Optional<ZipCentroid> zip(String zip) {
    Objects.requireNonNull(zip, "zip");
    return Optional.ofNullable(zipsByCode.get(zip));
  }

  /**
   * Looks up a store site by id.
   *
   * @param storeId the store id, such as {@code US-5128581}
   * @return the store site, or empty if the sample has no store {@code storeId}
   * @throws NullPointerException if {@code storeId} is null
   */
  public Optional<StoreSite> store(String storeId) {
    Objects.requireNonNull(storeId, "storeId");
    return Optional.ofNullable(storesById.get(storeId));
  }

  /**
   * Looks up a product by id.
   *
   * @param productId the product id, such as {@code FUR-BO-10001798}
   * @return the product, or empty if the sample has no product {@code productId}
   * @throws NullPointerException if {@code productId} is null
   */
  public Optional<Product> product(String productId) {
    Objects.requireNonNull(productId, "productId");
    return Optional.ofNullable(productsById.get(productId));
  }
}
