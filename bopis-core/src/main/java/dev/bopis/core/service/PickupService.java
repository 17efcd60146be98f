package dev.bopis.core.service;

import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.calendar.PickupWindowCheck;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.Notifier;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.ConcurrentOrderUpdateException;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.OrderStep;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the pickup flow: places orders, applies store and customer steps, and
 * processes what is due.
 *
 * <p>Every method may be called concurrently from many threads, and several instances on several
 * nodes may share one {@link OrderRepository} and {@link InventoryPort}. Each command reads the
 * order, checks the step against {@link OrderStep}, and stores the next version only if no other
 * writer stored a version first. Otherwise it reads again and re-checks, so of two conflicting
 * commands exactly one applies. Inventory effects and notifications follow the stored change: they
 * are recorded in the order ({@link PickupOrder#stockSettled()} and {@link PickupOrder#outbox()})
 * and applied right after, and {@link #runDue()} applies any that a crash or a failing notifier
 * left pending.
 *
 * <p>Commands carry a {@link CommandId}: a redelivered command returns {@link
 * CommandOutcome#DUPLICATE} and does nothing, and a command asking for the state the order is
 * already in returns {@link CommandOutcome#ALREADY_IN_STATE}. A step the current state does not
 * allow throws {@link IllegalTransitionException} and changes nothing.
 *
 * <p>All times come from the injected {@link Clock}. Methods block only as long as the ports they
 * call, except that a placement racing another placement of the same order id waits up to {@value
 * #PLACEMENT_WAIT_MILLIS} ms for it to be stored.
 */
public final class PickupService {

  private static final int MAX_WRITE_ATTEMPTS = 8;

  /** How long a placement waits for a concurrent placement of the same order id to be stored. */
  private static final int PLACEMENT_WAIT_MILLIS = 200;

  private final StoreDirectory stores;
  private final InventoryPort inventory;
  private final OrderRepository orders;
  private final CandidateFinder candidates;
  private final Clock clock;
  private final PickupPolicy policy;
  private final ReadyTimes readyTimes;
  private final Deliveries deliveries;
  private final EventPublisher events;

  private PickupService(Builder builder) {
    this.stores = Objects.requireNonNull(builder.stores, "stores");
    this.inventory = Objects.requireNonNull(builder.inventory, "inventory");
    this.orders = Objects.requireNonNull(builder.orders, "orders");
    this.candidates = Objects.requireNonNull(builder.candidates, "candidates");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.policy = builder.policy;
    this.events = new EventPublisher(builder.listeners);
    this.readyTimes = new ReadyTimes(policy.preparationRule(), events.workload());
    this.deliveries = new Deliveries(Objects.requireNonNull(builder.notifier, "notifier"), policy);
  }

  /** Returns a builder; stores, inventory, orders, notifier and candidates are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the policy in force. */
  public PickupPolicy policy() {
    return policy;
  }

  /** Returns the latest stored version of the order, or empty if it is unknown. */
  public Optional<PickupOrder> find(OrderId orderId) {
    return orders.find(orderId);
  }

  /** Returns how many orders this instance saw accepted or picking at {@code storeId}. */
  public int ordersInPreparation(StoreId storeId) {
    return events.workload().ordersInPreparation(storeId);
  }

  /** Adds a listener that receives every event from now on. */
  public void addListener(OrderEventListener listener) {
    events.add(listener);
  }

  /**
   * Places an order at the chosen store, or at the nearest candidate that can fill the whole cart.
   * All of its units are reserved there in one atomic step, then the order is stored and routed to
   * the store with the pickup method and window.
   *
   * <p>Placing an order id that already exists returns that order as {@link
   * CommandOutcome#DUPLICATE}; when another thread is placing the same id at that moment, this call
   * waits up to {@value #PLACEMENT_WAIT_MILLIS} ms for it to be stored. When no store can take the
   * order the result is {@link PlacementResult.Declined} and nothing is stored or reserved.
   *
   * @throws IllegalArgumentException if the command is invalid
   * @throws IllegalStateException if a concurrent placement of the same order id reserved the stock
   *     but did not store the order within that wait
   */
  public PlacementResult place(PlaceOrder command) {
    Optional<PickupOrder> existing = orders.find(command.orderId());
    if (existing.isPresent()) {
      return new PlacementResult.Placed(existing.get(), CommandOutcome.DUPLICATE);
    }
    Instant now = clock.instant();
    Map<Sku, Long> quantities = command.cart().quantities();

    List<StoreId> storeIds;
    if (command.chosenStore() != null) {
      Optional<PickupLocation> chosen = stores.find(command.chosenStore());
      if (chosen.isEmpty() || !chosen.get().offers(command.method())) {
        return new PlacementResult.Declined(
            PlacementResult.DeclineReason.STORE_NOT_AVAILABLE,
            "store "
                + command.chosenStore()
                + " is unknown or does not offer "
                + command.method()
                + " pickup; choose another store",
            List.of(),
            false,
            null);
      }
      storeIds = List.of(command.chosenStore());
    } else {
      GeoPoint origin = Objects.requireNonNull(command.customerLocation());
      storeIds =
          candidates.candidates(
              new SourcingRequest(
                  origin, quantities, command.method(), Set.of(), policy.maxCandidates()));
    }

    List<Shortage> firstShortages = List.of();
    PickupWindowCheck.Rejected windowProblem = null;
    for (StoreId storeId : storeIds) {
      PickupLocation store = stores.find(storeId).orElse(null);
      if (store == null || !store.offers(command.method())) {
        continue;
      }
      ReadyEstimate estimate = readyTimes.estimate(store, command.method(), now).orElse(null);
      if (estimate == null) {
        continue;
      }
      if (command.pickupWindow() != null) {
        PickupWindowCheck check =
            readyTimes.checkWindow(
                command.pickupWindow(), store, now, estimate.readyAt(), policy.holdWindow());
        if (check instanceof PickupWindowCheck.Rejected rejected) {
          windowProblem = windowProblem == null ? rejected : windowProblem;
          continue;
        }
      }

      ReservationResult reservation;
      try {
        reservation = inventory.reserve(command.orderId(), storeId, quantities);
      } catch (IllegalStateException concurrentPlacement) {
        // Another thread placing the same order id reserved first; report its order.
        return awaitConcurrentPlacement(command.orderId()).orElseThrow(() -> concurrentPlacement);
      }
      if (reservation instanceof ReservationResult.InsufficientStock insufficient) {
        if (firstShortages.isEmpty()) {
          firstShortages = insufficient.shortages();
        }
        if (command.chosenStore() != null) {
          return new PlacementResult.Declined(
              PlacementResult.DeclineReason.INSUFFICIENT_STOCK,
              "store " + storeId + " cannot supply " + describe(insufficient.shortages()),
              insufficient.shortages(),
              policy.offerShipToHome(),
              null);
        }
        continue;
      }
      return new PlacementResult.Placed(
          storeNew(command, store, estimate, now), CommandOutcome.APPLIED);
    }

    if (windowProblem != null && firstShortages.isEmpty()) {
      return new PlacementResult.Declined(
          PlacementResult.DeclineReason.PICKUP_WINDOW_REJECTED,
          "pickup window "
              + windowProblem.requested()
              + " is rejected: "
              + windowProblem.reason()
              + windowProblem.proposal().map(w -> "; earliest valid window " + w).orElse(""),
          List.of(),
          false,
          windowProblem.proposal().orElse(null));
    }
    return new PlacementResult.Declined(
        PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART,
        "no pickup store can fill the whole cart of order " + command.orderId(),
        firstShortages,
        policy.offerShipToHome(),
        null);
  }

  /**
   * Waits for a concurrent placement of {@code orderId}, which reserved the stock, to store the
   * order: it stores it right after reserving, so a few milliseconds suffice. Returns empty if it
   * did not appear within about {@value #PLACEMENT_WAIT_MILLIS} ms.
   */
  private Optional<PlacementResult> awaitConcurrentPlacement(OrderId orderId) {
    for (int waited = 0; waited <= PLACEMENT_WAIT_MILLIS; waited++) {
      Optional<PickupOrder> stored = orders.find(orderId);
      if (stored.isPresent()) {
        return Optional.of(new PlacementResult.Placed(stored.get(), CommandOutcome.DUPLICATE));
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }

  private PickupOrder storeNew(
      PlaceOrder command, PickupLocation store, ReadyEstimate estimate, Instant now) {
    PickupOrder draft =
        new PickupOrder(
            command.orderId(),
            1,
            command.customer(),
            command.customerLocation(),
            command.cart().lines(),
            command.method(),
            command.pickupWindow(),
            OrderState.SOURCED,
            store.id(),
            List.of(),
            now,
            now,
            now.plus(policy.acknowledgeTimeout()),
            estimate.readyAt(),
            null,
            null,
            List.of(),
            0,
            Map.of(),
            Map.of(),
            null,
            null,
            null,
            true,
            Map.of(command.commandId(), CommandOutcome.APPLIED),
            List.of(),
            0);
    IssuedNotifications issued = new IssuedNotifications(draft);
    issued.issue(NotificationType.ORDER_ROUTED, routingDetails(draft), now);
    PickupOrder order = issued.writeTo(draft.toBuilder()).keepVersion().build();

    if (!orders.insert(order)) {
      inventory.releaseAll(order.id(), ReasonCode.SYSTEM_CANCELLED);
      return orders.find(order.id()).orElseThrow();
    }
    OrderEvent placed =
        new OrderEvent.OrderPlaced(
            order.id(),
            order.storeId(),
            now,
            command.commandId(),
            order.version(),
            order.method(),
            order.orderedQuantities());
    events.publish(null, order, List.of(placed));
    return finish(order);
  }

  /**
   * Records that the store accepted the order.
   *
   * @param storeId the store sending the step; it must be the store the order is routed to
   * @throws IllegalTransitionException unless the order is {@link OrderState#SOURCED}
   * @throws WrongStoreException if the order is routed to another store
   * @throws IllegalArgumentException if the order is unknown
   */
  public CommandResult accept(OrderId orderId, StoreId storeId, CommandId commandId) {
    return execute(
        orderId,
        storeId,
        commandId,
        OrderStep.ACCEPT,
        OrderState.ACCEPTED,
        (order, now) -> {
          PickupOrder next =
              order.toBuilder()
                  .state(OrderState.ACCEPTED)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.StoreAccepted(
                  order.id(), order.storeId(), now, commandId, next.version()));
        });
  }

  /**
   * Records that the store rejected the order and moves it to the next best store, excluding every
   * store that rejected it; after {@link PickupPolicy#maxRoutingAttempts()} stores, or when no
   * candidate is left, the order ends {@link OrderState#UNFULFILLABLE} and ship-to-home is offered
   * if the policy allows.
   *
   * @throws IllegalTransitionException unless the order is sourced, accepted or picking
   * @throws WrongStoreException if the order is routed to another store
   */
  public CommandResult reject(
      OrderId orderId, StoreId storeId, CommandId commandId, String reason) {
    Objects.requireNonNull(reason, "reason");
    return execute(
        orderId,
        storeId,
        commandId,
        OrderStep.REJECT,
        null,
        (order, now) -> reroute(order, now, commandId, "rejected by store: " + reason));
  }

  /**
   * Records that the store started picking.
   *
   * @throws IllegalTransitionException unless the order is {@link OrderState#ACCEPTED}
   * @throws WrongStoreException if the order is routed to another store
   */
  public CommandResult startPicking(OrderId orderId, StoreId storeId, CommandId commandId) {
    return execute(
        orderId,
        storeId,
        commandId,
        OrderStep.START_PICKING,
        OrderState.PICKING,
        (order, now) -> {
          PickupOrder next =
              order.toBuilder()
                  .state(OrderState.PICKING)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.PickingStarted(
                  order.id(), order.storeId(), now, commandId, next.version()));
        });
  }

  /**
   * Records units the store could not find. Under {@link ShortPickPolicy#CONTINUE_WITH_AVAILABLE}
   * the missing units are written off, the customer is notified of the short lines and the order
   * goes on with the rest; when nothing is left, or under {@link ShortPickPolicy#REROUTE}, the
   * order moves to the next store as after a rejection.
   *
   * @param missing units not found per SKU, in addition to any reported before
   * @throws IllegalArgumentException if a SKU is not in the order, a quantity is not positive, or
   *     more is missing than the order still expects
   * @throws IllegalTransitionException unless the order is accepted or picking
   * @throws WrongStoreException if the order is routed to another store
   */
  public CommandResult reportShortPick(
      OrderId orderId, StoreId storeId, CommandId commandId, Map<Sku, Long> missing) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException(
          "short pick of order " + orderId + " lists no SKU; pass the units not found");
    }
    return execute(
        orderId,
        storeId,
        commandId,
        OrderStep.REPORT_SHORT_PICK,
        null,
        (order, now) -> shortPick(order, now, commandId, missing));
  }

  private Change shortPick(
      PickupOrder order, Instant now, CommandId commandId, Map<Sku, Long> missing) {
    Map<Sku, Long> pickable = order.pickableQuantities();
    Map<Sku, Long> shortTotals = new LinkedHashMap<>(order.shortPicked());
    List<Shortage> shortages = new ArrayList<>();
    missing.forEach(
        (sku, units) -> {
          long expected = pickable.getOrDefault(sku, 0L);
          if (units < 1 || units > expected) {
            throw new IllegalArgumentException(
                "short pick of "
                    + units
                    + " x "
                    + sku
                    + " on order "
                    + order.id()
                    + " is invalid; between 1 and "
                    + expected
                    + " units of it are still expected");
          }
          shortTotals.merge(sku, units, Long::sum);
          shortages.add(new Shortage(sku, expected, expected - units));
        });
    PickupOrder shorted = order.toBuilder().shortPicked(shortTotals).build();
    boolean nothingLeft = shorted.pickableQuantities().isEmpty();
    if (policy.shortPickPolicy() == ShortPickPolicy.REROUTE || nothingLeft) {
      // The write-off at this store happens when the stock moves to the next store.
      // Same version: the re-route below is the one change this command stores.
      PickupOrder withShortage = order.toBuilder().shortPicked(shortTotals).keepVersion().build();
      Change moved = reroute(withShortage, now, commandId, "short pick");
      return moved.prepend(
          new OrderEvent.ShortPicked(
              order.id(), order.storeId(), now, commandId, order.version() + 1, shortages));
    }

    IssuedNotifications issued = new IssuedNotifications(order);
    issued.issue(
        NotificationType.SHORT_PICK,
        Map.of(
            "shortLines", IssuedNotifications.lines(missing),
            "remainingLines", IssuedNotifications.lines(shorted.pickableQuantities())),
        now);
    PickupOrder next =
        issued
            .writeTo(order.toBuilder())
            .shortPicked(shortTotals)
            .stockSettled(false)
            .command(commandId, CommandOutcome.APPLIED)
            .build();
    return Change.of(
        next,
        new OrderEvent.ShortPicked(
            order.id(), order.storeId(), now, commandId, next.version(), shortages));
  }

  /**
   * Marks the order staged and ready for pickup: opens the hold window, schedules reminders and
   * sends the ready notification once.
   *
   * @throws IllegalTransitionException unless the order is accepted or picking; an order the store
   *     has not accepted cannot be ready
   */
  public CommandResult markReady(OrderId orderId, StoreId storeId, CommandId commandId) {
    return execute(
        orderId,
        storeId,
        commandId,
        OrderStep.MARK_READY,
        OrderState.READY_FOR_PICKUP,
        (order, now) -> {
          PickupLocation store = storeOf(order);
          HoldWindow hold = policy.holdWindow().open(now, store.calendar(), null);
          List<Instant> reminders = policy.holdWindow().reminderTimes(hold);
          IssuedNotifications issued = new IssuedNotifications(order);
          issued.issue(
              NotificationType.READY_FOR_PICKUP,
              Map.of(
                  "storeName", store.name(),
                  "pickupBy", hold.end().toString(),
                  "lines", IssuedNotifications.lines(order.pickableQuantities())),
              now);
          PickupOrder next =
              issued
                  .writeTo(order.toBuilder())
                  .state(OrderState.READY_FOR_PICKUP)
                  .ready(now, hold, reminders)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.ReadyForPickup(
                  order.id(), order.storeId(), now, commandId, next.version(), hold.end()));
        });
  }

  /**
   * Records the customer's arrival and alerts the store.
   *
   * @throws IllegalTransitionException unless the order is ready for pickup
   */
  public CommandResult checkIn(OrderId orderId, CommandId commandId, Arrival arrival) {
    Objects.requireNonNull(arrival, "arrival");
    return execute(
        orderId,
        null,
        commandId,
        OrderStep.CHECK_IN,
        OrderState.CUSTOMER_ARRIVED,
        (order, now) -> {
          IssuedNotifications issued = new IssuedNotifications(order);
          Map<String, String> details = new LinkedHashMap<>();
          details.put("method", order.method().name());
          if (arrival.bay() != null) {
            details.put("bay", arrival.bay());
          }
          if (arrival.vehicle() != null) {
            details.put("vehicle", arrival.vehicle());
          }
          issued.issue(NotificationType.CUSTOMER_ARRIVED, details, now);
          PickupOrder next =
              issued
                  .writeTo(order.toBuilder())
                  .state(OrderState.CUSTOMER_ARRIVED)
                  .arrival(arrival)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.CustomerArrived(
                  order.id(), order.storeId(), now, commandId, next.version(), arrival));
        });
  }

  /**
   * Records that the customer collected every unit the store prepared. On an order already {@link
   * OrderState#PICKED_UP} the result is {@link CommandOutcome#ALREADY_IN_STATE}.
   *
   * @throws IllegalTransitionException unless the order is ready, the customer arrived or it is
   *     already picked up
   */
  public CommandResult pickUpAll(OrderId orderId, CommandId commandId) {
    return execute(
        orderId,
        null,
        commandId,
        OrderStep.PICK_UP,
        OrderState.PICKED_UP,
        (order, now) -> collect(order, now, commandId, order.pickableQuantities()));
  }

  /**
   * Records the hand-over of {@code collected}; if it is less than the store prepared, the order
   * closes {@link OrderState#PARTIALLY_PICKED_UP} and the rest goes back to sellable stock.
   *
   * @param collected units handed over per SKU; SKUs absent were not collected
   * @throws IllegalArgumentException if a SKU is not in the order, a quantity is negative or
   *     exceeds what was prepared, or nothing at all is collected (cancel instead)
   * @throws IllegalTransitionException unless the order is ready or the customer arrived
   */
  public CommandResult pickUp(OrderId orderId, CommandId commandId, Map<Sku, Long> collected) {
    return execute(
        orderId,
        null,
        commandId,
        OrderStep.PICK_UP,
        null,
        (order, now) -> collect(order, now, commandId, collected));
  }

  private Change collect(
      PickupOrder order, Instant now, CommandId commandId, Map<Sku, Long> collected) {
    Map<Sku, Long> prepared = order.pickableQuantities();
    long total = 0;
    for (Map.Entry<Sku, Long> entry : collected.entrySet()) {
      long expected = prepared.getOrDefault(entry.getKey(), 0L);
      if (entry.getValue() < 0 || entry.getValue() > expected) {
        throw new IllegalArgumentException(
            "collected "
                + entry.getValue()
                + " x "
                + entry.getKey()
                + " on order "
                + order.id()
                + " is invalid; between 0 and "
                + expected
                + " were prepared");
      }
      total += entry.getValue();
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "order " + order.id() + " collects nothing; cancel it with a reason instead");
    }

    Map<Sku, Long> kept = new LinkedHashMap<>();
    Map<Sku, Long> left = new LinkedHashMap<>();
    prepared.forEach(
        (sku, units) -> {
          long taken = collected.getOrDefault(sku, 0L);
          if (taken > 0) {
            kept.put(sku, taken);
          }
          if (units > taken) {
            left.put(sku, units - taken);
          }
        });
    boolean full = left.isEmpty();
    PickupOrder next =
        order.toBuilder()
            .state(full ? OrderState.PICKED_UP : OrderState.PARTIALLY_PICKED_UP)
            .collected(kept)
            .closed(full ? ReasonCode.COLLECTED : ReasonCode.NOT_COLLECTED, now)
            .stockSettled(false)
            .command(commandId, CommandOutcome.APPLIED)
            .build();
    return Change.of(
        next,
        new OrderEvent.PickedUp(
            order.id(), order.storeId(), now, commandId, next.version(), kept, left));
  }

  /**
   * Extends the hold window by {@link dev.bopis.core.calendar.HoldWindowPolicy#extension()}. When
   * the policy's extensions are used up, or the window has already ended, the result is {@link
   * CommandOutcome#DECLINED}.
   *
   * @throws IllegalTransitionException unless the order is ready or the customer arrived
   */
  public CommandResult extendHold(OrderId orderId, CommandId commandId) {
    return execute(
        orderId,
        null,
        commandId,
        OrderStep.EXTEND_HOLD,
        null,
        (order, now) -> {
          HoldWindow current = Objects.requireNonNull(order.hold(), "hold");
          if (!current.end().isAfter(now)) {
            // The scheduler has not expired it yet, but the window is over: too late to extend.
            return Change.declined(
                "hold window of order " + order.id() + " ended at " + current.end());
          }
          Optional<HoldWindow> extended = policy.holdWindow().extend(current);
          if (extended.isEmpty()) {
            return Change.declined(
                "order "
                    + order.id()
                    + " used its "
                    + policy.holdWindow().maxExtensions()
                    + " hold extensions; it is held until "
                    + current.end());
          }
          List<Instant> reminders = policy.holdWindow().reminderTimes(extended.get());
          int sent = (int) reminders.stream().filter(at -> !at.isAfter(now)).count();
          PickupOrder next =
              order.toBuilder()
                  .hold(extended.get(), reminders, sent)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.HoldExtended(
                  order.id(),
                  order.storeId(),
                  now,
                  commandId,
                  next.version(),
                  extended.get().end()));
        });
  }

  /**
   * Cancels the order and returns every unit still reserved for it to sellable stock.
   *
   * @throws IllegalTransitionException if the order is already closed, for instance picked up
   */
  public CommandResult cancel(
      OrderId orderId, CommandId commandId, CancelledBy by, ReasonCode reason) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(reason, "reason");
    return execute(
        orderId,
        null,
        commandId,
        OrderStep.CANCEL,
        OrderState.CANCELLED,
        (order, now) -> {
          Map<Sku, Long> held =
              inventory.allocation(order.id()).map(a -> a.held()).orElse(Map.of());
          IssuedNotifications issued = new IssuedNotifications(order);
          issued.issue(
              NotificationType.ORDER_CANCELLED,
              Map.of("cancelledBy", by.name(), "reason", reason.code()),
              now);
          PickupOrder next =
              issued
                  .writeTo(order.toBuilder())
                  .state(OrderState.CANCELLED)
                  .closed(reason, now)
                  .stockSettled(false)
                  .command(commandId, CommandOutcome.APPLIED)
                  .build();
          return Change.of(
              next,
              new OrderEvent.OrderCancelled(
                  order.id(), order.storeId(), now, commandId, next.version(), by, reason, held));
        });
  }

  /**
   * Processes everything due at the clock's current time, earliest first: routings not acknowledged
   * in time move on, reminders go out, hold windows that ended expire the order (release, customer
   * notified, ship-to-home offered if the policy allows), pending inventory effects are applied and
   * failed notifications retried.
   *
   * <p>Idempotent: calling it late processes what became due meanwhile, calling it twice or from
   * two nodes at once processes each step once, because every step is a versioned update.
   */
  public SchedulerRun runDue() {
    Instant now = clock.instant();
    SchedulerTally tally = new SchedulerTally(deliveries.delivered(), deliveries.failed());
    Map<OrderId, Integer> visits = new LinkedHashMap<>();
    while (true) {
      List<PickupOrder> due = new ArrayList<>();
      for (PickupOrder order : orders.findDue(now, 256)) {
        // An order still due after three visits is left for the next run, so a run always ends.
        if (visits.merge(order.id(), 1, Integer::sum) <= 3) {
          due.add(order);
        }
      }
      if (due.isEmpty()) {
        break;
      }
      for (PickupOrder order : due) {
        processDue(order, now, tally);
      }
    }
    return tally.toRun(visits.size(), deliveries);
  }

  private void processDue(PickupOrder order, Instant now, SchedulerTally tally) {
    PickupOrder current = order;
    if (!current.stockSettled()) {
      tally.stockSettled++;
    }
    current = finish(current);

    if (current.state() == OrderState.SOURCED && !current.acknowledgeBy().isAfter(now)) {
      if (tryStep(
          current.id(),
          OrderStep.REJECT,
          (o, t) ->
              o.state() == OrderState.SOURCED && !o.acknowledgeBy().isAfter(t)
                  ? reroute(o, t, null, "not acknowledged by " + o.acknowledgeBy())
                  : Change.declined("acknowledged meanwhile"))) {
        tally.acknowledgementTimeouts++;
      }
      return;
    }
    HoldWindow hold = current.hold();
    if (hold == null) {
      return;
    }
    if (!hold.end().isAfter(now)) {
      if (tryStep(current.id(), OrderStep.EXPIRE, this::expire)) {
        tally.expired++;
      }
      return;
    }
    if (current.state() == OrderState.READY_FOR_PICKUP
        && current.remindersSent() < current.reminderTimes().size()
        && !current.reminderTimes().get(current.remindersSent()).isAfter(now)) {
      if (tryStep(current.id(), OrderStep.REMIND, this::remind)) {
        tally.remindersSent++;
      }
    }
  }

  private Change expire(PickupOrder order, Instant now) {
    HoldWindow hold = Objects.requireNonNull(order.hold(), "hold");
    if (hold.end().isAfter(now)) {
      return Change.declined("hold window of order " + order.id() + " was extended");
    }
    Map<Sku, Long> held = inventory.allocation(order.id()).map(a -> a.held()).orElse(Map.of());
    IssuedNotifications issued = new IssuedNotifications(order);
    issued.issue(NotificationType.ORDER_EXPIRED, Map.of("heldUntil", hold.end().toString()), now);
    if (policy.holdWindow().offerShipToHome()) {
      issued.issue(
          NotificationType.SHIP_TO_HOME_OFFER,
          Map.of("lines", IssuedNotifications.lines(order.pickableQuantities())),
          now);
    }
    PickupOrder next =
        issued
            .writeTo(order.toBuilder())
            .state(OrderState.EXPIRED)
            .closed(ReasonCode.PICKUP_EXPIRED, now)
            .stockSettled(false)
            .build();
    return Change.of(
        next,
        new OrderEvent.OrderExpired(
            order.id(),
            order.storeId(),
            now,
            null,
            next.version(),
            held,
            ReasonCode.PICKUP_EXPIRED));
  }

  private Change remind(PickupOrder order, Instant now) {
    List<Instant> reminders = order.reminderTimes();
    int due = (int) reminders.stream().filter(at -> !at.isAfter(now)).count();
    HoldWindow hold = Objects.requireNonNull(order.hold(), "hold");
    if (due <= order.remindersSent() || !hold.end().isAfter(now)) {
      return Change.declined("no reminder due for order " + order.id());
    }
    // A late run sends one reminder for all that fell due, never a burst.
    IssuedNotifications issued = new IssuedNotifications(order);
    issued.issue(NotificationType.PICKUP_REMINDER, Map.of("pickupBy", hold.end().toString()), now);
    PickupOrder next = issued.writeTo(order.toBuilder()).remindersSent(due).build();
    return Change.of(
        next,
        new OrderEvent.ReminderSent(
            order.id(), order.storeId(), now, null, next.version(), hold.end()));
  }

  /**
   * Moves the order to the next best store, or ends it unfulfillable. Stock moves when the change
   * is stored: the settlement releases the current store and reserves the next.
   */
  private Change reroute(
      PickupOrder order, Instant now, @Nullable CommandId commandId, String reason) {
    List<StoreId> excluded = new ArrayList<>(order.rejectedBy());
    excluded.add(order.storeId());
    PickupLocation current = storeOf(order);
    Optional<PickupLocation> next = Optional.empty();
    if (excluded.size() < policy.maxRoutingAttempts()) {
      next = nextStore(order, current, new LinkedHashSet<>(excluded), now);
    }

    if (next.isEmpty()) {
      IssuedNotifications issued = new IssuedNotifications(order);
      boolean offer = policy.offerShipToHome();
      issued.issue(
          NotificationType.ORDER_CANCELLED,
          Map.of("cancelledBy", CancelledBy.SYSTEM.name(), "reason", "NO_PICKUP_STORE"),
          now);
      if (offer) {
        issued.issue(
            NotificationType.SHIP_TO_HOME_OFFER,
            Map.of("lines", IssuedNotifications.lines(order.orderedQuantities())),
            now);
      }
      PickupOrder ended =
          issued
              .writeTo(order.toBuilder())
              .state(OrderState.UNFULFILLABLE)
              .rejectedBy(excluded)
              .closed(ReasonCode.STORE_REJECTED, now)
              .stockSettled(false)
              .command(commandId, CommandOutcome.APPLIED)
              .build();
      return Change.of(
          ended,
          new OrderEvent.StoreRejected(
              order.id(), order.storeId(), now, commandId, ended.version(), reason, null),
          new OrderEvent.OrderUnfulfillable(
              order.id(),
              order.storeId(),
              now,
              commandId,
              ended.version(),
              "no pickup store left after " + excluded.size() + " stores",
              offer));
    }

    PickupLocation target = next.get();
    Instant readyAt =
        readyTimes.estimate(target, order.method(), now).map(ReadyEstimate::readyAt).orElse(now);
    PickupOrder moved =
        order.toBuilder()
            .state(OrderState.SOURCED)
            .rejectedBy(excluded)
            .routedTo(target.id(), now, now.plus(policy.acknowledgeTimeout()), readyAt)
            .stockSettled(false)
            .command(commandId, CommandOutcome.APPLIED)
            .build();
    return Change.of(
        moved,
        new OrderEvent.StoreRejected(
            order.id(), order.storeId(), now, commandId, moved.version(), reason, target.id()));
  }

  private Optional<PickupLocation> nextStore(
      PickupOrder order, PickupLocation current, Set<StoreId> excluded, Instant now) {
    GeoPoint origin =
        order.customerLocation() != null ? order.customerLocation() : current.location();
    int room = policy.maxCandidates();
    for (StoreId id :
        candidates.candidates(
            new SourcingRequest(
                origin, order.orderedQuantities(), order.method(), excluded, room))) {
      Optional<PickupLocation> store = stores.find(id);
      if (!excluded.contains(id)
          && store.isPresent()
          && store.get().offers(order.method())
          && readyTimes.estimate(store.get(), order.method(), now).isPresent()) {
        return store;
      }
    }
    return Optional.empty();
  }

  private PickupLocation storeOf(PickupOrder order) {
    return stores
        .find(order.storeId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "store "
                        + order.storeId()
                        + " of order "
                        + order.id()
                        + " is not in the store directory; add it back before this step"));
  }

  private static Map<String, String> routingDetails(PickupOrder order) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("locationId", order.storeId().value());
    details.put("method", order.method().name());
    details.put("lines", IssuedNotifications.lines(order.orderedQuantities()));
    details.put("estimatedReadyAt", order.estimatedReadyAt().toString());
    if (order.requestedWindow() != null) {
      details.put("windowStart", order.requestedWindow().start().toString());
      details.put("windowEnd", order.requestedWindow().end().toString());
    }
    return details;
  }

  private static String describe(List<Shortage> shortages) {
    StringBuilder text = new StringBuilder();
    for (Shortage shortage : shortages) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(shortage.requested())
          .append(" x ")
          .append(shortage.sku())
          .append(" (")
          .append(shortage.available())
          .append(" available)");
    }
    return text.toString();
  }

  /**
   * Runs one command: duplicate and same-state checks, the transition table, the change, the
   * versioned write, then the effects. Retries from a fresh read when another writer won.
   */
  private CommandResult execute(
      OrderId orderId,
      @Nullable StoreId actingStore,
      CommandId commandId,
      OrderStep step,
      @Nullable OrderState target,
      Transition transition) {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(commandId, "commandId");
    for (int attempt = 1; ; attempt++) {
      PickupOrder order =
          orders
              .find(orderId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "order " + orderId + " not found; place it before " + step));
      Optional<CommandOutcome> first = order.outcomeOf(commandId);
      if (first.isPresent()) {
        return new CommandResult(
            order,
            CommandOutcome.DUPLICATE,
            first.get(),
            "command " + commandId + " was already applied to order " + orderId);
      }
      // Checked before the state, so a store the order left never gets ALREADY_IN_STATE.
      if (actingStore != null && !actingStore.equals(order.storeId())) {
        throw new WrongStoreException(orderId, order.storeId(), actingStore);
      }
      if (target != null && order.state() == target) {
        return new CommandResult(
            order,
            CommandOutcome.ALREADY_IN_STATE,
            CommandOutcome.ALREADY_IN_STATE,
            "order " + orderId + " is already " + target);
      }
      if (!step.allowedFrom(order.state())) {
        throw new IllegalTransitionException(orderId, order.state(), step);
      }

      Instant now = clock.instant();
      Change change = transition.apply(order, now);
      if (change.declined() != null) {
        return new CommandResult(
            order, CommandOutcome.DECLINED, CommandOutcome.DECLINED, change.declined());
      }
      PickupOrder next = Objects.requireNonNull(change.next());
      try {
        orders.update(next);
      } catch (ConcurrentOrderUpdateException conflict) {
        if (attempt >= MAX_WRITE_ATTEMPTS) {
          throw conflict;
        }
        continue;
      }
      events.publish(order, next, change.events());
      PickupOrder finished = finish(next);
      return new CommandResult(finished, CommandOutcome.APPLIED, CommandOutcome.APPLIED, "applied");
    }
  }

  /** Runs a scheduler step; returns whether it applied. */
  private boolean tryStep(OrderId orderId, OrderStep step, Transition transition) {
    for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      PickupOrder order = orders.find(orderId).orElse(null);
      if (order == null || !step.allowedFrom(order.state())) {
        return false;
      }
      Change change = transition.apply(order, clock.instant());
      if (change.declined() != null) {
        return false;
      }
      PickupOrder next = Objects.requireNonNull(change.next());
      try {
        orders.update(next);
      } catch (ConcurrentOrderUpdateException conflict) {
        continue;
      }
      events.publish(order, next, change.events());
      finish(next);
      return true;
    }
    return false;
  }

  /**
   * Applies the stored order's pending inventory effects and delivers its due notifications,
   * storing the result. Both steps are idempotent, so a retry after a conflict or a crash is safe.
   * Returns the latest stored version.
   */
  private PickupOrder finish(PickupOrder stored) {
    PickupOrder order = stored;
    boolean settledForLosingVersion = false;
    for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      Instant now = clock.instant();
      if (settledForLosingVersion && order.state().isTerminal() && order.stockSettled()) {
        // This thread moved stock for a version that a closing step replaced, such as a re-route
        // reserving at the next store while a cancel was stored. A closed order keeps no
        // reserved units.
        inventory.releaseAll(order.id(), Objects.requireNonNull(order.closedReason()));
      }
      settledForLosingVersion = false;

      PickupOrder next = order;
      if (!order.stockSettled()) {
        Settlement settlement = settle(order, now);
        if (settlement.rerouted() != null) {
          // The next store ran out meanwhile: the re-route is a transition of its own.
          Change change = settlement.rerouted();
          try {
            orders.update(change.next());
          } catch (ConcurrentOrderUpdateException conflict) {
            order = orders.find(order.id()).orElseThrow();
            continue;
          }
          events.publish(order, change.next(), change.events());
          order = change.next();
          continue;
        }
        if (settlement.next() == null) {
          // Another writer moved the order's stock first; settle its version instead.
          order = orders.find(order.id()).orElseThrow();
          continue;
        }
        next = settlement.next();
      }

      // The claim is stored before sending, so a concurrent finish of this order sends nothing.
      Deliveries.Claim claim = deliveries.claimDue(next, now);
      if (claim.order() == order) {
        return order;
      }
      PickupOrder claimed = claim.order().toBuilder().build();
      try {
        orders.update(claimed);
      } catch (ConcurrentOrderUpdateException conflict) {
        settledForLosingVersion = next != order;
        order = orders.find(order.id()).orElseThrow();
        continue;
      }
      if (claim.due().isEmpty()) {
        return claimed;
      }
      return recordDeliveries(claimed, deliveries.send(claimed, claim.due(), now));
    }
    return orders.find(stored.id()).orElse(stored);
  }

  /**
   * Stores the outcome of a delivery attempt in the latest version of the order, which other
   * writers may have changed since the claim. Returns the latest stored version.
   *
   * <p>NOTE: if every write loses, the entries stay claimed and are sent again when the lease ends,
   * with the same deduplication key.
   */
  private PickupOrder recordDeliveries(PickupOrder claimed, Deliveries.Sent sent) {
    PickupOrder order = claimed;
    for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      PickupOrder next = sent.applyTo(order);
      if (next == order) {
        return order;
      }
      next = next.toBuilder().build();
      try {
        orders.update(next);
        return next;
      } catch (ConcurrentOrderUpdateException conflict) {
        order = orders.find(order.id()).orElseThrow();
      }
    }
    return orders.find(claimed.id()).orElse(claimed);
  }

  /**
   * Brings the inventory in line with the order's state. The result marks stock settled at the same
   * version; {@link #finish} stores it as the next one.
   */
  private Settlement settle(PickupOrder order, Instant now) {
    OrderId id = order.id();
    switch (order.state()) {
      case SOURCED -> {
        var allocation = inventory.allocation(id);
        boolean heldHere =
            allocation.isPresent()
                && allocation.get().storeId().equals(order.storeId())
                && !allocation.get().isSettled();
        if (!heldHere) {
          if (allocation.isPresent() && !allocation.get().isSettled()) {
            inventory.writeOff(id, order.shortPicked(), ReasonCode.SHORT_PICK);
            inventory.releaseAll(id, ReasonCode.STORE_REJECTED);
          }
          ReservationResult result;
          try {
            result = inventory.reserve(id, order.storeId(), order.orderedQuantities());
          } catch (IllegalStateException heldElsewhere) {
            // A concurrent re-route of this order reserved at another store first.
            return Settlement.superseded();
          }
          if (result instanceof ReservationResult.InsufficientStock insufficient) {
            return Settlement.rerouted(
                reroute(
                    order,
                    now,
                    null,
                    "stock taken before the re-route: " + describe(insufficient.shortages())));
          }
        }
        IssuedNotifications issued = new IssuedNotifications(order);
        issued.issue(NotificationType.ORDER_ROUTED, routingDetails(order), now);
        return Settlement.done(
            issued
                .writeTo(order.toBuilder())
                .shortPicked(Map.of())
                .stockSettled(true)
                .keepVersion()
                .build());
      }
      case ACCEPTED, PICKING, READY_FOR_PICKUP, CUSTOMER_ARRIVED ->
          inventory.writeOff(id, order.shortPicked(), ReasonCode.SHORT_PICK);
      case PICKED_UP, PARTIALLY_PICKED_UP -> {
        inventory.writeOff(id, order.shortPicked(), ReasonCode.SHORT_PICK);
        inventory.collect(id, order.collected(), ReasonCode.COLLECTED);
        inventory.releaseAll(id, ReasonCode.NOT_COLLECTED);
      }
      case EXPIRED, CANCELLED, UNFULFILLABLE -> {
        inventory.writeOff(id, order.shortPicked(), ReasonCode.SHORT_PICK);
        inventory.releaseAll(id, Objects.requireNonNull(order.closedReason()));
      }
    }
    return Settlement.done(order.toBuilder().stockSettled(true).keepVersion().build());
  }

  /** A transition's function from the current order and time to the change. */
  @FunctionalInterface
  private interface Transition {
    Change apply(PickupOrder order, Instant now);
  }

  /** The next version and its events, or a business refusal with its message. */
  private record Change(
      @Nullable PickupOrder next, List<OrderEvent> events, @Nullable String declined) {

    static Change of(PickupOrder next, OrderEvent... events) {
      return new Change(next, List.of(events), null);
    }

    static Change declined(String message) {
      return new Change(null, List.of(), message);
    }

    Change prepend(OrderEvent event) {
      List<OrderEvent> all = new ArrayList<>();
      all.add(event);
      all.addAll(events);
      return new Change(next, all, declined);
    }
  }

  /**
   * The order with stock settled, a re-route because the next store ran out, or neither when
   * another writer moved the order's stock first.
   */
  private record Settlement(@Nullable PickupOrder next, @Nullable Change rerouted) {
    static Settlement done(PickupOrder next) {
      return new Settlement(next, null);
    }

    static Settlement rerouted(Change change) {
      return new Settlement(null, change);
    }

    static Settlement superseded() {
      return new Settlement(null, null);
    }
  }

  /** Counters of one scheduler run. */
  private static final class SchedulerTally {
    int acknowledgementTimeouts;
    int remindersSent;
    int expired;
    int stockSettled;
    private final long deliveredBefore;
    private final long failedBefore;

    SchedulerTally(long deliveredBefore, long failedBefore) {
      this.deliveredBefore = deliveredBefore;
      this.failedBefore = failedBefore;
    }

    SchedulerRun toRun(int visited, Deliveries deliveries) {
      // NOTE: deliveries by concurrent commands during the run are counted here too.
      return new SchedulerRun(
          visited,
          acknowledgementTimeouts,
          remindersSent,
          expired,
          stockSettled,
          (int) (deliveries.delivered() - deliveredBefore),
          (int) (deliveries.failed() - failedBefore));
    }
  }

  /** Builds a {@link PickupService}. Not thread-safe. */
  public static final class Builder {
    private @Nullable StoreDirectory stores;
    private @Nullable InventoryPort inventory;
    private @Nullable OrderRepository orders;
    private @Nullable Notifier notifier;
    private @Nullable CandidateFinder candidates;
    private Clock clock = Clock.systemUTC();
    private PickupPolicy policy = PickupPolicy.defaults();
    private final List<OrderEventListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Sets the store directory. Required. */
    public Builder stores(StoreDirectory value) {
      this.stores = Objects.requireNonNull(value, "stores");
      return this;
    }

    /** Sets the inventory port. Required. */
    public Builder inventory(InventoryPort value) {
      this.inventory = Objects.requireNonNull(value, "inventory");
      return this;
    }

    /** Sets the order repository. Required. */
    public Builder orders(OrderRepository value) {
      this.orders = Objects.requireNonNull(value, "orders");
      return this;
    }

    /** Sets the notifier. Required. */
    public Builder notifier(Notifier value) {
      this.notifier = Objects.requireNonNull(value, "notifier");
      return this;
    }

    /** Sets the candidate finder used when the customer chose no store. Required. */
    public Builder candidates(CandidateFinder value) {
      this.candidates = Objects.requireNonNull(value, "candidates");
      return this;
    }

    /** Sets the clock every time comes from; defaults to the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets the policy; defaults to {@link PickupPolicy#defaults()}. */
    public Builder policy(PickupPolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** Adds an event listener. */
    public Builder listener(OrderEventListener value) {
      listeners.add(Objects.requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Returns the service.
     *
     * @throws NullPointerException naming the first required port that was not set
     */
    public PickupService build() {
      return new PickupService(this);
    }
  }
}
