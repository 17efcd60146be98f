package dev.bopis.examples.bench;

import dev.bopis.core.model.Cart;
import dev.bopis.core.model.StoreId;
import dev.bopis.geo.AvailabilitySource;
import dev.bopis.geo.DistanceUnit;
import dev.bopis.geo.PickupOption;
import dev.bopis.geo.PickupOptionsRequest;
import dev.bopis.geo.PickupOptionsService;
import dev.bopis.geo.StoreIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The checkout query: the 10 best pickup options within {@link #radiusKm} for a cart, by the index
 * and by the brute-force baseline, over the same rotating customers and carts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PickupOptionsBenchmark {

  /** Number of requests the benchmark rotates through; a power of two. */
  static final int REQUESTS = 1024;

  /** Number of requests whose results set-up compares between index and baseline. */
  static final int VERIFIED_REQUESTS = 64;

  /** Placement time: noon in New York on a Tuesday, when most stores are open. */
  static final Instant PLACED_AT = Instant.parse("2025-03-04T17:00:00Z");

  /** Stores in the network. */
  @Param({"1000", "10000", "100000"})
  public int stores;

  /** Distinct SKUs per cart. */
  @Param({"1", "5", "10"})
  public int cartLines;

  /** Search radius in kilometres. */
  @Param({"25"})
  public double radiusKm;

  /** Layout of the stores, see {@link NetworkLayout}. */
  @Param({"US_BOX"})
  public NetworkLayout layout;

  /** Probability that a store stocks a SKU. */
  @Param({"0.3"})
  public double stockedShare;

  /** The bundled data folder, relative to the working directory. */
  @Param({"bopis-examples/data"})
  public String dataDir;

  private PickupOptionsService service;
  private BruteForceBaseline baseline;
  private PickupOptionsRequest[] requests;
  private int next;

  /** Builds the network, the index and the requests, and checks that both methods agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticNetwork network =
        SyntheticNetwork.build(stores, layout, stockedShare, Path.of(dataDir), 42);
    service =
        PickupOptionsService.builder(
                StoreIndex.of(network.stores), AvailabilitySource.of(network.inventory))
            .build();
    baseline = new BruteForceBaseline(network.stores, network.inventory);
    List<Cart> carts = network.carts(cartLines, REQUESTS, 7);
    requests = new PickupOptionsRequest[REQUESTS];
    for (int r = 0; r < REQUESTS; r++) {
      requests[r] =
          PickupOptionsRequest.builder(
                  network.customers.get(r % network.customers.size()), carts.get(r), PLACED_AT)
              .radius(radiusKm, DistanceUnit.KILOMETERS)
              .includePartial(true)
              .build();
    }
    for (int r = 0; r < VERIFIED_REQUESTS; r++) {
      PickupOptionsRequest request = requests[r];
      List<StoreId> fromIndex =
          service.options(request).stream().map(PickupOption::storeId).toList();
      List<StoreId> fromBaseline =
          baseline.options(request).stream().map(PickupOption::storeId).toList();
      if (!fromIndex.equals(fromBaseline)) {
        throw new IllegalStateException(
            "index returned " + fromIndex + " but brute force " + fromBaseline + " for " + request);
      }
    }
  }

  /** Runs the library's query. */
  @Benchmark
  public List<PickupOption> indexed() {
    return service.options(nextRequest());
  }

  /** Runs the baseline: distance to every store, full sort, then the same steps. */
  @Benchmark
  public List<PickupOption> bruteForce() {
    return baseline.options(nextRequest());
  }

  private PickupOptionsRequest nextRequest() {
    next = (next + 1) & (REQUESTS - 1);
    return requests[next];
  }
}
