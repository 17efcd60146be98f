package dev.bopis.examples.bench;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.geo.AvailabilitySource;
import dev.bopis.geo.NearestStoreFinder;
import dev.bopis.geo.StoreIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * Sourcing at placement: up to 10 nearest stores within 200 km that can fill the whole cart, then a
 * reservation at the first store that accepts it, released again so that stock never drains. This
 * is the loop {@code PickupService.place} runs, without storing the order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SourcingBenchmark {

  /** Stores in the network. */
  @Param({"1000", "10000", "100000"})
  public int stores;

  /** Distinct SKUs per cart. */
  @Param({"1", "5", "10"})
  public int cartLines;

  /** Layout of the stores, see {@link NetworkLayout}. */
  @Param({"US_BOX"})
  public NetworkLayout layout;

  /** Probability that a store stocks a SKU. */
  @Param({"0.3"})
  public double stockedShare;

  /** The bundled data folder, relative to the working directory. */
  @Param({"bopis-examples/data"})
  public String dataDir;

  private final OrderId orderId = OrderId.of("BENCH-ORDER");
  private InMemoryInventory inventory;
  private NearestStoreFinder finder;
  private BruteForceBaseline baseline;
  private SourcingRequest[] requests;
  private int next;

  /** Builds the network, the index and the requests, and checks that both methods agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticNetwork network =
        SyntheticNetwork.build(stores, layout, stockedShare, Path.of(dataDir), 42);
    inventory = network.inventory;
    finder =
        new NearestStoreFinder(StoreIndex.of(network.stores), AvailabilitySource.of(inventory))
            .withAssortment(network.assortment);
    baseline = new BruteForceBaseline(network.stores, inventory);
    List<Cart> carts = network.carts(cartLines, PickupOptionsBenchmark.REQUESTS, 11);
    requests = new SourcingRequest[PickupOptionsBenchmark.REQUESTS];
    for (int r = 0; r < requests.length; r++) {
      requests[r] =
          new SourcingRequest(
              network.customers.get(r % network.customers.size()),
              carts.get(r).quantities(),
              PickupMethod.CURBSIDE,
              Set.of(),
              10);
    }
    for (int r = 0; r < PickupOptionsBenchmark.VERIFIED_REQUESTS; r++) {
      SourcingRequest request = requests[r];
      List<StoreId> fromIndex = finder.candidates(request);
      List<StoreId> fromBaseline = baseline.candidates(request, finder.radiusKm());
      if (!fromIndex.equals(fromBaseline)) {
        throw new IllegalStateException(
            "index returned " + fromIndex + " but brute force " + fromBaseline + " for " + request);
      }
    }
  }

  /** Runs the library's finder, then reserves and releases. */
  @Benchmark
  public @Nullable StoreId indexed() {
    SourcingRequest request = nextRequest();
    return reserveAndRelease(finder.candidates(request), request);
  }

  /** Runs the baseline finder, then reserves and releases. */
  @Benchmark
  public @Nullable StoreId bruteForce() {
    SourcingRequest request = nextRequest();
    return reserveAndRelease(baseline.candidates(request, finder.radiusKm()), request);
  }

  private @Nullable StoreId reserveAndRelease(List<StoreId> candidates, SourcingRequest request) {
    for (StoreId storeId : candidates) {
      ReservationResult result = inventory.reserve(orderId, storeId, request.quantities());
      if (result instanceof ReservationResult.Reserved) {
        inventory.releaseAll(orderId, ReasonCode.SYSTEM_CANCELLED);
        return storeId;
      }
    }
    return null;
  }

  private SourcingRequest nextRequest() {
    next = (next + 1) & (requests.length - 1);
    return requests[next];
  }
}
