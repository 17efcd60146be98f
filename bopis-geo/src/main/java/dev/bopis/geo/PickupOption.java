package dev.bopis.geo;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One pickup location offered for a cart, with what a storefront shows and why it ranked where it
 * did.
 *
 * @param rank the position in the result, from 1
 * @param storeId the store's location id
 * @param name the store's display name
 * @param distance the great-circle distance from the customer in {@code unit}
 * @param unit the unit of {@code distance}, as requested
 * @param canFillCart whether the store has enough available units of every line
 * @param shortLines the lines the store cannot fill in full; empty when {@code canFillCart}
 * @param methods the pickup methods the store offers
 * @param readyEstimate when the order would be ready, in the store's zone, with a coarse promise
 * @param preparationLead the store's time to pick and stage one order
 * @param sameDayCutoff the store-local time after which orders start the next open day, or null
 * @param workload the orders the store is preparing and its capacity per hour
 * @param ranking the value of each ranking criterion, in the order the policy applies them
 */
public record PickupOption(
    int rank,
    StoreId storeId,
    String name,
    double distance,
    DistanceUnit unit,
    boolean canFillCart,
    List<ShortLine> shortLines,
    Set<PickupMethod> methods,
    ReadyEstimate readyEstimate,
    Duration preparationLead,
    @Nullable LocalTime sameDayCutoff,
    Workload workload,
    List<RankingFactor> ranking) {

  /**
   * Validates and copies the option.
   *
   * @throws NullPointerException if an argument other than {@code sameDayCutoff} is null
   * @throws IllegalArgumentException if {@code rank} is below 1, or {@code canFillCart} does not
   *     match whether {@code shortLines} is empty
   */
  public PickupOption {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(readyEstimate, "readyEstimate");
    Objects.requireNonNull(preparationLead, "preparationLead");
    Objects.requireNonNull(workload, "workload");
    shortLines = FixedList.copyOf(shortLines);
    methods = Set.copyOf(methods);
    ranking = FixedList.copyOf(ranking);
    if (rank < 1) {
      throw new IllegalArgumentException("rank " + rank + " of store " + storeId + " must be >= 1");
    }
    if (canFillCart != shortLines.isEmpty()) {
      throw new IllegalArgumentException(
          "store "
              + storeId
              + " has canFillCart "
              + canFillCart
              + " but short lines "
              + shortLines
              + "; a store fills the cart exactly when no line is short");
    }
  }
}
