package dev.bopis.core.order;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a pickup order, emitted once per applied transition.
 *
 * <p>Every event names the order, the store the order was at, the time from the injected clock, the
 * command that caused it (null for the scheduler) and the order version it produced. Listeners
 * receive the events of one order in version order.
 */
public sealed interface OrderEvent {

  /** Returns the order. */
  OrderId orderId();

  /** Returns the store the order was at when the event happened. */
  StoreId storeId();

  /** Returns when it happened. */
  Instant at();

  /** Returns the command that caused it, or null when the scheduler caused it. */
  @Nullable CommandId commandId();

  /** Returns the order version this event produced. */
  long version();

  /** The order was placed and its stock reserved at {@code storeId}. */
  record OrderPlaced(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      PickupMethod method,
      Map<Sku, Long> reserved)
      implements OrderEvent {}

  /** The store acknowledged the order. */
  record StoreAccepted(
      OrderId orderId, StoreId storeId, Instant at, @Nullable CommandId commandId, long version)
      implements OrderEvent {}

  /**
   * The store at {@code storeId} rejected the order or did not acknowledge it in time; the order
   * moved to {@code nextStoreId}, or ended unfulfillable when that is null.
   */
  record StoreRejected(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      String reason,
      @Nullable StoreId nextStoreId)
      implements OrderEvent {}

  /** The store started picking. */
  record PickingStarted(
      OrderId orderId, StoreId storeId, Instant at, @Nullable CommandId commandId, long version)
      implements OrderEvent {}

  /** The store could not find some units; the order continues with the rest. */
  record ShortPicked(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      List<Shortage> shortages)
      implements OrderEvent {}

  /** The order was staged; the hold window runs until {@code holdUntil}. */
  record ReadyForPickup(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Instant holdUntil)
      implements OrderEvent {}

  /** A reminder went out; the hold window ends at {@code holdUntil}. */
  record ReminderSent(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Instant holdUntil)
      implements OrderEvent {}

  /** The hold window was extended to {@code holdUntil}. */
  record HoldExtended(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Instant holdUntil)
      implements OrderEvent {}

  /** The customer checked in at the store. */
  record CustomerArrived(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Arrival arrival)
      implements OrderEvent {}

  /**
   * The customer collected {@code collected}; {@code released} went back to sellable stock (empty
   * for a full pickup).
   */
  record PickedUp(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Map<Sku, Long> collected,
      Map<Sku, Long> released)
      implements OrderEvent {}

  /** Nobody collected in time; {@code restocked} went back to sellable stock. */
  record OrderExpired(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      Map<Sku, Long> restocked,
      ReasonCode reason)
      implements OrderEvent {}

  /** The order was cancelled; {@code released} went back to sellable stock. */
  record OrderCancelled(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      CancelledBy by,
      ReasonCode reason,
      Map<Sku, Long> released)
      implements OrderEvent {}

  /** No store could take the order for pickup; ship-to-home was offered if allowed. */
  record OrderUnfulfillable(
      OrderId orderId,
      StoreId storeId,
      Instant at,
      @Nullable CommandId commandId,
      long version,
      String reason,
      boolean shipToHomeOffered)
      implements OrderEvent {}
}
