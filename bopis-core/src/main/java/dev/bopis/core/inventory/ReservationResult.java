package dev.bopis.core.inventory;

import dev.bopis.core.model.StoreId;
import java.util.List;
import java.util.Objects;

/** Outcome of an all-or-nothing reservation. */
public sealed interface ReservationResult {

  /**
   * Every line was reserved.
   *
   * @param allocation what the order now holds
   */
  record Reserved(Allocation allocation) implements ReservationResult {
    /** Validates the result. */
    public Reserved {
      Objects.requireNonNull(allocation, "allocation");
    }
  }

  /**
   * Nothing was reserved because the store cannot supply every line.
   *
   * @param storeId the store
   * @param shortages the SKUs it is short of, at least one
   */
  record InsufficientStock(StoreId storeId, List<Shortage> shortages) implements ReservationResult {
    /**
     * Validates and copies the shortages.
     *
     * @throws IllegalArgumentException if {@code shortages} is empty
     */
    public InsufficientStock {
      Objects.requireNonNull(storeId, "storeId");
      shortages = List.copyOf(shortages);
      if (shortages.isEmpty()) {
        throw new IllegalArgumentException("insufficient stock needs at least one shortage");
      }
    }
  }
}
