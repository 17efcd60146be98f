package dev.bopis.examples.bench;

import dev.bopis.core.calendar.OpeningPeriod;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.examples.data.SampleData;
import dev.bopis.examples.data.StoreSite;
import dev.bopis.examples.data.ZipCentroid;
import dev.bopis.geo.Assortment;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic store network in the United States, with stock and carts, built from a fixed seed.
 *
 * <p>Two layouts exist. {@link NetworkLayout#US_BOX} spreads the stores uniformly over the bounding
 * box of the contiguous United States, 24.5 to 49.4 degrees north and 124.8 to 66.9 degrees west.
 * {@link NetworkLayout#TOWNS} puts store {@code i} at bundled place {@code i mod 2000}, moved by a
 * normally distributed offset of {@value #JITTER_DEGREES} degrees standard deviation, so stores
 * cluster around towns and a search near a city finds hundreds of them.
 *
 * <p>The catalogue has {@value #CATALOGUE_SKUS} SKUs and each store stocks each SKU with
 * probability {@code stockedShare} (1 to 20 units), 0.3 in the benchmarks. Only the first {@value
 * #CART_SKUS} SKUs, from which carts are drawn, are loaded into the inventory: the others never
 * appear in a query, and 100,000 stores x 6,000 stocked SKUs would need tens of gigabytes in {@link
 * InMemoryInventory}. The {@link Assortment} records every loaded stock level. Customers are the
 * bundled ZIP code centroids.
 */
final class SyntheticNetwork {

  static final int CATALOGUE_SKUS = 20_000;
  static final int CART_SKUS = 200;
  static final double JITTER_DEGREES = 0.15;

  final List<PickupLocation> stores;
  final InMemoryInventory inventory;
  final Assortment assortment;
  final List<GeoPoint> customers;
  final List<Sku> cartSkus;

  private SyntheticNetwork(
      List<PickupLocation> stores,
      InMemoryInventory inventory,
      Assortment assortment,
      List<GeoPoint> customers,
      List<Sku> cartSkus) {
    this.stores = stores;
    this.inventory = inventory;
    this.assortment = assortment;
    this.customers = customers;
    this.cartSkus = cartSkus;
  }

  /**
   * Builds a network of {@code storeCount} stores.
   *
   * @param dataDir the bundled data folder, {@code bopis-examples/data}
   */
  static SyntheticNetwork build(
      int storeCount, NetworkLayout layout, double stockedShare, Path dataDir, long seed) {
    SampleData data = SampleData.load(dataDir);
    Random random = new Random(seed);
    List<Sku> cartSkus = new ArrayList<>();
    for (int k = 0; k < CART_SKUS; k++) {
      // The catalogue is numbered SKU-00000 to SKU-19999.
      cartSkus.add(Sku.of(String.format("SKU-%05d", k)));
    }

    List<StoreSite> sites = data.stores();
    List<PickupLocation> stores = new ArrayList<>(storeCount);
    InMemoryInventory inventory = new InMemoryInventory();
    Assortment assortment = new Assortment();
    for (int i = 0; i < storeCount; i++) {
      StoreSite site = sites.get(i % sites.size());
      double latitude;
      double longitude;
      if (layout == NetworkLayout.TOWNS) {
        latitude = clamp(site.latitude() + random.nextGaussian() * JITTER_DEGREES, -90, 90);
        longitude = clamp(site.longitude() + random.nextGaussian() * JITTER_DEGREES, -180, 180);
      } else {
        latitude = 24.5 + random.nextDouble() * (49.4 - 24.5);
        longitude = -124.8 + random.nextDouble() * (124.8 - 66.9);
      }
      ZoneId zone = layout == NetworkLayout.TOWNS ? site.timeZone() : zoneByLongitude(longitude);
      PickupLocation store = store(i, site.name(), zone, latitude, longitude, random);
      stores.add(store);
      for (Sku sku : cartSkus) {
        if (random.nextDouble() < stockedShare) {
          inventory.put(store.id(), sku, 1 + random.nextInt(20), 0);
          assortment.recordStocked(store.id(), sku);
        }
      }
    }

    List<GeoPoint> customers = new ArrayList<>();
    for (ZipCentroid zip : data.zips()) {
      customers.add(GeoPoint.of(zip.latitude(), zip.longitude()));
    }
    return new SyntheticNetwork(
        List.copyOf(stores), inventory, assortment, List.copyOf(customers), cartSkus);
  }

  /** Returns {@code count} carts of {@code lines} distinct cart SKUs, 1 or 2 units each. */
  List<Cart> carts(int lines, int count, long seed) {
    Random random = new Random(seed);
    List<Cart> carts = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      List<Sku> pool = new ArrayList<>(cartSkus);
      List<OrderLine> cartLines = new ArrayList<>(lines);
      for (int l = 0; l < lines; l++) {
        Sku sku = pool.remove(random.nextInt(pool.size()));
        cartLines.add(new OrderLine(sku, 1 + random.nextInt(2)));
      }
      carts.add(new Cart(cartLines));
    }
    return carts;
  }

  /** Returns the main US time zone of a longitude in the contiguous states, roughly. */
  private static ZoneId zoneByLongitude(double longitude) {
    if (longitude < -114.5) {
      return ZoneId.of("America/Los_Angeles");
    }
    if (longitude < -101.0) {
      return ZoneId.of("America/Denver");
    }
    return ZoneId.of(longitude < -87.0 ? "America/Chicago" : "America/New_York");
  }

  private static PickupLocation store(
      int number, String town, ZoneId zone, double latitude, double longitude, Random random) {
    WeeklyHours hours =
        WeeklyHours.builder()
            .open(
                DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY,
                OpeningPeriod.of(LocalTime.of(9, 0), LocalTime.of(21, 0)))
            .open(DayOfWeek.SUNDAY, OpeningPeriod.of(LocalTime.of(10, 0), LocalTime.of(18, 0)))
            .build();
    Set<PickupMethod> methods =
        random.nextInt(4) == 0
            ? EnumSet.of(PickupMethod.IN_STORE)
            : EnumSet.of(PickupMethod.IN_STORE, PickupMethod.CURBSIDE);
    return new PickupLocation(
        StoreId.of(String.format("B-%06d", number)),
        town + " #" + number,
        GeoPoint.of(latitude, longitude),
        StoreCalendar.of(zone, hours),
        methods,
        true,
        Duration.ofMinutes(30 + 15 * random.nextInt(4)),
        random.nextBoolean() ? LocalTime.of(18, 0) : null,
        5 + random.nextInt(20),
        random.nextInt(3));
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
