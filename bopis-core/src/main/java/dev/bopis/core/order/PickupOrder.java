package dev.bopis.core.order;

import dev.bopis.core.calendar.HoldWindow;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.PendingNotification;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pickup order as stored: an immutable snapshot at one version.
 *
 * <p>Every change produces a new snapshot with the next version through {@link #toBuilder()};
 * {@link OrderRepository} stores it only if no other writer stored that version first. The order
 * carries the ids of the commands it applied and the notifications it has yet to deliver, so both
 * are stored in the same write as the state change.
 *
 * @param id the order id
 * @param version starts at 1 and grows by 1 with every stored change
 * @param customer who collects the order
 * @param customerLocation where the customer searched from, or null if the store was chosen
 * @param lines the lines as placed; lines of one SKU are reserved together
 * @param method in store or curbside
 * @param requestedWindow the customer's expected pickup window, or null
 * @param state the lifecycle state
 * @param storeId the store the order is routed to
 * @param rejectedBy stores that rejected the order, in order; never routed to again
 * @param placedAt when the order was placed
 * @param routedAt when the order was routed to {@code storeId}
 * @param acknowledgeBy when an unanswered routing counts as a rejection
 * @param estimatedReadyAt the ready time promised when the order was routed
 * @param readyAt when the store marked the order ready, or null
 * @param hold the hold window, set when the order becomes ready
 * @param reminderTimes when reminders are due, sorted
 * @param remindersSent how many of {@code reminderTimes} went out
 * @param shortPicked units the store could not find per SKU
 * @param collected units the customer collected per SKU
 * @param arrival the customer's check-in, or null
 * @param closedReason why a closed order closed, or null while open
 * @param closedAt when the order reached a terminal state, or null
 * @param stockSettled whether the inventory effects of the last transition were applied
 * @param commands outcome of each command id applied so far
 * @param outbox notifications not yet delivered
 * @param notificationCount notifications issued so far, used in deduplication keys
 */
public record PickupOrder(
    OrderId id,
    long version,
    Customer customer,
    @Nullable GeoPoint customerLocation,
    List<OrderLine> lines,
    PickupMethod method,
    @Nullable PickupWindow requestedWindow,
    OrderState state,
    StoreId storeId,
    List<StoreId> rejectedBy,
    Instant placedAt,
    Instant routedAt,
    Instant acknowledgeBy,
    Instant estimatedReadyAt,
    @Nullable Instant readyAt,
    @Nullable HoldWindow hold,
    List<Instant> reminderTimes,
    int remindersSent,
    Map<Sku, Long> shortPicked,
    Map<Sku, Long> collected,
    @Nullable Arrival arrival,
    @Nullable ReasonCode closedReason,
    @Nullable Instant closedAt,
    boolean stockSettled,
    Map<CommandId, CommandOutcome> commands,
    List<PendingNotification> outbox,
    int notificationCount) {

  /**
   * Validates and copies the snapshot.
   *
   * @throws IllegalArgumentException if a field breaks an invariant of the order
   */
  public PickupOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(routedAt, "routedAt");
    Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
    Objects.requireNonNull(estimatedReadyAt, "estimatedReadyAt");
    lines = List.copyOf(lines);
    rejectedBy = List.copyOf(rejectedBy);
    reminderTimes = List.copyOf(reminderTimes);
    shortPicked = Collections.unmodifiableMap(new LinkedHashMap<>(shortPicked));
    collected = Collections.unmodifiableMap(new LinkedHashMap<>(collected));
    commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
    outbox = List.copyOf(outbox);
    if (version < 1) {
      throw new IllegalArgumentException("order " + id + " version " + version + " must be >= 1");
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("order " + id + " has no lines");
    }
    if (remindersSent < 0 || remindersSent > reminderTimes.size()) {
      throw new IllegalArgumentException(
          "order " + id + " sent " + remindersSent + " of " + reminderTimes.size() + " reminders");
    }
    if (state.isTerminal() != (closedAt != null)) {
      throw new IllegalArgumentException(
          "order " + id + " in state " + state + " must have closedAt set exactly when closed");
    }
  }

  /** Returns the units ordered per SKU, all lines of one SKU summed. */
  public Map<Sku, Long> orderedQuantities() {
    Map<Sku, Long> totals = new LinkedHashMap<>();
    for (OrderLine line : lines) {
      totals.merge(line.sku(), line.quantity(), Math::addExact);
    }
    return Collections.unmodifiableMap(totals);
  }

  /** Returns the units the store should hand over per SKU: ordered minus short-picked. */
  public Map<Sku, Long> pickableQuantities() {
    Map<Sku, Long> totals = new LinkedHashMap<>();
    orderedQuantities()
        .forEach(
            (sku, quantity) -> {
              long rest = quantity - shortPicked.getOrDefault(sku, 0L);
              if (rest > 0) {
                totals.put(sku, rest);
              }
            });
    return Collections.unmodifiableMap(totals);
  }

  /** Returns the outcome recorded for {@code commandId}, if this order applied it. */
  public Optional<CommandOutcome> outcomeOf(CommandId commandId) {
    return Optional.ofNullable(commands.get(commandId));
  }

  /**
   * Returns the earliest time the scheduler must look at this order: the acknowledgement deadline,
   * the next reminder, the end of the hold window, a notification retry or unsettled stock; empty
   * when nothing is pending.
   */
  public Optional<Instant> dueAt() {
    Instant due = null;
    if (!stockSettled) {
      due = routedAt;
    }
    for (PendingNotification pending : outbox) {
      due = earliest(due, pending.nextAttemptAt());
    }
    if (state == OrderState.SOURCED) {
      due = earliest(due, acknowledgeBy);
    }
    if (state == OrderState.READY_FOR_PICKUP && remindersSent < reminderTimes.size()) {
      due = earliest(due, reminderTimes.get(remindersSent));
    }
    if ((state == OrderState.READY_FOR_PICKUP || state == OrderState.CUSTOMER_ARRIVED)
        && hold != null) {
      due = earliest(due, hold.end());
    }
    return Optional.ofNullable(due);
  }

  /** Returns a builder holding this snapshot's values, for the next version. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static Instant earliest(@Nullable Instant current, Instant candidate) {
    return current == null || candidate.isBefore(current) ? candidate : current;
  }

  /** Mutable copy of a snapshot used to build the next version. Not thread-safe. */
  public static final class Builder {
    private final PickupOrder base;
    private OrderState state;
    private StoreId storeId;
    private List<StoreId> rejectedBy;
    private Instant routedAt;
    private Instant acknowledgeBy;
    private Instant estimatedReadyAt;
    private @Nullable Instant readyAt;
    private @Nullable HoldWindow hold;
    private List<Instant> reminderTimes;
    private int remindersSent;
    private Map<Sku, Long> shortPicked;
    private Map<Sku, Long> collected;
    private @Nullable Arrival arrival;
    private @Nullable ReasonCode closedReason;
    private @Nullable Instant closedAt;
    private boolean stockSettled;
    private final Map<CommandId, CommandOutcome> commands;
    private List<PendingNotification> outbox;
    private int notificationCount;
    private long versionStep = 1;

    private Builder(PickupOrder base) {
      this.base = base;
      this.state = base.state;
      this.storeId = base.storeId;
      this.rejectedBy = base.rejectedBy;
      this.routedAt = base.routedAt;
      this.acknowledgeBy = base.acknowledgeBy;
      this.estimatedReadyAt = base.estimatedReadyAt;
      this.readyAt = base.readyAt;
      this.hold = base.hold;
      this.reminderTimes = base.reminderTimes;
      this.remindersSent = base.remindersSent;
      this.shortPicked = base.shortPicked;
      this.collected = base.collected;
      this.arrival = base.arrival;
      this.closedReason = base.closedReason;
      this.closedAt = base.closedAt;
      this.stockSettled = base.stockSettled;
      this.commands = new LinkedHashMap<>(base.commands);
      this.outbox = base.outbox;
      this.notificationCount = base.notificationCount;
    }

    /** Sets the state; a terminal state also needs {@link #closed}. */
    public Builder state(OrderState value) {
      this.state = value;
      return this;
    }

    /** Routes the order to {@code store} at {@code at}, due to be accepted by {@code deadline}. */
    public Builder routedTo(StoreId store, Instant at, Instant deadline, Instant readyEstimate) {
      this.storeId = store;
      this.routedAt = at;
      this.acknowledgeBy = deadline;
      this.estimatedReadyAt = readyEstimate;
      return this;
    }

    /** Sets the stores that rejected the order. */
    public Builder rejectedBy(List<StoreId> value) {
      this.rejectedBy = value;
      return this;
    }

    /** Sets the ready time, hold window and reminder schedule. */
    public Builder ready(Instant at, HoldWindow window, List<Instant> reminders) {
      this.readyAt = at;
      this.hold = window;
      this.reminderTimes = reminders;
      this.remindersSent = 0;
      return this;
    }

    /** Sets the hold window and reminder schedule, keeping the reminders already sent. */
    public Builder hold(HoldWindow window, List<Instant> reminders, int sent) {
      this.hold = window;
      this.reminderTimes = reminders;
      this.remindersSent = sent;
      return this;
    }

    /** Sets the count of reminders sent. */
    public Builder remindersSent(int value) {
      this.remindersSent = value;
      return this;
    }

    /** Sets the short-picked units per SKU. */
    public Builder shortPicked(Map<Sku, Long> value) {
      this.shortPicked = value;
      return this;
    }

    /** Sets the collected units per SKU. */
    public Builder collected(Map<Sku, Long> value) {
      this.collected = value;
      return this;
    }

    /** Sets the arrival details. */
    public Builder arrival(Arrival value) {
      this.arrival = value;
      return this;
    }

    /** Closes the order with {@code reason} at {@code at}. */
    public Builder closed(ReasonCode reason, Instant at) {
      this.closedReason = reason;
      this.closedAt = at;
      return this;
    }

    /** Sets whether the inventory effects of this version are applied. */
    public Builder stockSettled(boolean value) {
      this.stockSettled = value;
      return this;
    }

    /** Records the outcome of {@code commandId}; does nothing when it is null. */
    public Builder command(@Nullable CommandId commandId, CommandOutcome outcome) {
      if (commandId != null) {
        commands.put(commandId, outcome);
      }
      return this;
    }

    /** Sets the notifications still to deliver. */
    public Builder outbox(List<PendingNotification> value) {
      this.outbox = value;
      return this;
    }

    /** Sets the count of notifications issued. */
    public Builder notificationCount(int value) {
      this.notificationCount = value;
      return this;
    }

    /**
     * Makes {@link #build()} keep the base version instead of adding 1, for assembling a snapshot
     * that is not stored as a version of its own, such as a new order before its first insert.
     */
    public Builder keepVersion() {
      this.versionStep = 0;
      return this;
    }

    /** Returns the next version of the order, or the same version after {@link #keepVersion()}. */
    public PickupOrder build() {
      return new PickupOrder(
          base.id,
          base.version + versionStep,
          base.customer,
          base.customerLocation,
          base.lines,
          base.method,
          base.requestedWindow,
          state,
          storeId,
          rejectedBy,
          base.placedAt,
          routedAt,
          acknowledgeBy,
          estimatedReadyAt,
          readyAt,
          hold,
          reminderTimes,
          remindersSent,
          shortPicked,
          collected,
          arrival,
          closedReason,
          closedAt,
          stockSettled,
          commands,
          outbox,
          notificationCount);
    }
  }
}
