package dev.bopis.core.sourcing;

import dev.bopis.core.model.StoreId;
import java.util.List;

/**
 * Port that proposes the stores to try for an order, best first.
 *
 * <p>A candidate must offer pickup with the requested method and, by the finder's latest
 * availability view, be able to fill the whole cart. The view may be stale: the library reserves at
 * the authoritative inventory port and moves to the next candidate if that fails. {@code bopis-geo}
 * provides the nearest-first implementation. Implementations must be safe to call from many
 * threads.
 */
@FunctionalInterface
public interface CandidateFinder {

  /** Returns up to {@code request.limit()} candidate stores, best first; empty if none. */
  List<StoreId> candidates(SourcingRequest request);
}
