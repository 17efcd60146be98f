package dev.bopis.examples.bench;

import dev.bopis.core.calendar.ReadyPromise;
import dev.bopis.core.model.Cart;
import dev.bopis.geo.AvailabilitySource;
import dev.bopis.geo.DistanceUnit;
import dev.bopis.geo.PickupOptionsRequest;
import dev.bopis.geo.PickupOptionsService;
import dev.bopis.geo.StoreIndex;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Checks that the pickup-options query allocates nothing beyond its result: runs the queries of
 * {@link PickupOptionsBenchmark} until they are compiled, then counts the bytes the thread
 * allocates over one pass of {@value PickupOptionsBenchmark#REQUESTS} queries and compares them
 * with the size of the objects those results hold that did not exist before, measured with JOL (the
 * layout of the running JVM, not an estimate).
 *
 * <p>Objects a result shares with its inputs (stores, their names and ids, the cart's SKUs, ranking
 * criterion names, enum constants, the empty list, the JDK's cached whole-hour local times) are not
 * counted, because the query does not allocate them.
 *
 * <p>Usage: {@code ResultAllocation STORES CART_LINES [DATA_DIR]}, such as {@code 100000 5}, with
 * {@code -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true} so that JOL can size record
 * fields. Exits with status 1 when the queries allocated more than a byte per query beyond what
 * their results hold.
 */
public final class ResultAllocation {

  private static final int WARM_UP_PASSES = 100;

  private ResultAllocation() {}

  /** Runs the check; see the class description for the arguments. */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ResultAllocation STORES CART_LINES [DATA_DIR], such as 100000 5");
      System.exit(2);
    }
    int storeCount = Integer.parseInt(args[0]);
    int cartLines = Integer.parseInt(args[1]);
    Path dataDir = Path.of(args.length == 3 ? args[2] : "bopis-examples/data");

    SyntheticNetwork network =
        SyntheticNetwork.build(storeCount, NetworkLayout.US_BOX, 0.3, dataDir, 42);
    PickupOptionsService service =
        PickupOptionsService.builder(
                StoreIndex.of(network.stores), AvailabilitySource.of(network.inventory))
            .build();
    int requestCount = PickupOptionsBenchmark.REQUESTS;
    List<Cart> carts = network.carts(cartLines, requestCount, 7);
    PickupOptionsRequest[] requests = new PickupOptionsRequest[requestCount];
    for (int r = 0; r < requestCount; r++) {
      requests[r] =
          PickupOptionsRequest.builder(
                  network.customers.get(r % network.customers.size()),
                  carts.get(r),
                  PickupOptionsBenchmark.PLACED_AT)
              .radius(25, DistanceUnit.KILOMETERS)
              .includePartial(true)
              .build();
    }

    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (PickupOptionsRequest request : requests) {
        service.options(request);
      }
    }

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Object[] results = new Object[requestCount];
    // The counter brackets each call, so that nothing the loop around it does is counted.
    long allocated = 0;
    for (int r = 0; r < requestCount; r++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      results[r] = service.options(requests[r]);
      allocated += threads.getCurrentThreadAllocatedBytes() - before;
    }

    // Both walks include the shared objects, so their difference is what only the results reach.
    Object[] sharedRoots = {
      network.stores.toArray(),
      requests,
      service.policy(),
      DistanceUnit.values(),
      ReadyPromise.values(),
      List.of(),
      wholeHours()
    };
    long sharedBytes = GraphLayout.parseInstance(sharedRoots).totalSize();
    Object[] allRoots = Arrays.copyOf(sharedRoots, sharedRoots.length + 1);
    allRoots[sharedRoots.length] = results;
    // The array of results was allocated before counting started.
    long resultBytes =
        GraphLayout.parseInstance(allRoots).totalSize()
            - sharedBytes
            - VM.current().sizeOf(results);
    long optionCount = 0;
    for (Object result : results) {
      optionCount += ((List<?>) result).size();
    }

    System.out.printf(
        "%d queries, %d stores, %d-line carts, %d options listed%n"
            + "allocated by the queries: %d bytes (%.1f per query)%n"
            + "held by their results:    %d bytes (%.1f per query)%n"
            + "difference:               %d bytes%n",
        requestCount,
        storeCount,
        cartLines,
        optionCount,
        allocated,
        (double) allocated / requestCount,
        resultBytes,
        (double) resultBytes / requestCount,
        allocated - resultBytes);
    if (allocated > resultBytes + requestCount) {
      // A temporary object in every query would add at least 16 bytes per query, the size of the
      // smallest object, so a byte per query on average is the bound.
      System.exit(1);
    }
  }

  /** Returns the local times that {@link LocalTime#of(int, int)} shares for whole hours. */
  private static LocalTime[] wholeHours() {
    LocalTime[] hours = new LocalTime[24];
    for (int hour = 0; hour < 24; hour++) {
      hours[hour] = LocalTime.of(hour, 0);
    }
    return hours;
  }
}
