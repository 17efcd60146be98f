package dev.bopis.examples.json;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One store in a pickup-options response.
 *
 * @param storeId the store's location id
 * @param name the store's display name
 * @param distance great-circle distance from the customer, in the unit of the request's radius
 * @param canFillCart whether the store can supply every line of the cart
 * @param shortLines the SKUs it cannot supply in full; empty exactly when {@code canFillCart}
 * @param methods the pickup methods the store offers
 * @param ready the estimated ready time, or null when the store does not open within the search
 *     horizon of its calendar
 */
public record PickupOption(
    StoreId storeId,
    String name,
    Distance distance,
    boolean canFillCart,
    List<Shortage> shortLines,
    Set<PickupMethod> methods,
    @Nullable ReadyEstimate ready) {

  /**
   * Validates and copies the option.
   *
   * @throws IllegalArgumentException if {@code canFillCart} disagrees with {@code shortLines}
   */
  public PickupOption {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(distance, "distance");
    shortLines = List.copyOf(shortLines);
    methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
    if (canFillCart != shortLines.isEmpty()) {
      throw new IllegalArgumentException(
          "store "
              + storeId
              + " has canFillCart "
              + canFillCart
              + " but "
              + shortLines.size()
              + " short lines; list short lines exactly when the cart cannot be filled");
    }
  }
}
