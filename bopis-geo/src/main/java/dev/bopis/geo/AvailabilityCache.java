package dev.bopis.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.bopis.core.inventory.AvailabilityMatrix;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An availability source that remembers each store's available units of each SKU for a bounded
 * time, for the checkout path where many customers ask about the same stores.
 *
 * <p>A value is served for at most {@code maxStaleness} after it was read from the underlying
 * source, measured on the injected clock. A call reads every store that lacks a fresh value for one
 * of the requested SKUs from the source, in one call for all such stores, and serves the other
 * stores from the cache.
 *
 * <p>Use it for pickup options, never to reserve. A stale value can list a store that has since
 * sold out, or make the {@link NearestStoreFinder} propose it; the pickup service then reserves at
 * the authoritative inventory port, which checks and reserves in one atomic step, so the worst
 * effect is one failed reservation and a move to the next candidate, never an oversell.
 *
 * <p>Thread-safe. Caffeine bounds the number of entries ({@code maximumEntries}, one per store and
 * SKU) and evicts the least useful first.
 */
public final class AvailabilityCache implements AvailabilitySource {

  /** The default bound on entries: one million store and SKU pairs, about 100 MB. */
  public static final long DEFAULT_MAXIMUM_ENTRIES = 1_000_000;

  private final AvailabilitySource source;
  private final Cache<StoreSku, Long> cache;

  private AvailabilityCache(
      AvailabilitySource source, Duration maxStaleness, long maximumEntries, Clock clock) {
    this.source = source;
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(maxStaleness)
            .maximumSize(maximumEntries)
            .ticker(clockTicker(clock))
            // Maintenance runs on the calling thread so that expiry follows the injected clock.
            .executor(Runnable::run)
            .build();
  }

  /**
   * Creates a cache in front of {@code source} with {@link #DEFAULT_MAXIMUM_ENTRIES}.
   *
   * @param source the authoritative source, such as {@link
   *     AvailabilitySource#of(dev.bopis.core.inventory.InventoryPort)}
   * @param maxStaleness how long a value may be served after it was read, from 1 millisecond to 5
   *     minutes, for example 2 seconds
   * @param clock the clock that measures staleness
   * @return the cache
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxStaleness} is outside its range
   */
  public static AvailabilityCache over(
      AvailabilitySource source, Duration maxStaleness, Clock clock) {
    return over(source, maxStaleness, DEFAULT_MAXIMUM_ENTRIES, clock);
  }

  /**
   * Creates a cache in front of {@code source}.
   *
   * @param source the authoritative source
   * @param maxStaleness how long a value may be served after it was read, from 1 millisecond to 5
   *     minutes
   * @param maximumEntries the most store and SKU pairs kept, at least 1
   * @param clock the clock that measures staleness
   * @return the cache
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxStaleness} or {@code maximumEntries} is outside
   *     its range
   */
  public static AvailabilityCache over(
      AvailabilitySource source, Duration maxStaleness, long maximumEntries, Clock clock) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(maxStaleness, "maxStaleness");
    Objects.requireNonNull(clock, "clock");
    if (maxStaleness.compareTo(Duration.ofMillis(1)) < 0
        || maxStaleness.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "maxStaleness "
              + maxStaleness
              + " is outside [PT0.001S, PT5M]; pass how long a value may be served, e.g. PT2S");
    }
    if (maximumEntries < 1) {
      throw new IllegalArgumentException(
          "maximumEntries " + maximumEntries + " is invalid; pass at least 1, e.g. 1000000");
    }
    return new AvailabilityCache(source, maxStaleness, maximumEntries, clock);
  }

  /**
   * Returns the available units, from the cache where a fresh value exists and otherwise from one
   * call to the source for every store that lacks one.
   *
   * @param stores the stores, one per row
   * @param skus the SKUs, one per column
   * @return the matrix
   * @throws IllegalStateException if the source returns a matrix of another shape
   */
  @Override
  public AvailabilityMatrix availability(List<StoreId> stores, List<Sku> skus) {
    int columns = skus.size();
    long[] available = new long[stores.size() * columns];
    List<StoreId> missing = new ArrayList<>();
    List<Integer> missingRows = new ArrayList<>();
    for (int i = 0; i < stores.size(); i++) {
      if (!readCached(stores.get(i), skus, available, i * columns)) {
        missing.add(stores.get(i));
        missingRows.add(i);
      }
    }

    if (!missing.isEmpty()) {
      AvailabilityMatrix fresh = source.availability(missing, skus);
      if (fresh.stores().size() != missing.size() || fresh.skus().size() != columns) {
        throw new IllegalStateException(
            "availability source returned "
                + fresh.stores().size()
                + " x "
                + fresh.skus().size()
                + " values for "
                + missing.size()
                + " stores x "
                + columns
                + " SKUs; it must return one row per store and one column per SKU");
      }
      for (int k = 0; k < missing.size(); k++) {
        int row = missingRows.get(k);
        for (int j = 0; j < columns; j++) {
          long units = fresh.available(k, j);
          available[row * columns + j] = units;
          cache.put(new StoreSku(missing.get(k), skus.get(j)), units);
        }
      }
    }
    return new AvailabilityMatrix(stores, skus, available);
  }

  /** Forgets every cached value, for example after a bulk stock load. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** Copies the cached values of one store into {@code row}, or returns false if one is absent. */
  private boolean readCached(StoreId store, List<Sku> skus, long[] into, int offset) {
    for (int j = 0; j < skus.size(); j++) {
      Long units = cache.getIfPresent(new StoreSku(store, skus.get(j)));
      if (units == null) {
        return false;
      }
      into[offset + j] = units;
    }
    return true;
  }

  /** Returns a Caffeine ticker that reads nanoseconds since the epoch from {@code clock}. */
  private static Ticker clockTicker(Clock clock) {
    return () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }

  /** Cache key: one SKU at one store. */
  private record StoreSku(StoreId store, Sku sku) {}
}
