package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.testing.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Availability read without the store lock while writers change the same store returns only states
 * that a writer left complete.
 */
class AvailabilityConcurrencyTest {

  private static final StoreId STORE = StoreId.of("STORE-1");
  private static final StoreId OTHER_STORE = StoreId.of("STORE-2");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku CAP = Sku.of("CAP");
  private static final Sku WATCHED = Sku.of("WATCHED");

  private static final int WRITERS = 3;
  private static final int READERS = 3;
  private static final int CYCLES_PER_WRITER = 2_000;
  private static final int NEW_SKUS = 10_000;

  /** Reads per reader before it checks whether the writers have finished. */
  private static final int MIN_READS_PER_READER = 10_000;

  /** Upper bound of reads per reader, however long the writers run. */
  private static final int MAX_READS_PER_READER = 5_000_000;

  private static final long ON_HAND = 1_000;
  private static final long WATCHED_ON_HAND = 777;
  private static final long WATCHED_SAFETY = 3;

  @Test
  void availability_neverSeesHalfAppliedReservation() throws InterruptedException {
    // The journal runs under the store lock between one SKU's change and the next, so yielding
    // there leaves a reader plenty of chances to run while only MUG or only CAP has moved.
    InMemoryInventory inventory = new InMemoryInventory(movement -> Thread.yield());
    inventory.put(STORE, MUG, ON_HAND, 0);
    inventory.put(STORE, CAP, ON_HAND, 0);
    Progress progress = new Progress(WRITERS);
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      OrderId order = OrderId.of("ORDER-" + w);
      tasks.add(() -> reserveAndRelease(inventory, order, progress));
    }
    for (int r = 0; r < READERS; r++) {
      tasks.add(() -> readPairs(inventory, progress));
    }

    List<Race.Outcome<Long>> outcomes = Race.run(tasks);

