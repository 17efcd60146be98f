package dev.bopis.examples.data;

import java.util.List;

/**
 * The names and columns of the files of the sample, shared by the program that writes them and the
 * loader.
 */
final class SampleFiles {

  static final String STORES = "stores.csv";
  static final List<String> STORE_COLUMNS =
      List.of(
          "store_id",
          "name",
          "admin1",
          "latitude",
          "longitude",
          "time_zone",
          "population",
          "geonameid");

  static final String ZIPS = "zips.csv";
  static final List<String> ZIP_COLUMNS = List.of("zip", "latitude", "longitude");

  static final String ORDERS = "orders.csv";
  static final List<String> ORDER_COLUMNS =
      List.of("order_id", "order_date", "zip", "product_id", "quantity");

  static final String PRODUCTS = "products.csv";
  static final List<String> PRODUCT_COLUMNS =
      List.of("product_id", "category", "sub_category", "name");

  /** The alternative to repairing a bad sample file by hand. */
  static final String REGENERATE = "regenerate the sample with DeriveSample";

  private SampleFiles() {}
}
