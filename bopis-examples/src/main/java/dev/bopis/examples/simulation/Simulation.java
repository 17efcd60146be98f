package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.service.CommandResult;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.examples.data.Basket;
import dev.bopis.examples.data.SampleData;
import dev.bopis.examples.data.ZipCentroid;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Runs several simulated days of pickup orders through {@link PickupService}.
 *
 * <p>Baskets from the sample are spread over the days. For each, the customer requests pickup
 * options at checkout, then places the order for a store of the list or lets the library source the
 * nearest store that can fill the cart. Stores accept or reject, pick and stage, while customers
 * arrive, collect all or part, cancel or never come, and the scheduler runs every ten simulated
 * minutes. Every random choice (store behaviour, customer behaviour, gateway failures) comes from
 * the seed and is synthetic; places, ZIPs and baskets are real.
 *
 * <p>Orders and stock live in a {@link Backend}, in memory or in PostgreSQL; the run is the same
 * code on either. Single-threaded: one simulated clock, one queue of timed actions.
 */
final class Simulation {

  /** Baskets are placed between 12:00 and 02:00 UTC, daytime across the US time zones. */
  private static final Duration FIRST_ORDER_OF_DAY = Duration.ofHours(12);

  private static final Duration ORDER_SPREAD = Duration.ofHours(14);
  private static final Duration SCHEDULER_PERIOD = Duration.ofMinutes(10);
  private static final ZoneId DAY_ZONE = ZoneId.of("UTC");

  private final SimulationOptions options;
  private final SampleData data;
  private final PrintStream progress;
  private final SplittableRandom random;

  private final PriorityQueue<Action> queue = new PriorityQueue<>();
  private long actionSequence;
  private int commandSequence;

  private final SimulatedClock clock;
  private PickupService service;
  private InventoryPort inventory;
  private OrderRepository orders;
  private Backend backend;
  private SyntheticNetwork network;
  private Checkout checkout;
  private final Metrics metrics = new Metrics();

  Simulation(SimulationOptions options, SampleData data, PrintStream progress) {
    this.options = options;
    this.data = data;
    this.progress = progress;
    this.random = new SplittableRandom(options.seed());
    this.clock = new SimulatedClock(startOf(options));
  }

  /**
   * Returns the clock of the run, at the start of the first simulated day until {@link #run} moves
   * it. A backend stamps its rows with it.
   */
  SimulatedClock clock() {
    return clock;
  }

  /**
   * Runs the whole simulation on {@code backend}, which must be empty, and returns its report. Call
   * once per instance.
   */
  SimulationReport run(Backend backend) {
    Instant start = startOf(options);
    this.backend = backend;
    inventory = backend.inventory();
    orders = backend.orders();

    long setupStarted = System.nanoTime();
    network =
        SyntheticNetwork.generate(
            data.stores(),
            data.products(),
            options.stores(),
            random.nextLong(),
            backend::loadStock);
    Reconciliation reconciliation = new Reconciliation();
    reconciliation.start(backend.stockLevels());
    long setupNanos = System.nanoTime() - setupStarted;

    InMemoryStoreDirectory directory = new InMemoryStoreDirectory(network.locations());
    FlakyNotifier notifier = new FlakyNotifier(random.nextLong(), 2);
    checkout = new Checkout(directory, inventory, clock);
    service =
        PickupService.builder()
            .stores(directory)
            .inventory(inventory)
            .orders(orders)
            .notifier(notifier)
            .candidates(checkout.candidateFinder())
            .clock(clock)
            .listener(this::onEvent)
            .build();
    checkout.workload(service::ordersInPreparation, service.policy().preparationRule());

    List<Basket> baskets = selectBaskets();
    scheduleBaskets(baskets, start);
    scheduleReplenishment(start);
    long startedNanos = System.nanoTime();
    drain(start.plus(Duration.ofDays(options.days() + 6L)));
    long elapsedNanos = System.nanoTime() - startedNanos;

    long auditStarted = System.nanoTime();
    List<PickupOrder> finalOrders = backend.allOrders();
    Reconciliation.Result balance = reconciliation.check(backend.audit(), finalOrders);
    long auditNanos = System.nanoTime() - auditStarted;
    return new SimulationReport(
        options,
        backend.description(),
        network.locations().size(),
        baskets.size(),
        metrics,
        notifier.delivered(),
        notifier.failures(),
        notifier.duplicates(),
        balance,
        finalOrders,
        network.locations().stream()
            .map(
                store ->
                    new RouteMap.StoreDot(
                        store.id(), store.name(), store.location(), store.pickupEnabled()))
            .toList(),
        elapsedNanos,
        setupNanos,
        auditNanos);
  }

