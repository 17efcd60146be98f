package dev.bopis.geo;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A spatial index of the pickup-enabled stores, for finding the stores within a great-circle radius
 * of a customer.
 *
 * <p>The index keeps the stores in latitude/longitude cells. A search takes the cells of a
 * conservative bounding box of the circle: the latitude band of the radius and the widest longitude
 * extent of the circle. The box is split at the 180th meridian, and it covers all longitudes when
 * the circle reaches a pole. Each store in those cells is then tested with the exact haversine
 * distance of {@link GreatCircle}, so a search returns exactly the stores a scan of every store
 * would return. A cheaper test on unit vectors first skips stores that are clearly outside.
 *
 * <p>Stores change without a full rebuild. A store replaced at the same coordinates (new hours,
 * methods, capacity) is swapped in place. A store whose pickup is disabled or that is removed
 * leaves an empty slot. A new store, or one that moved, goes to a small overlay that every search
 * scans in full. When the overlay exceeds {@value #MAX_OVERLAY} stores, or empty slots exceed a
 * quarter of the index, the writer that crossed the limit rebuilds the index, which takes time
 * linear in the number of stores; {@link #rebuild()} does it on demand.
 *
 * <p>Searches may run from any number of threads at once, without locks, while one writer at a time
 * changes the index. A search reads each store either before or after a concurrent change. While a
 * store moves, a concurrent search may miss it.
 */
public final class StoreIndex {

  /** Maximum number of stores in the overlay; the change that exceeds it rebuilds the index. */
  static final int MAX_OVERLAY = 256;

  private static final List<RankingCriterion> NEAREST_ONLY = List.of(RankingCriterion.NEAREST);

  /** Slack of the unit-vector pre-test, far above its rounding error (~1e-16). */
  private static final double DOT_MARGIN = 1e-12;

  private final Object writeLock = new Object();
  private final ConcurrentHashMap<StoreId, PickupLocation> live = new ConcurrentHashMap<>();

  /** Guarded by {@link #writeLock}: the stores of the current overlay, by id. */
  private final Map<StoreId, PickupLocation> overlayStores = new LinkedHashMap<>();

  /** Guarded by {@link #writeLock}: empty slots of the current grid. */
  private int emptySlots;

  /** The cell edge in degrees, or NaN to pick one from the number and spread of stores. */
  private final double cellDegrees;

  private volatile Generation generation;

  private StoreIndex(Collection<PickupLocation> stores, double cellDegrees) {
    this.cellDegrees = cellDegrees;
    for (PickupLocation store : stores) {
      Objects.requireNonNull(store, "store");
      if (store.pickupEnabled()) {
        live.put(store.id(), store);
      } else {
        live.remove(store.id());
      }
    }
    this.generation = Generation.build(live.values(), cellDegrees);
  }

  /**
   * Builds an index of the pickup-enabled stores among {@code stores}. A later store with the same
   * id replaces an earlier one; stores with pickup disabled are left out.
   *
   * @param stores the stores
   * @return the index
   * @throws NullPointerException if {@code stores} or one of its elements is null
   */
  public static StoreIndex of(Collection<PickupLocation> stores) {
    return new StoreIndex(Objects.requireNonNull(stores, "stores"), Double.NaN);
  }

  /** Builds an index with a fixed cell edge, so tests can exercise fine and coarse cells. */
  static StoreIndex withCellDegrees(Collection<PickupLocation> stores, double cellDegrees) {
    return new StoreIndex(stores, cellDegrees);
  }

  /**
   * Builds an index of the pickup-enabled stores of a directory, as {@link StoreDirectory#all()}
   * lists them now. Later changes to the directory need {@link #put} or {@link #remove}.
   *
   * @param directory the directory
   * @return the index
   * @throws NullPointerException if {@code directory} is null
   */
  public static StoreIndex of(StoreDirectory directory) {
    return of(Objects.requireNonNull(directory, "directory").all());
  }

  /**
   * Adds a store or replaces the store with the same id. A store with pickup disabled is removed
   * instead, so closing a store for pickup is a {@code put} of its disabled version.
   *
   * @param store the new version of the store
   * @throws NullPointerException if {@code store} is null
   */
  public void put(PickupLocation store) {
    Objects.requireNonNull(store, "store");
    if (!store.pickupEnabled()) {
      remove(store.id());
      return;
    }
    synchronized (writeLock) {
      live.put(store.id(), store);
      Generation current = generation;
      Integer position = current.positions.get(store.id());
      if (position != null && current.isAt(position, store.location())) {
        if (current.slots.getAndSet(position, store) == null) {
          emptySlots--;
        }
        if (overlayStores.remove(store.id()) != null) {
          publishOverlay(current);
        }
        return;
      }
      if (position != null && current.slots.getAndSet(position, null) != null) {
        emptySlots++;
      }
      overlayStores.put(store.id(), store);
      publishOverlay(current);
      rebuildIfNeeded();
    }
  }

  /**
   * Removes the store with {@code id}; does nothing if the index does not hold it.
   *
   * @param id the store id
   * @throws NullPointerException if {@code id} is null
   */
  public void remove(StoreId id) {
    Objects.requireNonNull(id, "id");
    synchronized (writeLock) {
      if (live.remove(id) == null) {
        return;
      }
      Generation current = generation;
      Integer position = current.positions.get(id);
      if (position != null && current.slots.getAndSet(position, null) != null) {
        emptySlots++;
      }
      if (overlayStores.remove(id) != null) {
        publishOverlay(current);
      }
      rebuildIfNeeded();
    }
  }

  /**
   * Rebuilds the cells from the current stores, emptying the overlay. Searches running meanwhile
   * use the previous cells; changes wait until the rebuild ends.
   */
  public void rebuild() {
    synchronized (writeLock) {
      generation = Generation.build(live.values(), cellDegrees);
      overlayStores.clear();
      emptySlots = 0;
    }
  }

  /**
   * Returns the number of stores in the index.
   *
   * @return the number of pickup-enabled stores
   */
  public int size() {
    return live.size();
  }

  /**
   * Returns the latest version of a store in the index.
   *
   * @param id the store id
   * @return the store, or empty if the index does not hold it
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<PickupLocation> find(StoreId id) {
    return Optional.ofNullable(live.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the stores within a radius of a point, nearest first, ties by store id.
   *
   * @param center the search centre
   * @param radius the radius in {@code unit}, positive and finite; a radius beyond half the
   *     circumference covers the whole sphere
   * @param unit the unit of {@code radius} and of the returned distances
   * @param limit the most stores to return, at least 1
   * @return up to {@code limit} stores with their distances, empty if none is within the radius
   * @throws NullPointerException if {@code center} or {@code unit} is null
   * @throws IllegalArgumentException if {@code radius} is not positive and finite, or {@code limit}
   *     is below 1
   */
  public List<StoreDistance> nearest(GeoPoint center, double radius, DistanceUnit unit, int limit) {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(unit, "unit");
    Requests.requireRadius(radius, unit);
    Requests.requireLimit(limit, "limit");

    QueryScratch scratch = QueryScratch.acquire();
    try {
      collectWithin(center.latitude(), center.longitude(), unit.toKilometers(radius), scratch);
      scratch.computeKeys(NEAREST_ONLY);
      int selected = scratch.selectBest(Math.min(limit, scratch.count));
      List<StoreDistance> result = new ArrayList<>(selected);
      for (int k = 0; k < selected; k++) {
        int i = scratch.heap[k];
        result.add(
            new StoreDistance(scratch.stores[i], unit.fromKilometers(scratch.distanceKm[i]), unit));
      }
      return Collections.unmodifiableList(result);
    } finally {
      scratch.release();
    }
  }

  /**
   * Appends to {@code scratch} every store whose great-circle distance from {@code (lat, lon)} is
   * at most {@code radiusKm}, in no particular order.
   *
   * <p>The unit-vector test decides most stores without a haversine: a dot product clearly below
   * {@code cos(r)} is outside, clearly above it is inside, and only the thin band between gets the
   * exact distance now. The distance of a store decided inside is left NaN for {@link
   * QueryScratch#resolveDistances()}, so stores dropped by later filters never pay for it. When
   * {@link QueryScratch#requiredBitmaps} is set, a store must also pass those assortment bitmaps,
   * tested by store number before the store itself is read.
   */
  void collectWithin(double lat, double lon, double radiusKm, QueryScratch scratch) {
    Generation current = generation;
    LatLonGrid grid = current.grid;
    scratch.setCentre(lat, lon);
    double cosLat = scratch.centreCosLatitude;
    double cx = cosLat * Math.cos(Math.toRadians(lon));
    double cy = cosLat * Math.sin(Math.toRadians(lon));
    double cz = Math.sin(Math.toRadians(lat));
    double angle = radiusKm / GreatCircle.EARTH_RADIUS_KM;
    // The dot product of unit vectors is the cosine of the angle between them.
    double cosAngle = Math.cos(angle);
    double outsideBelow = angle >= Math.PI ? Double.NEGATIVE_INFINITY : cosAngle - DOT_MARGIN;
    double insideAbove = angle >= Math.PI ? Double.NEGATIVE_INFINITY : cosAngle + DOT_MARGIN;

    int required = scratch.requiredBitmaps;
    Assortment.Bitmap[] bitmaps = scratch.bitmaps;
    int[] ranges = scratch.ranges(grid.maxRangeValues());
    int rangeValues = grid.rangesWithin(lat, lon, radiusKm, ranges);
    for (int r = 0; r < rangeValues; r += 2) {
      for (int p = ranges[r]; p < ranges[r + 1]; p++) {
        double dot = cx * grid.x[p] + cy * grid.y[p] + cz * grid.z[p];
        if (dot < outsideBelow
            || (required > 0
                && !CandidatePipeline.stocksEveryLine(bitmaps, required, current.numbers[p]))) {
          continue;
        }
        PickupLocation store = current.slots.get(p);
        if (store == null) {
          continue;
        }
        if (dot >= insideAbove) {
          scratch.add(store, current.numbers[p], Double.NaN);
          continue;
        }
        double distance =
            GreatCircle.distanceKm(
                lat, cosLat, lon, grid.latitude[p], grid.cosLatitude[p], grid.longitude[p]);
        if (distance <= radiusKm) {
          scratch.add(store, current.numbers[p], distance);
        }
      }
    }

    Overlay overlay = current.overlay;
    for (int k = 0; k < overlay.stores.length; k++) {
      if (required > 0
          && !CandidatePipeline.stocksEveryLine(bitmaps, required, overlay.numbers[k])) {
        continue;
      }
      GeoPoint point = overlay.stores[k].location();
      double distance =
          GreatCircle.distanceKm(
              lat, cosLat, lon, point.latitude(), overlay.cosLatitude[k], point.longitude());
      if (distance <= radiusKm) {
        scratch.add(overlay.stores[k], overlay.numbers[k], distance);
      }
    }
  }

  private void publishOverlay(Generation current) {
    generation = current.withOverlay(new Overlay(overlayStores.values()));
  }

  private void rebuildIfNeeded() {
    Generation current = generation;
    if (overlayStores.size() > MAX_OVERLAY
        || emptySlots > Math.max(MAX_OVERLAY, current.grid.size() / 4)) {
      rebuild();
    }
  }

  /** The cells, the stores in their slots and the overlay that searches read together. */
  private static final class Generation {
    final LatLonGrid grid;
    final AtomicReferenceArray<PickupLocation> slots;
    final Map<StoreId, Integer> positions;

    /** The {@link StoreNumbers} number of the store at each position. */
    final int[] numbers;

    final Overlay overlay;

    private Generation(
        LatLonGrid grid,
        AtomicReferenceArray<PickupLocation> slots,
        Map<StoreId, Integer> positions,
        int[] numbers,
        Overlay overlay) {
      this.grid = grid;
      this.slots = slots;
      this.positions = positions;
      this.numbers = numbers;
      this.overlay = overlay;
    }

    static Generation build(Collection<PickupLocation> stores, double fixedCellDegrees) {
      PickupLocation[] input = stores.toArray(new PickupLocation[0]);
      double[] latitudes = new double[input.length];
      double[] longitudes = new double[input.length];
      double south = 90;
      double north = -90;
      double west = 180;
      double east = -180;
      for (int i = 0; i < input.length; i++) {
        latitudes[i] = input[i].location().latitude();
        longitudes[i] = input[i].location().longitude();
        south = Math.min(south, latitudes[i]);
        north = Math.max(north, latitudes[i]);
        west = Math.min(west, longitudes[i]);
        east = Math.max(east, longitudes[i]);
      }
      double cellDegrees =
          Double.isNaN(fixedCellDegrees)
              ? LatLonGrid.cellDegreesFor(input.length, north - south, east - west)
              : fixedCellDegrees;
      LatLonGrid grid = new LatLonGrid(latitudes, longitudes, cellDegrees);

      AtomicReferenceArray<PickupLocation> slots = new AtomicReferenceArray<>(input.length);
      Map<StoreId, Integer> positions = new HashMap<>(input.length * 2);
      int[] numbers = new int[input.length];
      for (int position = 0; position < input.length; position++) {
        PickupLocation store = input[grid.inputIndex[position]];
        slots.set(position, store);
        positions.put(store.id(), position);
        numbers[position] = StoreNumbers.of(store.id());
      }
      return new Generation(
          grid, slots, Collections.unmodifiableMap(positions), numbers, new Overlay(List.of()));
    }

    Generation withOverlay(Overlay value) {
      return new Generation(grid, slots, positions, numbers, value);
    }

    boolean isAt(int position, GeoPoint point) {
      return grid.latitude[position] == point.latitude()
          && grid.longitude[position] == point.longitude();
    }
  }

  /** Stores added or moved since the last build, scanned in full by every search. */
  private static final class Overlay {
    final PickupLocation[] stores;
    final double[] cosLatitude;
    final int[] numbers;

    Overlay(Collection<PickupLocation> values) {
      this.stores = values.toArray(new PickupLocation[0]);
      this.cosLatitude = new double[stores.length];
      this.numbers = new int[stores.length];
      for (int k = 0; k < stores.length; k++) {
        cosLatitude[k] = Math.cos(Math.toRadians(stores[k].location().latitude()));
        numbers[k] = StoreNumbers.of(stores[k].id());
      }
    }
  }
}