    for (Race.Outcome<Long> outcome : outcomes) {
      assertThat(outcome.failure()).isNull();
    }
    assertThat(progress.firstMismatch.get()).isNull();
    AvailabilityMatrix afterRace = inventory.availability(List.of(STORE), List.of(MUG, CAP));
    assertThat(afterRace.available(0, 0)).isEqualTo(ON_HAND);
    assertThat(afterRace.available(0, 1)).isEqualTo(ON_HAND);
  }

  @Test
  void availability_existingSkuStableWhileRowsInserted() throws InterruptedException {
    InMemoryInventory inventory = new InMemoryInventory();
    // Stocking the new SKUs at another store first gives them codes below the watched SKU's, so
    // each later put at STORE inserts a row and an extra ahead of the watched SKU and shifts it.
    List<Sku> newSkus = new ArrayList<>();
    for (int i = 0; i < NEW_SKUS; i++) {
      Sku sku = Sku.of("NEW-" + i);
      inventory.put(OTHER_STORE, sku, 1, 0);
      newSkus.add(sku);
    }
    inventory.put(STORE, WATCHED, WATCHED_ON_HAND, WATCHED_SAFETY);
    Progress progress = new Progress(1);
    List<Callable<Long>> tasks = new ArrayList<>();
    tasks.add(() -> putNewSkus(inventory, newSkus, progress));
    for (int r = 0; r < READERS; r++) {
      tasks.add(() -> readWatched(inventory, progress));
    }

    List<Race.Outcome<Long>> outcomes = Race.run(tasks);

    for (Race.Outcome<Long> outcome : outcomes) {
      assertThat(outcome.failure()).isNull();
    }
    assertThat(progress.firstMismatch.get()).isNull();
    assertThat(inventory.level(STORE, WATCHED))
        .isEqualTo(new StockLevel(WATCHED_ON_HAND, 0, WATCHED_SAFETY));
    assertThat(inventory.snapshot().get(STORE)).hasSize(NEW_SKUS + 1);
  }

  /** Reserves one MUG and one CAP for {@code order} and releases both, over and over. */
  private static long reserveAndRelease(
      InMemoryInventory inventory, OrderId order, Progress progress) throws InterruptedException {
    try {
      progress.awaitReaders();
      for (int cycle = 0; cycle < CYCLES_PER_WRITER; cycle++) {
        ReservationResult result = inventory.reserve(order, STORE, Map.of(MUG, 1L, CAP, 1L));
        if (!(result instanceof ReservationResult.Reserved)) {
          throw new AssertionError("reservation " + cycle + " of " + order + " failed: " + result);
        }
        inventory.releaseAll(order, ReasonCode.CUSTOMER_CANCELLED);
      }
      return CYCLES_PER_WRITER;
    } finally {
      progress.writersLeft.decrementAndGet();
    }
  }

  /**
   * Puts every new SKU at STORE, highest code first, so each row goes in at the front, and every
   * third one with safety stock, so extras are inserted too.
   */
  private static long putNewSkus(InMemoryInventory inventory, List<Sku> newSkus, Progress progress)
      throws InterruptedException {
    try {
      progress.awaitReaders();
      for (int i = newSkus.size() - 1; i >= 0; i--) {
        inventory.put(STORE, newSkus.get(i), 5, i % 3 == 0 ? 1 : 0);
      }
      return newSkus.size();
    } finally {
      progress.writersLeft.decrementAndGet();
    }
  }

  /**
   * Reads MUG and CAP while a writer runs, at least {@link #MIN_READS_PER_READER} times, and stores
   * the first pair that did not move together. It returns the reads done.
   */
  private static long readPairs(InMemoryInventory inventory, Progress progress) {
    List<StoreId> stores = List.of(STORE);
    List<Sku> skus = List.of(MUG, CAP);
    long[] into = new long[2];
    long reads = 0;
    while (progress.keepReading(reads)) {
      inventory.availability(stores, skus, into);
      reads++;
      progress.readerStarted(reads);
      boolean together = into[0] == into[1];
      boolean inRange = into[0] >= ON_HAND - WRITERS && into[0] <= ON_HAND;
      if (!together || !inRange) {
        progress.mismatch("read " + reads + " returned MUG " + into[0] + " and CAP " + into[1]);
      }
    }
    return reads;
  }

  /**
   * Reads the watched SKU while the writer runs, at least {@link #MIN_READS_PER_READER} times, and
   * stores the first wrong value. It returns the reads done.
   */
  private static long readWatched(InMemoryInventory inventory, Progress progress) {
    List<StoreId> stores = List.of(STORE);
    List<Sku> skus = List.of(WATCHED);
    long[] into = new long[1];
    long reads = 0;
    while (progress.keepReading(reads)) {
      inventory.availability(stores, skus, into);
      reads++;
      progress.readerStarted(reads);
      if (into[0] != WATCHED_ON_HAND - WATCHED_SAFETY) {
        progress.mismatch("read " + reads + " returned WATCHED " + into[0]);
      }
    }
    return reads;
  }

  /**
   * State shared by the readers and writers of one test: writers start once every reader has read
   * once, so their changes overlap reads, and readers stop at the first mismatch.
   */
  private static final class Progress {
    final AtomicInteger writersLeft;
    final AtomicReference<String> firstMismatch = new AtomicReference<>();
    private final CountDownLatch readersStarted = new CountDownLatch(READERS);

    Progress(int writers) {
      writersLeft = new AtomicInteger(writers);
    }

    void readerStarted(long reads) {
      if (reads == 1) {
        readersStarted.countDown();
      }
    }

    void awaitReaders() throws InterruptedException {
      if (!readersStarted.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out after 30 s waiting for every reader's first read");
      }
    }

    void mismatch(String description) {
      firstMismatch.compareAndSet(null, description);
    }

    boolean keepReading(long reads) {
      if (firstMismatch.get() != null || reads >= MAX_READS_PER_READER) {
        return false;
      }
      return reads < MIN_READS_PER_READER || writersLeft.get() > 0;
    }
  }
}
