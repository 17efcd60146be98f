package dev.bopis.core.inventory;

import dev.bopis.core.model.Sku;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dense int codes for SKUs, so per-store stock tables store 4-byte codes instead of references.
 * Thread-safe; a code, once given, never changes.
 */
final class SkuCodes {

  private final ConcurrentHashMap<Sku, Integer> codes = new ConcurrentHashMap<>();
  private volatile Sku[] skus = new Sku[1024];

  /** Returns the code of {@code sku}, or -1 if it was never coded. */
  int find(Sku sku) {
    Integer code = codes.get(sku);
    return code == null ? -1 : code;
  }

  /** Returns the code of {@code sku}, giving it the next free code if it has none. */
  int codeOf(Sku sku) {
    Integer code = codes.get(sku);
    return code != null ? code : assign(sku);
  }

  private synchronized int assign(Sku sku) {
    Integer existing = codes.get(sku);
    if (existing != null) {
      return existing;
    }
    int code = codes.size();
    Sku[] table = skus;
    if (code == table.length) {
      table = Arrays.copyOf(table, table.length * 2);
    }
    table[code] = sku;
    // Publish the array before the code, so a reader that finds the code also finds the SKU.
    skus = table;
    codes.put(sku, code);
    return code;
  }

  /** Returns the SKU of {@code code}. */
  Sku skuOf(int code) {
    return skus[code];
  }
}
