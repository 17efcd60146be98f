package dev.bopis.examples.simulation;

import dev.bopis.core.calendar.SpecialHours;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.examples.data.Product;
import dev.bopis.examples.data.StoreSite;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The synthetic part of the store network: opening hours, holidays, pickup methods, capacity and
 * stock for real places standing in for stores. Everything comes from one seed, so the same seed
 * gives the same network.
 */
final class SyntheticNetwork {

  /** Weekly hours templates, each in the store's own time zone; weights follow the list order. */
  private static final List<String> HOURS =
      List.of(
          "Mon-Sat 09:00-21:00, Sun 10:00-18:00",
          "daily 08:00-22:00",
          "Mon-Fri 10:00-20:00, Sat 10:00-18:00, Sun closed",
          "Mon-Sat 07:00-12:00 13:00-19:00, Sun closed",
          "daily 00:00-24:00");

  private static final int[] HOURS_WEIGHTS = {40, 30, 15, 10, 5};

  private static final List<String> HOLIDAYS = List.of("01-01 closed", "12-25 closed");

  private final List<PickupLocation> locations;
  private final Map<String, Sku> skus;
  private final List<Sku> catalogue;

  private SyntheticNetwork(List<PickupLocation> locations, Map<String, Sku> skus) {
    this.locations = locations;
    this.skus = skus;
    this.catalogue = List.copyOf(skus.values());
  }

  /**
   * Generates hours and settings for the first {@code count} sites (the sample lists them by
   * population, largest first) and passes each store's stock to {@code stockLoader}, one call per
   * store, with 0 units reserved.
   */
  static SyntheticNetwork generate(
      List<StoreSite> sites,
      List<Product> products,
      int count,
      long seed,
      BiConsumer<StoreId, Map<Sku, StockLevel>> stockLoader) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Sku> skus = new LinkedHashMap<>();
    for (Product product : products) {
      skus.put(product.productId(), Sku.of(product.productId()));
    }
    List<Sku> catalogue = List.copyOf(skus.values());
    List<SpecialHours> holidays =
        HOLIDAYS.stream().map(SpecialHours::parse).collect(Collectors.toList());

    List<PickupLocation> locations = new ArrayList<>();
    int limit = Math.min(count, sites.size());
    for (int rank = 0; rank < limit; rank++) {
      StoreSite site = sites.get(rank);
      SplittableRandom storeRandom = random.split();
      Tier tier = Tier.SMALL;
      if (rank < limit / 10) {
        tier = Tier.LARGE;
      } else if (rank < limit / 2) {
        tier = Tier.MEDIUM;
      }
      PickupLocation location = location(site, tier, holidays, storeRandom);
      locations.add(location);
      stockLoader.accept(location.id(), stock(tier, catalogue, storeRandom));
    }
    return new SyntheticNetwork(List.copyOf(locations), skus);
  }

  private static PickupLocation location(
      StoreSite site, Tier tier, List<SpecialHours> holidays, SplittableRandom random) {
    String hours = HOURS.get(weighted(random, HOURS_WEIGHTS));
    StoreCalendar calendar = new StoreCalendar(site.timeZone(), WeeklyHours.parse(hours), holidays);
    EnumSet<PickupMethod> methods = EnumSet.of(PickupMethod.IN_STORE);
    if (random.nextInt(100) < tier.curbsidePercent) {
      methods.add(PickupMethod.CURBSIDE);
    }
    // A few stores have pickup paused; their stock must never make them candidates.
    boolean pickupEnabled = random.nextInt(100) >= 3;
    Duration lead = Duration.ofMinutes(30 + 15L * random.nextInt(7));
    LocalTime cutoff = random.nextInt(100) < 40 ? LocalTime.of(18, 0) : null;
    return new PickupLocation(
        StoreId.of(site.storeId()),
        site.name() + ", " + site.admin1(),
        GeoPoint.of(site.latitude(), site.longitude()),
        calendar,
        methods,
        pickupEnabled,
        lead,
        cutoff,
        tier.ordersPerHour,
        tier.ordinal());
  }

  /** Returns the stock of one store, in catalogue order. */
  private static Map<Sku, StockLevel> stock(
      Tier tier, List<Sku> catalogue, SplittableRandom random) {
    Map<Sku, StockLevel> levels = new LinkedHashMap<>();
    for (Sku sku : catalogue) {
      if (random.nextInt(100) < tier.stockedPercent) {
        long onHand = random.nextInt(tier.maxOnHand + 1);
        long safety = onHand > 4 && random.nextInt(4) == 0 ? 1 : 0;
        levels.put(sku, new StockLevel(onHand, 0, safety));
      }
    }
    return levels;
  }

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Returns the generated stores, largest place first. */
  List<PickupLocation> locations() {
    return locations;
  }

  /** Returns the number of SKUs in the catalogue. */
  int skuCount() {
    return catalogue.size();
  }

  /** Returns the catalogue SKU at {@code index}, in products.csv order. */
  Sku skuAt(int index) {
    return catalogue.get(index);
  }

  /** Returns the SKU of a product id of the sample. */
  Sku sku(String productId) {
    Sku sku = skus.get(productId);
    if (sku == null) {
      throw new IllegalArgumentException("product " + productId + " is not in products.csv");
    }
    return sku;
  }

  /** Store size classes by population rank, with their synthetic settings. */
  private enum Tier {
    LARGE(70, 14, 12, 80),
    MEDIUM(45, 9, 8, 50),
    SMALL(25, 6, 5, 25);

    final int stockedPercent;
    final int maxOnHand;
    final int ordersPerHour;
    final int curbsidePercent;

    Tier(int stockedPercent, int maxOnHand, int ordersPerHour, int curbsidePercent) {
      this.stockedPercent = stockedPercent;
      this.maxOnHand = maxOnHand;
      this.ordersPerHour = ordersPerHour;
      this.curbsidePercent = curbsidePercent;
    }
  }
}
