package dev.bopis.examples.json;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.service.CommandResult;
import dev.bopis.core.service.PickupService;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status update an order-management system or a store app sends for one order, read from JSON by
 * {@link StatusUpdateJson} and applied with {@link #applyTo}.
 *
 * <p>Store steps (accept, reject, start picking, short pick, ready) name the acting store, and the
 * service refuses them when the order is routed elsewhere. The other steps may name a store; when
 * they do, {@link #applyTo} checks it against the order's store first.
 */
public sealed interface StatusUpdate {

  /** Returns the command id; a redelivered update carries the same id. */
  CommandId commandId();

  /** Returns the store sending the update, or null when the customer or the system sends it. */
  @Nullable StoreId storeId();

  /**
   * Applies the update to {@code orderId} through {@code service}.
   *
   * @return what the command did
   * @throws dev.bopis.core.order.IllegalTransitionException if the order's state does not allow the
   *     step
   * @throws WrongStoreException if the acting store is not the order's store
   * @throws IllegalArgumentException if the order is unknown or a quantity does not fit the order
   */
  CommandResult applyTo(PickupService service, OrderId orderId);

  /** The store accepts the order. */
  record Accept(CommandId commandId, StoreId storeId) implements StatusUpdate {
    /** Validates the update. */
    public Accept {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(storeId, "storeId");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      return service.accept(orderId, storeId, commandId);
    }
  }

  /** The store rejects the order for {@code reason}; the order moves to the next store. */
  record Reject(CommandId commandId, StoreId storeId, String reason) implements StatusUpdate {
    /** Validates the update. */
    public Reject {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(storeId, "storeId");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      return service.reject(orderId, storeId, commandId, reason);
    }
  }

  /** The store starts picking. */
  record StartPicking(CommandId commandId, StoreId storeId) implements StatusUpdate {
    /** Validates the update. */
    public StartPicking {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(storeId, "storeId");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      return service.startPicking(orderId, storeId, commandId);
    }
  }

  /** The store could not find {@code missing} units per SKU. */
  record ShortPick(CommandId commandId, StoreId storeId, Map<Sku, Long> missing)
      implements StatusUpdate {
    /**
     * Validates and copies the update.
     *
     * @throws IllegalArgumentException if {@code missing} is empty
     */
    public ShortPick {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(storeId, "storeId");
      missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
      if (missing.isEmpty()) {
        throw new IllegalArgumentException(
            "short pick " + commandId + " lists no SKU; pass the units not found");
      }
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      return service.reportShortPick(orderId, storeId, commandId, missing);
    }
  }

  /** The store staged the order; the ready notification goes to the customer once. */
  record MarkReady(CommandId commandId, StoreId storeId) implements StatusUpdate {
    /** Validates the update. */
    public MarkReady {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(storeId, "storeId");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      return service.markReady(orderId, storeId, commandId);
    }
  }

  /** The customer checked in on arrival. */
  record CheckIn(CommandId commandId, @Nullable StoreId storeId, Arrival arrival)
      implements StatusUpdate {
    /** Validates the update. */
    public CheckIn {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(arrival, "arrival");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      requireOrderStore(service, orderId, storeId);
      return service.checkIn(orderId, commandId, arrival);
    }
  }

  /**
   * The customer collected {@code collected} units per SKU; an empty map means every unit the store
   * prepared.
   */
  record PickedUp(CommandId commandId, @Nullable StoreId storeId, Map<Sku, Long> collected)
      implements StatusUpdate {
    /** Validates and copies the update. */
    public PickedUp {
      Objects.requireNonNull(commandId, "commandId");
      collected = Collections.unmodifiableMap(new LinkedHashMap<>(collected));
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      requireOrderStore(service, orderId, storeId);
      return collected.isEmpty()
          ? service.pickUpAll(orderId, commandId)
          : service.pickUp(orderId, commandId, collected);
    }
  }

  /** The hold window is extended once more, if the policy allows. */
  record ExtendHold(CommandId commandId, @Nullable StoreId storeId) implements StatusUpdate {
    /** Validates the update. */
    public ExtendHold {
      Objects.requireNonNull(commandId, "commandId");
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      requireOrderStore(service, orderId, storeId);
      return service.extendHold(orderId, commandId);
    }
  }

  /**
   * The order is cancelled by {@code by} with {@code reason}.
   *
   * @param storeId the cancelling store; required when {@code by} is {@link CancelledBy#STORE}
   */
  record Cancel(CommandId commandId, @Nullable StoreId storeId, CancelledBy by, ReasonCode reason)
      implements StatusUpdate {
    /**
     * Validates the update.
     *
     * @throws IllegalArgumentException if a store cancels without naming itself
     */
    public Cancel {
      Objects.requireNonNull(commandId, "commandId");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
      if (by == CancelledBy.STORE && storeId == null) {
        throw new IllegalArgumentException(
            "cancel " + commandId + " is by a store but names none; pass the store id");
      }
    }

    @Override
    public CommandResult applyTo(PickupService service, OrderId orderId) {
      requireOrderStore(service, orderId, storeId);
      return service.cancel(orderId, commandId, by, reason);
    }
  }

  /**
   * Throws {@link WrongStoreException} when {@code acting} is set and is not the order's store.
   *
   * <p>NOTE: the check reads the order before the command runs. Staged orders never move, but a
   * store cancelling an order that is not yet staged can race a re-route and cancel it anyway.
   */
  private static void requireOrderStore(
      PickupService service, OrderId orderId, @Nullable StoreId acting) {
    if (acting == null) {
      return;
    }
    PickupOrder order =
        service
            .find(orderId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "order " + orderId + " not found; place it before updating its status"));
    if (!order.storeId().equals(acting)) {
      throw new WrongStoreException(orderId, order.storeId(), acting);
    }
  }
}