  private static Instant startOf(SimulationOptions options) {
    return options.startDate().atStartOfDay(DAY_ZONE).toInstant();
  }

  private List<Basket> selectBaskets() {
    List<Basket> all = data.baskets();
    int count = options.orders() == 0 ? all.size() : Math.min(options.orders(), all.size());
    return all.subList(0, count);
  }

  private void scheduleBaskets(List<Basket> baskets, Instant start) {
    for (int i = 0; i < baskets.size(); i++) {
      Basket basket = baskets.get(i);
      long day = (long) i * options.days() / baskets.size();
      long offsetSeconds = random.nextLong(ORDER_SPREAD.toSeconds());
      Instant at =
          start.plus(Duration.ofDays(day)).plus(FIRST_ORDER_OF_DAY).plusSeconds(offsetSeconds);
      schedule(at, () -> checkoutAndPlace(basket));
    }
  }

  /** Schedules a nightly delivery of a few units of one in a hundred SKUs to every store. */
  private void scheduleReplenishment(Instant start) {
    for (int day = 1; day <= options.days(); day++) {
      Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(8));
      schedule(at, this::replenish);
    }
  }

  private void replenish() {
    SplittableRandom nightly = random.split();
    int perStore = Math.max(1, network.skuCount() / 100);
    for (PickupLocation store : network.locations()) {
      List<InventoryAdjustment> delivery = new ArrayList<>();
      for (int i = 0; i < perStore; i++) {
        Sku sku = network.skuAt(nightly.nextInt(network.skuCount()));
        delivery.add(
            InventoryAdjustment.relative(store.id(), sku, 1 + nightly.nextInt(4), REPLENISHMENT));
      }
      backend.adjustAll(delivery);
      metrics.replenishments += delivery.size();
    }
  }

  private static final ReasonCode REPLENISHMENT = new ReasonCode("REPLENISHMENT");

  /** Runs actions in time order, with a scheduler run every ten minutes, until the end. */
  private void drain(Instant end) {
    Instant nextTick = clock.instant().plus(SCHEDULER_PERIOD);
    long lastDay = -1;
    while (!queue.isEmpty() || nextTick.isBefore(end)) {
      Action next = queue.peek();
      if (next == null || !nextTick.isAfter(next.at)) {
        if (!nextTick.isBefore(end) && next == null) {
          break;
        }
        clock.advanceTo(nextTick);
        metrics.schedulerRuns++;
        var run = service.runDue();
        metrics.acknowledgementTimeouts += run.acknowledgementTimeouts();
        nextTick = nextTick.plus(SCHEDULER_PERIOD);
        if (next == null && allClosed()) {
          break;
        }
      } else {
        queue.poll();
        clock.advanceTo(next.at);
        next.step.run();
      }
      long day =
          Duration.between(options.startDate().atStartOfDay(DAY_ZONE).toInstant(), clock.instant())
              .toDays();
      if (day != lastDay) {
        lastDay = day;
        if (!options.quiet()) {
          progress.printf(
              "simulated day %d (%s) begins: %d orders placed so far, %d declined%n",
              day + 1,
              clock.instant().atZone(DAY_ZONE).toLocalDate(),
              metrics.placed,
              metrics.declined.values().stream().mapToInt(Integer::intValue).sum());
        }
      }
    }
  }

  private boolean allClosed() {
    return backend.allOrdersFinished();
  }

  // ---- checkout and placement ----

  private void checkoutAndPlace(Basket basket) {
    ZipCentroid zip = data.zip(basket.zip()).orElseThrow();
    GeoPoint location = GeoPoint.of(zip.latitude(), zip.longitude());
    SplittableRandom customer = random.split();
    Cart cart = cartOf(basket);
    PickupMethod method =
        customer.nextInt(100) < 30 ? PickupMethod.CURBSIDE : PickupMethod.IN_STORE;

    Checkout.Options checkoutOptions = checkout.options(location, cart, method, metrics);
    metrics.checkoutQueries++;
    metrics.optionsShown += checkoutOptions.wholeCartStores().size();
    StoreId chosen = null;
    if (!checkoutOptions.wholeCartStores().isEmpty() && customer.nextInt(100) < 25) {
      int pick = checkoutOptions.wholeCartStores().size() > 1 && customer.nextInt(100) < 30 ? 1 : 0;
      chosen = checkoutOptions.wholeCartStores().get(pick);
    }
    StoreId nearestAtPlacement = checkoutOptions.nearestWholeCart();

    OrderId orderId = OrderId.of(basket.orderId());
    // Registered before placement because the placement's own event reads the customer's
    // behaviour.
    metrics.behaviour.put(orderId, customer);
    PlaceOrder command =
        new PlaceOrder(
            orderId,
            nextCommand(),
            customerOf(basket, customer),
            location,
            cart,
            method,
            chosen,
            null);
    PlacementResult result = service.place(command);
    if (result instanceof PlacementResult.Declined declined) {
      metrics.declined.merge(declined.reason().name(), 1, Integer::sum);
      if (declined.shipToHomeOffered()) {
        metrics.shipToHomeAtCheckout++;
      }
      return;
    }
    PickupOrder order = ((PlacementResult.Placed) result).order();
    metrics.placed++;
    metrics.placements.put(
        orderId,
        new Metrics.Placement(
            chosen != null,
            location,
            order.storeId(),
            nearestAtPlacement,
            checkout.distanceKm(location, order.storeId())));
  }

  private Cart cartOf(Basket basket) {
    List<OrderLine> lines = new ArrayList<>();
    for (dev.bopis.examples.data.OrderLine line : basket.lines()) {
      lines.add(new OrderLine(network.sku(line.productId()), line.quantity()));
    }
    return new Cart(lines);
  }

  private static Customer customerOf(Basket basket, SplittableRandom random) {
    String id = "C-" + basket.orderId();
    boolean sms = random.nextInt(100) < 60;
    // Synthetic contact details: example.com and the 555 exchange are reserved for fiction.
    String phone = String.format("+1202555%04d", random.nextInt(10_000));
    String email = id.toLowerCase() + "@example.com";
    return new Customer(id, email, phone, sms ? ContactChannel.SMS : ContactChannel.EMAIL);
  }

  // ---- store and customer behaviour, driven by events ----

  private void onEvent(OrderEvent event) {
    metrics.events.merge(event.getClass().getSimpleName(), 1, Integer::sum);
    if (event instanceof OrderEvent.OrderPlaced placed) {
      storeAnswers(placed.orderId(), placed.storeId());
    } else if (event instanceof OrderEvent.StoreRejected rejected) {
      if (rejected.nextStoreId() != null) {
        metrics.reroutes++;
        storeAnswers(rejected.orderId(), rejected.nextStoreId());
      }
    } else if (event instanceof OrderEvent.StoreAccepted accepted) {
      storePicks(accepted.orderId(), accepted.storeId());
    } else if (event instanceof OrderEvent.ReadyForPickup ready) {
      customerComes(ready);
    } else if (event instanceof OrderEvent.OrderExpired) {
      metrics.expiries++;
    }
  }

  private void storeAnswers(OrderId orderId, StoreId storeId) {
    SplittableRandom store = random.split();
    Instant at = clock.instant().plus(Duration.ofMinutes(2 + store.nextInt(24)));
    int roll = store.nextInt(100);
    if (roll < 6) {
      schedule(
          at, () -> quietly(() -> service.reject(orderId, storeId, nextCommand(), "no staff")));
    } else if (roll < 10) {
      metrics.silentStores++;
    } else {
      schedule(at, () -> quietly(() -> service.accept(orderId, storeId, nextCommand())));
    }
    SplittableRandom customer = metrics.behaviour.get(orderId);
    if (customer != null && customer.nextInt(100) < 2) {
      Instant cancelAt = clock.instant().plus(Duration.ofMinutes(10 + customer.nextInt(50)));
      schedule(
          cancelAt,
          () ->
              quietly(
                  () ->
                      service.cancel(
                          orderId,
                          nextCommand(),
                          CancelledBy.CUSTOMER,
                          ReasonCode.CUSTOMER_CANCELLED)));
    }
  }

  private void storePicks(OrderId orderId, StoreId storeId) {
    SplittableRandom store = random.split();
    Instant pickAt = clock.instant().plus(Duration.ofMinutes(5 + store.nextInt(25)));
    schedule(
        pickAt,
        () -> {
          quietly(() -> service.startPicking(orderId, storeId, nextCommand()));
          PickupOrder order = orders.find(orderId).orElseThrow();
          if (order.state() == OrderState.PICKING && store.nextInt(100) < 4) {
            Map<Sku, Long> pickable = order.pickableQuantities();
            Sku sku = List.copyOf(pickable.keySet()).get(store.nextInt(pickable.size()));
            long missing = 1 + store.nextInt((int) Math.min(pickable.get(sku), 3));
            metrics.shortPicks++;
            quietly(
                () ->
                    service.reportShortPick(orderId, storeId, nextCommand(), Map.of(sku, missing)));
          }
          PickupOrder now = orders.find(orderId).orElseThrow();
          if (now.state() == OrderState.PICKING && now.storeId().equals(storeId)) {
            Instant readyAt =
                later(now.estimatedReadyAt(), clock.instant().plus(Duration.ofMinutes(10)));
            scheduleReady(orderId, storeId, readyAt, store);
          }
        });
  }

  private void scheduleReady(OrderId orderId, StoreId storeId, Instant at, SplittableRandom store) {
    CommandId command = nextCommand();
    schedule(at, () -> quietly(() -> service.markReady(orderId, storeId, command)));
    int roll = store.nextInt(100);
    if (roll < 5) {
      // The store app's webhook is delivered again with the same command id.
      schedule(
          at.plus(Duration.ofMinutes(1)),
          () -> quietly(() -> service.markReady(orderId, storeId, command)));
    } else if (roll < 7) {
      // A double click sends a second command asking for the same state.
      schedule(
          at.plusSeconds(2),
          () -> quietly(() -> service.markReady(orderId, storeId, nextCommand())));
    }
  }

  private void customerComes(OrderEvent.ReadyForPickup ready) {
    OrderId orderId = ready.orderId();
    SplittableRandom customer = metrics.behaviour.getOrDefault(orderId, random.split());
    int roll = customer.nextInt(100);
    if (roll < 8) {
      return;
    }
    Instant holdUntil = ready.holdUntil();
    Duration wait = Duration.ofMinutes((long) (-Math.log(1 - customer.nextDouble()) * 8 * 60));
    Instant arrival = ready.at().plus(wait);
    if (roll < 11) {
      // Asks for more time at the reminder and comes after the original hold window.
      Instant askAt = holdUntil.minus(Duration.ofHours(20));
      schedule(askAt, () -> quietly(() -> service.extendHold(orderId, nextCommand())));
      arrival = holdUntil.plus(Duration.ofHours(6));
    } else if (!arrival.isBefore(holdUntil)) {
      arrival = holdUntil.minus(Duration.ofHours(1));
    }
    boolean partial = customer.nextInt(100) < 7;
    schedule(arrival, () -> collect(orderId, partial, customer));
  }

  private void collect(OrderId orderId, boolean partial, SplittableRandom customer) {
    PickupOrder order = orders.find(orderId).orElseThrow();
    if (order.state() != OrderState.READY_FOR_PICKUP) {
      return;
    }
    if (order.method() == PickupMethod.CURBSIDE) {
      String bay = String.valueOf(1 + customer.nextInt(12));
      count(service.checkIn(orderId, nextCommand(), Arrival.curbside(bay, "synthetic vehicle")));
    }
    Instant handOver = clock.instant().plus(Duration.ofMinutes(2 + customer.nextInt(8)));
    schedule(
        handOver,
        () -> {
          PickupOrder current = orders.find(orderId).orElseThrow();
          if (current.state().isTerminal()) {
            return;
          }
          Map<Sku, Long> prepared = current.pickableQuantities();
          long units = prepared.values().stream().mapToLong(Long::longValue).sum();
          if (partial && units > 1) {
            Map<Sku, Long> some = new LinkedHashMap<>();
            prepared.forEach((sku, quantity) -> some.put(sku, customer.nextLong(quantity + 1)));
            if (some.values().stream().mapToLong(Long::longValue).sum() == 0) {
              some.put(prepared.keySet().iterator().next(), 1L);
            }
            count(service.pickUp(orderId, nextCommand(), some));
          } else {
            count(service.pickUpAll(orderId, nextCommand()));
          }
        });
  }

  // ---- plumbing ----

  private void count(CommandResult result) {
    metrics.outcomes.merge(result.outcome().name(), 1, Integer::sum);
  }

  /** Runs a step that a real store or customer might send too late; a refusal is counted. */
  private void quietly(java.util.function.Supplier<CommandResult> step) {
    try {
      count(step.get());
    } catch (IllegalStateException lateStep) {
      metrics.rejectedLateSteps++;
    }
  }

  private CommandId nextCommand() {
    return CommandId.of("cmd-" + (++commandSequence));
  }

  private void schedule(Instant at, Runnable step) {
    queue.add(new Action(at, ++actionSequence, step));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private record Action(Instant at, long sequence, Runnable step) implements Comparable<Action> {
    @Override
    public int compareTo(Action other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }
}
