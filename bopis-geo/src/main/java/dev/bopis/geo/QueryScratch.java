package dev.bopis.geo;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The working arrays of one query, reused by the queries of one thread so that a query allocates
 * only its result and what the ports allocate.
 *
 * <p>Candidates are kept as parallel arrays addressed by candidate index. Not thread-safe: each
 * thread takes its own instance from {@link #acquire()} and gives it back with {@link #release()}.
 */
final class QueryScratch implements Candidates {

  private static final ThreadLocal<QueryScratch> PER_THREAD =
      ThreadLocal.withInitial(QueryScratch::new);

  private static final int INITIAL_CAPACITY = 64;

  private boolean inUse;

  double centreLatitude;
  double centreLongitude;
  double centreCosLatitude;

  int count;
  PickupLocation[] stores = new PickupLocation[INITIAL_CAPACITY];
  int[] numbers = new int[INITIAL_CAPACITY];
  double[] distanceKm = new double[INITIAL_CAPACITY];
  int[] workload = new int[INITIAL_CAPACITY];
  boolean[] fills = new boolean[INITIAL_CAPACITY];
  boolean[] dropped = new boolean[INITIAL_CAPACITY];
  @Nullable ReadyEstimate[] estimates = new ReadyEstimate[INITIAL_CAPACITY];
  long[] available = new long[INITIAL_CAPACITY];

  int lines;
  Sku[] skus = new Sku[16];
  private final ArrayList<StoreId> storeIds = new ArrayList<>();
  private final ArrayList<Sku> skuList = new ArrayList<>();
  long[] requested = new long[16];

  int criteriaCount;
  RankingCriterion[] criteria = new RankingCriterion[8];
  double[][] keys = new double[8][INITIAL_CAPACITY];

  Assortment.Bitmap[] bitmaps = new Assortment.Bitmap[16];
  int[] heap = new int[16];
  int[] ranges = new int[0];

  /**
   * Number of leading {@link #bitmaps} that every store must pass during the index search, or 0 to
   * take every store within the radius.
   */
  int requiredBitmaps;

  /**
   * Returns this thread's scratch, or a fresh one when this thread is already inside a query (a
   * criterion or workload function that runs a query of its own).
   */
  static QueryScratch acquire() {
    QueryScratch scratch = PER_THREAD.get();
    if (scratch.inUse) {
      scratch = new QueryScratch();
    }
    scratch.inUse = true;
    scratch.count = 0;
    scratch.lines = 0;
    scratch.criteriaCount = 0;
    scratch.requiredBitmaps = 0;
    return scratch;
  }

  /** Ends the query: drops references to stores and estimates so they can be collected. */
  void release() {
    Arrays.fill(stores, 0, count, null);
    Arrays.fill(estimates, 0, count, null);
    Arrays.fill(skus, 0, lines, null);
    Arrays.fill(criteria, 0, criteriaCount, null);
    Arrays.fill(bitmaps, null);
    requiredBitmaps = 0;
    count = 0;
    inUse = false;
  }

  /** Returns an array with room for one bitmap per cart line. */
  Assortment.Bitmap[] bitmaps() {
    if (bitmaps.length < lines) {
      bitmaps = new Assortment.Bitmap[lines];
    }
    return bitmaps;
  }

  /** Returns an array of at least {@code size} ints for grid ranges. */
  int[] ranges(int size) {
    if (ranges.length < size) {
      ranges = new int[size];
    }
    return ranges;
  }

  /** Sets the search centre, from which {@link #resolveDistances()} measures. */
  void setCentre(double latitude, double longitude) {
    centreLatitude = latitude;
    centreLongitude = longitude;
    centreCosLatitude = Math.cos(Math.toRadians(latitude));
  }

  /**
   * Computes the distances left NaN by the search, with the arithmetic of {@link
   * GreatCircle#distanceKm(double, double, double, double)}.
   */
  void resolveDistances() {
    for (int i = 0; i < count; i++) {
      if (Double.isNaN(distanceKm[i])) {
        GeoPoint point = stores[i].location();
        distanceKm[i] =
            GreatCircle.distanceKm(
                centreLatitude,
                centreCosLatitude,
                centreLongitude,
                point.latitude(),
                Math.cos(Math.toRadians(point.latitude())),
                point.longitude());
      }
    }
  }

  /**
   * Appends a candidate within the radius, with its {@link StoreNumbers} number; a NaN distance is
   * computed later.
   */
  void add(PickupLocation store, int number, double distance) {
    if (count == stores.length) {
      grow(count * 2);
    }
    stores[count] = store;
    numbers[count] = number;
    distanceKm[count] = distance;
    workload[count] = 0;
    fills[count] = false;
    dropped[count] = false;
    estimates[count] = null;
    count++;
  }

  /** Truncates the candidates to the first {@code newCount}. */
  void truncate(int newCount) {
    Arrays.fill(stores, newCount, count, null);
    count = newCount;
  }

  /** Loads the cart lines, summing the quantities of lines with the same SKU. */
  void loadLines(List<OrderLine> orderLines) {
    lines = 0;
    for (int i = 0; i < orderLines.size(); i++) {
      OrderLine line = orderLines.get(i);
      addQuantity(line.sku(), line.quantity());
    }
  }

  /** Loads quantities that are already summed per SKU. */
  void loadQuantities(Map<Sku, Long> quantities) {
    lines = 0;
    for (Map.Entry<Sku, Long> entry : quantities.entrySet()) {
      addQuantity(entry.getKey(), entry.getValue());
    }
  }

  private void addQuantity(Sku sku, long quantity) {
    for (int j = 0; j < lines; j++) {
      if (skus[j].equals(sku)) {
        requested[j] = Math.addExact(requested[j], quantity);
        return;
      }
    }
    if (lines == skus.length) {
      skus = Arrays.copyOf(skus, lines * 2);
      requested = Arrays.copyOf(requested, lines * 2);
    }
    skus[lines] = sku;
    requested[lines] = quantity;
    lines++;
  }

  /** Makes room for {@code lines} availability values per candidate. */
  List<StoreId> storeIdList() {
    storeIds.clear();
    for (int i = 0; i < count; i++) {
      storeIds.add(stores[i].id());
    }
    return storeIds;
  }

  List<Sku> skuList() {
    skuList.clear();
    for (int line = 0; line < lines; line++) {
      skuList.add(skus[line]);
    }
    return skuList;
  }

  void prepareAvailability() {
    if (available.length < count * lines) {
      available = new long[Math.max(count * lines, available.length * 2)];
    }
  }

  /** Loads the ranking criteria and computes each candidate's distance and value of each. */
  void computeKeys(List<RankingCriterion> rankingCriteria) {
    resolveDistances();
    criteriaCount = rankingCriteria.size();
    if (criteria.length < criteriaCount) {
      criteria = new RankingCriterion[criteriaCount];
      keys = Arrays.copyOf(keys, criteriaCount);
    }
    for (int c = 0; c < criteriaCount; c++) {
      criteria[c] = rankingCriteria.get(c);
      if (keys[c] == null || keys[c].length < count) {
        keys[c] = new double[Math.max(count, stores.length)];
      }
      RankingCriterion.CandidateValue value = criteria[c].value();
      double[] column = keys[c];
      for (int i = 0; i < count; i++) {
        column[i] = value.of(this, i);
      }
    }
  }

  /** Compares two candidates by the loaded criteria, then by store id. */
  int compare(int a, int b) {
    for (int c = 0; c < criteriaCount; c++) {
      int order = criteria[c].compare(keys[c][a], keys[c][b]);
      if (order != 0) {
        return order;
      }
    }
    return stores[a].id().compareTo(stores[b].id());
  }

  /**
   * Selects the best {@code limit} candidates not marked dropped, best first.
   *
   * <p>A bounded heap keeps the worst of the selection at its root, so each candidate costs one
   * comparison unless it enters the selection: {@code O(n log limit)}.
   *
   * @return the number selected; their indexes are in {@link #heap}, best first
   */
  int selectBest(int limit) {
    if (heap.length < limit) {
      heap = new int[limit];
    }
    int size = 0;
    for (int i = 0; i < count; i++) {
      if (dropped[i]) {
        continue;
      }
      if (size < limit) {
        heap[size] = i;
        siftUp(size);
        size++;
      } else if (compare(i, heap[0]) < 0) {
        heap[0] = i;
        siftDown(0, size);
      }
    }
    // Heap sort in place: move the worst to the end until the selection is ordered.
    for (int end = size - 1; end > 0; end--) {
      int worst = heap[0];
      heap[0] = heap[end];
      heap[end] = worst;
      siftDown(0, end);
    }
    return size;
  }

  private void siftUp(int position) {
    int item = heap[position];
    while (position > 0) {
      int parent = (position - 1) >>> 1;
      if (compare(heap[parent], item) >= 0) {
        break;
      }
      heap[position] = heap[parent];
      position = parent;
    }
    heap[position] = item;
  }

  private void siftDown(int position, int size) {
    int item = heap[position];
    while (true) {
      int child = 2 * position + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && compare(heap[child + 1], heap[child]) > 0) {
        child++;
      }
      if (compare(item, heap[child]) >= 0) {
        break;
      }
      heap[position] = heap[child];
      position = child;
    }
    heap[position] = item;
  }

  private void grow(int capacity) {
    stores = Arrays.copyOf(stores, capacity);
    numbers = Arrays.copyOf(numbers, capacity);
    distanceKm = Arrays.copyOf(distanceKm, capacity);
    workload = Arrays.copyOf(workload, capacity);
    fills = Arrays.copyOf(fills, capacity);
    dropped = Arrays.copyOf(dropped, capacity);
    estimates = Arrays.copyOf(estimates, capacity);
  }

  @Override
  public PickupLocation store(int index) {
    return stores[index];
  }

  @Override
  public double distanceKm(int index) {
    return distanceKm[index];
  }

  @Override
  public boolean canFillCart(int index) {
    return fills[index];
  }

  @Override
  public int ordersInPreparation(int index) {
    return workload[index];
  }

  @Override
  public int lineCount() {
    return lines;
  }

  @Override
  public Sku sku(int line) {
    return skus[line];
  }

  @Override
  public long requested(int line) {
    return requested[line];
  }

  @Override
  public long available(int index, int line) {
    return available[index * lines + line];
  }
}
