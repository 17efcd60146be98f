package dev.bopis.geo;

import dev.bopis.core.model.StoreId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small, stable numbers for store ids, shared by every index and assortment of the JVM.
 *
 * <p>The store index keeps each store's number beside its coordinates, so that an {@link
 * Assortment} test during a search reads a bit by number instead of hashing the store id. A number
 * is given on first use and never changes or gets reused. The table grows by one entry of a few
 * dozen bytes per distinct store id. Thread-safe.
 */
final class StoreNumbers {

  private static final ConcurrentHashMap<StoreId, Integer> NUMBERS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private StoreNumbers() {}

  /** Returns the number of {@code id}, giving it the next free number on first use. */
  static int of(StoreId id) {
    Integer number = NUMBERS.get(id);
    return number != null ? number : NUMBERS.computeIfAbsent(id, key -> NEXT.getAndIncrement());
  }
}
