package dev.bopis.core.service;

import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.PickupOrder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Outcome of placing an order: placed and reserved, or declined with the reason. */
public sealed interface PlacementResult {

  /**
   * The order is stored, its stock reserved and the store notified.
   *
   * @param order the stored order
   * @param outcome {@link CommandOutcome#APPLIED}, or {@link CommandOutcome#DUPLICATE} when the
   *     order id was placed before and this is that first order
   */
  record Placed(PickupOrder order, CommandOutcome outcome) implements PlacementResult {
    /** Validates the result. */
    public Placed {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Nothing was stored or reserved.
   *
   * @param reason why
   * @param message a sentence naming the store, SKUs or window involved
   * @param shortages for a stock reason, what the chosen or nearest store lacks
   * @param shipToHomeOffered whether the caller should offer ship-to-home instead
   * @param proposedWindow for a rejected pickup window, the earliest valid one, or null
   */
  record Declined(
      DeclineReason reason,
      String message,
      List<Shortage> shortages,
      boolean shipToHomeOffered,
      @Nullable PickupWindow proposedWindow)
      implements PlacementResult {
    /** Validates and copies the result. */
    public Declined {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
      shortages = List.copyOf(shortages);
    }
  }

  /** Reason a placement was declined. */
  enum DeclineReason {
    /** No pickup store within reach can fill the whole cart. */
    NO_STORE_CAN_FILL_CART,
    /** The chosen store lacks units of at least one SKU. */
    INSUFFICIENT_STOCK,
    /** The chosen store is unknown, does not take pickup orders, or lacks the pickup method. */
    STORE_NOT_AVAILABLE,
    /** The requested pickup window cannot be met at any candidate store. */
    PICKUP_WINDOW_REJECTED
  }
}
