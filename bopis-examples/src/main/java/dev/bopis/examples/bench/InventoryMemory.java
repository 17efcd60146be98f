package dev.bopis.examples.bench;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.SplittableRandom;

/**
 * Measures the heap that {@link InMemoryInventory} needs per stocked store and SKU pair: loads
 * {@code stores x skus} pairs, each stocked with the given percentage, and prints the heap used
 * after garbage collection, before and after loading.
 *
 * <p>Usage: {@code InventoryMemory STORES SKUS PERCENT}, for example {@code 100000 20000 30}. Run
 * it with a heap large enough for the result and the parallel collector, whose heap figures after
 * {@code System.gc()} are stable.
 */
public final class InventoryMemory {

  private InventoryMemory() {}

  /** Runs the measurement; see the class description for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: InventoryMemory STORES SKUS PERCENT, such as 100000 20000 30");
      System.exit(2);
    }
    int storeCount = Integer.parseInt(args[0]);
    int skuCount = Integer.parseInt(args[1]);
    int percent = Integer.parseInt(args[2]);
    Sku[] skus = new Sku[skuCount];
    for (int i = 0; i < skuCount; i++) {
      skus[i] = Sku.of("SKU-" + i);
    }
    StoreId[] stores = new StoreId[storeCount];
    for (int i = 0; i < storeCount; i++) {
      stores[i] = StoreId.of("S-" + i);
    }

    long before = usedAfterGc();
    InMemoryInventory inventory = new InMemoryInventory();
    SplittableRandom random = new SplittableRandom(1);
    long pairs = 0;
    for (StoreId store : stores) {
      for (Sku sku : skus) {
        if (random.nextInt(100) < percent) {
          inventory.put(store, sku, 1 + random.nextInt(20), 0);
          pairs++;
        }
      }
      // A read sorts the store's rows, as the first query after a load would.
      inventory.level(store, skus[0]);
    }
    long after = usedAfterGc();

    System.out.printf(
        "%d stores x %d SKUs, %d stocked pairs: %.1f MB of heap, %.2f bytes per pair%n",
        storeCount, skuCount, pairs, (after - before) / 1e6, (double) (after - before) / pairs);
    // Keeps the inventory reachable until after the measurement.
    System.out.println(inventory.level(stores[0], skus[0]));
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
