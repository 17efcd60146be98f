package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.InventoryMovement;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The system under test of {@link PickupLifecycleProperties}: a harness with three pickup stores
 * and a warehouse, three orders, and a log of every command sent, so a step can redeliver one.
 *
 * <p>Each step method sends one command or runs the scheduler, then checks that command's events.
 * {@link #checkInvariants()} checks the whole system and runs after every step.
 */
final class LifecycleModel {

  static final int ORDERS = 3;
  static final List<String> STORES = List.of("STORE-NEAR", "STORE-MID", "STORE-FAR");

  /** A command sent, kept so that it can be delivered again with the same id. */
  private record Sent(
      String description,
      CommandId id,
      Function<CommandId, CommandResult> call,
      Runnable onApplied,
      CommandOutcome outcome) {}

  private final PickupHarness harness;
  private final List<Sent> sent = new ArrayList<>();
  private final Map<OrderId, OrderState> closedStates = new HashMap<>();
  private final Map<OrderId, Map<Sku, Long>> shortPicked = new HashMap<>();
  private final Set<String> reached = new TreeSet<>();
  private int eventsSeen;
  private int commandCounter;

  LifecycleModel() {
    this.harness =
        PickupHarness.builder()
            .store(TestStores.store("STORE-NEAR").at(40.4180, -3.7040).zone("Europe/Madrid"))
            .store(TestStores.store("STORE-MID").at(40.4400, -3.7040).zone("Europe/Madrid"))
            .store(TestStores.store("STORE-FAR").at(40.5000, -3.7040).zone("Europe/Madrid"))
            .store(TestStores.store("DC").at(40.4170, -3.7040).pickupDisabled())
            .stock("STORE-NEAR", "SKU-A", 3)
            .stock("STORE-NEAR", "SKU-B", 2)
            .stock("STORE-MID", "SKU-A", 2)
            .stock("STORE-MID", "SKU-B", 2)
            .stock("STORE-FAR", "SKU-A", 5)
            .stock("STORE-FAR", "SKU-B", 5)
            .stock("DC", "SKU-A", 50)
            .stock("DC", "SKU-B", 50)
            .build();
  }

  static OrderId orderId(int index) {
    return OrderId.of("O-" + index);
  }

  /** Returns the outcomes the chain reached, such as {@code "rerouted"} or {@code "expired"}. */
  Set<String> reached() {
    return Set.copyOf(reached);
  }

  @Override
  public String toString() {
    return "LifecycleModel"
        + harness.orders().all().stream().map(o -> o.id() + "=" + o.state()).toList();
  }

  // ---- steps -------------------------------------------------------------------------------

  void place(int index, boolean nearest) {
    TestOrders.Builder order = TestOrders.order("O-" + index);
    switch (index) {
      case 1 -> order.line("SKU-A", 2).line("SKU-B", 1);
      case 2 -> order.line("SKU-A", 1).line("SKU-A", 1);
      default -> order.line("SKU-B", 2);
    }
    if (nearest) {
      order.near(40.4170, -3.7040);
    } else {
      order.at("STORE-MID");
    }
    int before = harness.events().size();
    PlacementResult result = harness.service().place(order.build());

    List<OrderEvent> events = newEvents(before);
    if (result instanceof PlacementResult.Placed placed
        && placed.outcome() == CommandOutcome.APPLIED) {
      assertThat(events)
          .as("events of placing %s", placed.order().id())
          .hasSize(1)
          .first()
          .isInstanceOf(OrderEvent.OrderPlaced.class);
    } else {
      assertThat(events).as("events of a duplicate or declined placement").isEmpty();
    }
  }

  void accept(int index) {
    send("accept", index, (s, id) -> s.accept(orderId(index), storeOf(index), id));
  }

  void acceptAtWrongStore(int index) {
    PickupOrder order = harness.orders().find(orderId(index)).orElse(null);
    if (order == null) {
      return;
    }
    StoreId other =
        StoreId.of(order.storeId().value().equals("STORE-FAR") ? "STORE-NEAR" : "STORE-FAR");
    send("late accept from " + other, index, (s, id) -> s.accept(orderId(index), other, id));
  }

  void reject(int index) {
    send("reject", index, (s, id) -> s.reject(orderId(index), storeOf(index), id, "busy"));
  }

  void startPicking(int index) {
    send("startPicking", index, (s, id) -> s.startPicking(orderId(index), storeOf(index), id));
  }

  void reportShortPick(int index, boolean everything) {
    PickupOrder order = harness.orders().find(orderId(index)).orElse(null);
    Map<Sku, Long> missing = new LinkedHashMap<>();
    if (order != null && !order.pickableQuantities().isEmpty()) {
      Map.Entry<Sku, Long> first = order.pickableQuantities().entrySet().iterator().next();
      missing.put(first.getKey(), everything ? first.getValue() : 1L);
    } else {
      missing.put(Sku.of("SKU-A"), 1L);
    }
    send(
        "reportShortPick " + missing,
        index,
        (s, id) -> s.reportShortPick(orderId(index), storeOf(index), id, missing),
        () ->
            missing.forEach(
                (sku, units) ->
                    shortPicked
                        .computeIfAbsent(orderId(index), k -> new HashMap<>())
                        .merge(sku, units, Long::sum)));
  }

  void markReady(int index) {
    send("markReady", index, (s, id) -> s.markReady(orderId(index), storeOf(index), id));
  }

  void checkIn(int index) {
    send("checkIn", index, (s, id) -> s.checkIn(orderId(index), id, Arrival.IN_STORE));
  }

  void pickUp(int index, boolean everything) {
    PickupOrder order = harness.orders().find(orderId(index)).orElse(null);
    if (everything || order == null || order.pickableQuantities().isEmpty()) {
      send("pickUpAll", index, (s, id) -> s.pickUpAll(orderId(index), id));
      return;
    }
    Map.Entry<Sku, Long> first = order.pickableQuantities().entrySet().iterator().next();
    Map<Sku, Long> some = Map.of(first.getKey(), Math.max(1, first.getValue() - 1));
    send("pickUp " + some, index, (s, id) -> s.pickUp(orderId(index), id, some));
  }

  void extendHold(int index) {
    send("extendHold", index, (s, id) -> s.extendHold(orderId(index), id));
  }

  void cancel(int index, CancelledBy by) {
    send(
        "cancel by " + by,
        index,
        (s, id) -> s.cancel(orderId(index), id, by, ReasonCode.CUSTOMER_CANCELLED));
  }

  /** Sends a cancel and a pick-up for one order back to back: at most one of them applies. */
  void cancelAndPickUp(int index) {
    CommandResult cancel =
        send(
            "cancel",
            index,
            (s, id) -> s.cancel(orderId(index), id, CancelledBy.STORE, ReasonCode.STORE_CANCELLED));
    CommandResult pickUp = send("pickUpAll", index, (s, id) -> s.pickUpAll(orderId(index), id));
    long applied =
        Stream.of(cancel, pickUp)
            .filter(r -> r != null && r.outcome() == CommandOutcome.APPLIED)
            .count();
    assertThat(applied).as("cancel and pick-up both applied").isLessThanOrEqualTo(1);
  }

  /** Delivers an earlier command again with its own id. */
  void redeliver(int pick) {
    if (sent.isEmpty()) {
      return;
    }
    int position = pick % sent.size();
    Sent earlier = sent.get(position);
    int before = harness.events().size();
    CommandResult result = call(earlier.call(), earlier.id());
    if (earlier.outcome() == CommandOutcome.APPLIED) {
      assertThat(result).as("redelivered %s", earlier.description()).isNotNull();
      assertThat(result.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
      assertThat(result.firstOutcome()).isEqualTo(CommandOutcome.APPLIED);
      assertThat(newEvents(before)).as("events of a duplicate").isEmpty();
      return;
    }
    // A command that did not apply was not recorded, so it is judged afresh.
    checkEventsOf(earlier.description(), earlier.id(), result, before);
    if (result != null && result.outcome() == CommandOutcome.APPLIED) {
      earlier.onApplied().run();
      sent.set(
          position,
          new Sent(
              earlier.description(),
              earlier.id(),
              earlier.call(),
              earlier.onApplied(),
              CommandOutcome.APPLIED));
    }
  }

  void failNotifications(int calls) {
    harness.notifier().failNext(calls);
  }

  void advanceAndRunDue(Duration step) {
    harness.clock().advance(step);
    int before = harness.events().size();
    harness.service().runDue();
    for (OrderEvent event : newEvents(before)) {
      assertThat(event.commandId()).as("command id of a scheduler event %s", event).isNull();
      assertThat(event)
          .isInstanceOfAny(
              OrderEvent.StoreRejected.class,
              OrderEvent.OrderUnfulfillable.class,
              OrderEvent.ReminderSent.class,
              OrderEvent.OrderExpired.class);
    }
  }

  // ---- command plumbing -------------------------------------------------------------------

  @FunctionalInterface
  interface Call {
    CommandResult apply(PickupService service, CommandId id);
  }

  private StoreId storeOf(int index) {
    return harness
        .orders()
        .find(orderId(index))
        .map(PickupOrder::storeId)
        .orElse(StoreId.of("STORE-NEAR"));
  }

  private CommandResult send(String description, int index, Call call) {
    return send(description, index, call, () -> {});
  }

  private CommandResult send(String description, int index, Call call, Runnable onApplied) {
    CommandId id = CommandId.of("c" + (++commandCounter));
    Function<CommandId, CommandResult> bound =
        commandId -> call.apply(harness.service(), commandId);
    int before = harness.events().size();
    CommandResult result = call(bound, id);
    checkEventsOf(description, id, result, before);
    CommandOutcome outcome = result == null ? CommandOutcome.DECLINED : result.outcome();
    if (outcome == CommandOutcome.APPLIED) {
      onApplied.run();
    }
    sent.add(new Sent(description + " O-" + index, id, bound, onApplied, outcome));
    return result;
  }

  /** Runs the call; returns null when the library refused it with an exception it documents. */
  private static CommandResult call(Function<CommandId, CommandResult> call, CommandId id) {
    try {
      return call.apply(id);
    } catch (IllegalTransitionException | WrongStoreException refused) {
      return null;
    } catch (IllegalArgumentException invalid) {
      // Unknown order, or a short pick or pick-up that no longer fits the order.
      return null;
    }
  }

  /**
   * Checks the events caused by one command. A command that did not apply emits none. An applied
   * command emits one event of its step's type first, all its events share the version it stored,
   * and only two steps add more: a rejection that ends the order adds {@code OrderUnfulfillable},
   * and a short pick that moves the order adds {@code StoreRejected}, then possibly {@code
   * OrderUnfulfillable}.
   */
  private void checkEventsOf(String description, CommandId id, CommandResult result, int before) {
    List<OrderEvent> mine =
        newEvents(before).stream().filter(e -> id.equals(e.commandId())).toList();
    if (result == null || result.outcome() != CommandOutcome.APPLIED) {
      assertThat(mine).as("events of %s, which did not apply", description).isEmpty();
      return;
    }
    assertThat(mine).as("events of %s", description).isNotEmpty();
    OrderEvent primary = mine.get(0);
    assertThat(mine)
        .as("versions of the events of %s", description)
        .extracting(OrderEvent::version)
        .containsOnly(primary.version());
    List<Class<?>> companions = mine.stream().skip(1).<Class<?>>map(Object::getClass).toList();
    if (primary instanceof OrderEvent.StoreRejected rejected) {
      assertThat(companions)
          .containsExactlyElementsOf(
              rejected.nextStoreId() == null
                  ? List.of(OrderEvent.OrderUnfulfillable.class)
                  : List.of());
    } else if (primary instanceof OrderEvent.ShortPicked) {
      assertThat(companions)
          .isIn(
              List.of(),
              List.of(OrderEvent.StoreRejected.class),
              List.of(OrderEvent.StoreRejected.class, OrderEvent.OrderUnfulfillable.class));
    } else {
      assertThat(companions).as("extra events of %s", description).isEmpty();
    }
    record(primary, mine);
  }

  private void record(OrderEvent primary, List<OrderEvent> events) {
    for (OrderEvent event : events) {
      if (event instanceof OrderEvent.StoreRejected rejected && rejected.nextStoreId() != null) {
        reached.add("rerouted");
      } else if (event instanceof OrderEvent.OrderUnfulfillable) {
        reached.add("unfulfillable");
      } else if (event instanceof OrderEvent.OrderCancelled) {
        reached.add("cancelled");
      } else if (event instanceof OrderEvent.PickedUp pickedUp && !pickedUp.released().isEmpty()) {
        reached.add("partial pickup");
      }
    }
  }

  private List<OrderEvent> newEvents(int before) {
    List<OrderEvent> all = harness.events().all();
    return all.subList(before, all.size());
  }

  // ---- invariants ---------------------------------------------------------------------------

  /** Checks every invariant of the system; runs after every step. */
  void checkInvariants() {
    List<OrderEvent> all = harness.events().all();
    for (OrderEvent event : all.subList(eventsSeen, all.size())) {
      if (event instanceof OrderEvent.OrderExpired) {
        reached.add("expired");
      } else if (event instanceof OrderEvent.StoreRejected r && r.nextStoreId() != null) {
        reached.add("rerouted");
      } else if (event instanceof OrderEvent.OrderUnfulfillable) {
        reached.add("unfulfillable");
      }
    }
    eventsSeen = all.size();

    checkClosedOrdersStayClosed();
    checkReservedMatchesOpenOrders();
    checkOnHandMovesOnlyByCollectionAndWriteOff();
    assertThat(harness.notifier().keysDeliveredTwice()).as("keys delivered twice").isEmpty();
  }

  private void checkClosedOrdersStayClosed() {
    for (PickupOrder order : harness.orders().all()) {
      OrderState closed = closedStates.get(order.id());
      if (closed != null) {
        assertThat(order.state()).as("state of closed order %s", order.id()).isEqualTo(closed);
      } else if (order.state().isTerminal()) {
        closedStates.put(order.id(), order.state());
      }
      assertThat(order.stockSettled()).as("stock settled of %s", order.id()).isTrue();
      if (!order.state().isTerminal()) {
        Allocation allocation = harness.inventory().allocation(order.id()).orElseThrow();
        assertThat(allocation.storeId())
            .as("store holding %s", order.id())
            .isEqualTo(order.storeId());
      }
    }
  }

  private void checkReservedMatchesOpenOrders() {
    Map<StoreId, Map<Sku, Long>> held = new HashMap<>();
    for (Allocation allocation : harness.inventory().allocations()) {
      PickupOrder order = harness.orders().find(allocation.orderId()).orElseThrow();
      if (order.state().isTerminal()) {
        assertThat(allocation.held()).as("stock held by closed order %s", order.id()).isEmpty();
        continue;
      }
      assertThat(allocation.storeId())
          .as("store holding %s", order.id())
          .isEqualTo(order.storeId());
      assertThat(allocation.held())
          .as("stock held by open order %s", order.id())
          .isEqualTo(order.pickableQuantities());
      allocation
          .held()
          .forEach(
              (sku, units) ->
                  held.computeIfAbsent(allocation.storeId(), k -> new HashMap<>())
                      .merge(sku, units, Long::sum));
    }
    harness
        .initialStock()
        .forEach(
            (store, levels) ->
                levels
                    .keySet()
                    .forEach(
                        sku ->
                            assertThat(harness.inventory().level(store, sku).reserved())
                                .as("reserved %s at %s", sku, store)
                                .isEqualTo(
                                    held.getOrDefault(store, Map.of()).getOrDefault(sku, 0L))));
  }

  private void checkOnHandMovesOnlyByCollectionAndWriteOff() {
    Set<InventoryMovement.Type> leaving =
        EnumSet.of(InventoryMovement.Type.COLLECT, InventoryMovement.Type.WRITE_OFF);
    for (InventoryMovement movement : harness.journal().movements()) {
      if (movement.onHandDelta() != 0) {
        assertThat(movement.type()).as("movement changing on hand").isIn(leaving);
      }
    }
    harness
        .initialStock()
        .forEach(
            (store, levels) ->
                levels.forEach(
                    (sku, initial) -> {
                      long left =
                          harness.journal().units(store, sku, InventoryMovement.Type.COLLECT)
                              + harness
                                  .journal()
                                  .units(store, sku, InventoryMovement.Type.WRITE_OFF);
                      assertThat(harness.inventory().level(store, sku).onHand())
                          .as("on hand of %s at %s", sku, store)
                          .isEqualTo(initial - left);
                    }));
    for (PickupOrder order : harness.orders().all()) {
      for (Sku sku : order.orderedQuantities().keySet()) {
        assertThat(harness.journal().units(order.id(), sku, InventoryMovement.Type.COLLECT))
            .as("collected %s of %s", sku, order.id())
            .isEqualTo(order.collected().getOrDefault(sku, 0L));
        assertThat(harness.journal().units(order.id(), sku, InventoryMovement.Type.WRITE_OFF))
            .as("written off %s of %s", sku, order.id())
            .isEqualTo(shortPicked.getOrDefault(order.id(), Map.of()).getOrDefault(sku, 0L));
      }
    }
  }
}
