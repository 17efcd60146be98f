package dev.bopis.geo;

import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The steps that pickup options and sourcing share, applied to the candidates in a {@link
 * QueryScratch}: eligibility before stock, then one availability call for every remaining store.
 */
final class CandidatePipeline {

  private CandidatePipeline() {}

  /**
   * Keeps the candidates that offer pickup (with {@code method}, when given), are not in {@code
   * excluded} and pass every filter; loads each one's orders in preparation.
   *
   * @throws IllegalStateException if {@code workload} returns a negative count
   */
  static void keepEligible(
      QueryScratch scratch,
      @Nullable PickupMethod method,
      Set<StoreId> excluded,
      List<EligibilityFilter> filters,
      @Nullable ToIntFunction<StoreId> workload) {
    int keptCount = 0;
    for (int i = 0; i < scratch.count; i++) {
      PickupLocation store = scratch.stores[i];
      if (!store.pickupEnabled() || (method != null && !store.offers(method))) {
        continue;
      }
      if (!excluded.isEmpty() && excluded.contains(store.id())) {
        continue;
      }
      int ordersInPreparation = workload == null ? 0 : workload.applyAsInt(store.id());
      if (ordersInPreparation < 0) {
        throw new IllegalStateException(
            "workload function returned "
                + ordersInPreparation
                + " orders in preparation for store "
                + store.id()
                + "; it must return zero or more");
      }
      if (!passes(filters, store, ordersInPreparation)) {
        continue;
      }
      scratch.stores[keptCount] = store;
      scratch.numbers[keptCount] = scratch.numbers[i];
      scratch.distanceKm[keptCount] = scratch.distanceKm[i];
      scratch.workload[keptCount] = ordersInPreparation;
      keptCount++;
    }
    scratch.truncate(keptCount);
  }

  private static boolean passes(
      List<EligibilityFilter> filters, PickupLocation store, int ordersInPreparation) {
    for (int f = 0; f < filters.size(); f++) {
      if (!filters.get(f).test().test(store, ordersInPreparation)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes the next index search in {@code scratch} skip the stores that the assortment does not
   * record as stocking every cart SKU, the only ones that can possibly fill the whole cart. The
   * search tests a store by its number before it reads the store itself, so the stores skipped cost
   * a few bit tests each.
   *
   * @return false when some cart SKU is stocked nowhere, so that no store can fill the cart
   */
  static boolean requireWholeCartAssortment(QueryScratch scratch, Assortment assortment) {
    Assortment.Bitmap[] bitmaps = scratch.bitmaps();
    for (int line = 0; line < scratch.lines; line++) {
      Assortment.Bitmap bitmap = assortment.bitmap(scratch.skus[line]);
      if (bitmap == null) {
        return false;
      }
      bitmaps[line] = bitmap;
    }
    scratch.requiredBitmaps = scratch.lines;
    return true;
  }

  static boolean stocksEveryLine(Assortment.Bitmap[] bitmaps, int lines, int number) {
    for (int line = 0; line < lines; line++) {
      if (!bitmaps[line].get(number)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Loads the available units of every cart line at every candidate with one call to {@code
   * source}, and marks the candidates that can fill the whole cart. Does nothing when there are no
   * candidates.
   *
   * @throws IllegalStateException if the matrix does not have the requested rows and columns
   */
  static void loadAvailability(QueryScratch scratch, AvailabilitySource source) {
    int count = scratch.count;
    int lines = scratch.lines;
    if (count == 0) {
      return;
    }
    // The request lists live in the per-thread scratch, so a warm query allocates none here.
    List<StoreId> storeList = scratch.storeIdList();
    List<Sku> skuList = scratch.skuList();
    scratch.prepareAvailability();

    source.availability(storeList, skuList, scratch.available);

    for (int i = 0; i < count; i++) {
      boolean fills = true;
      for (int line = 0; line < lines; line++) {
        long available = Math.max(0, scratch.available[i * lines + line]);
        scratch.available[i * lines + line] = available;
        fills &= available >= scratch.requested[line];
      }
      scratch.fills[i] = fills;
    }
  }

  /** Keeps the candidates that can fill the whole cart, with their availability rows. */
  static void keepWholeCart(QueryScratch scratch) {
    int lines = scratch.lines;
    int keptCount = 0;
    for (int i = 0; i < scratch.count; i++) {
      if (!scratch.fills[i]) {
        continue;
      }
      scratch.stores[keptCount] = scratch.stores[i];
      scratch.numbers[keptCount] = scratch.numbers[i];
      scratch.distanceKm[keptCount] = scratch.distanceKm[i];
      scratch.workload[keptCount] = scratch.workload[i];
      scratch.fills[keptCount] = true;
      System.arraycopy(scratch.available, i * lines, scratch.available, keptCount * lines, lines);
      keptCount++;
    }
    scratch.truncate(keptCount);
  }
}
