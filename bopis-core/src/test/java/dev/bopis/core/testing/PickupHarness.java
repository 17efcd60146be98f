package dev.bopis.core.testing;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.service.PickupPolicy;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PickupService} wired to in-memory ports, a {@link MutableClock}, a {@link
 * FlakyNotifier}, an {@link EventRecorder} and an {@link InventoryJournal}, for tests that drive
 * the whole flow. Each harness is fresh: nothing is shared between two of them.
 */
public final class PickupHarness {

  /** The instant every harness clock starts at unless a test sets another: a Monday, 09:00 UTC. */
  public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

  private final MutableClock clock;
  private final InMemoryStoreDirectory stores;
  private final InventoryJournal journal;
  private final InMemoryInventory inventory;
  private final InMemoryOrderRepository orders;
  private final FlakyNotifier notifier;
  private final EventRecorder events;
  private final PickupService service;
  private final Map<StoreId, Map<Sku, Long>> initialOnHand;
  private final AtomicInteger commandSequence = new AtomicInteger();

  private PickupHarness(Builder builder) {
    this.clock = new MutableClock(builder.start);
    this.stores = new InMemoryStoreDirectory(builder.stores);
    this.journal = new InventoryJournal();
    this.inventory = new InMemoryInventory(journal);
    this.orders = new InMemoryOrderRepository();
    this.notifier = new FlakyNotifier();
    this.events = new EventRecorder();
    this.initialOnHand = new LinkedHashMap<>();
    builder.stock.forEach(
        (store, levels) ->
            levels.forEach(
                (sku, onHand) -> {
                  inventory.put(store, sku, onHand, 0);
                  initialOnHand
                      .computeIfAbsent(store, key -> new LinkedHashMap<>())
                      .put(sku, onHand);
                }));
    CandidateFinder finder =
        builder.candidates != null
            ? builder.candidates.apply(this)
            : new NearestCandidates(stores, inventory);
    this.service =
        PickupService.builder()
            .stores(stores)
            .inventory(inventory)
            .orders(orders)
            .notifier(notifier)
            .candidates(finder)
            .clock(clock)
            .policy(builder.policy)
            .listener(events)
            .build();
  }

  /** Returns a builder with no stores, no stock and the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the service under test. */
  public PickupService service() {
    return service;
  }

  /** Returns the clock the service reads. */
  public MutableClock clock() {
    return clock;
  }

  /** Returns the store directory. */
  public InMemoryStoreDirectory stores() {
    return stores;
  }

  /** Returns the inventory. */
  public InMemoryInventory inventory() {
    return inventory;
  }

  /** Returns the journal of every stock movement. */
  public InventoryJournal journal() {
    return journal;
  }

  /** Returns the order repository. */
  public InMemoryOrderRepository orders() {
    return orders;
  }

  /** Returns the notifier. */
  public FlakyNotifier notifier() {
    return notifier;
  }

  /** Returns the recorder of every event. */
  public EventRecorder events() {
    return events;
  }

  /** Returns a fresh command id, {@code cmd-1}, {@code cmd-2} and so on. */
  public CommandId nextCommandId() {
    return CommandId.of("cmd-" + commandSequence.incrementAndGet());
  }

  /** Returns the stock level of {@code sku} at {@code storeId}. */
  public StockLevel level(String storeId, String sku) {
    return inventory.level(StoreId.of(storeId), Sku.of(sku));
  }

  /** Returns the on hand loaded at start for {@code sku} at {@code storeId}; 0 if none. */
  public long initialOnHand(StoreId storeId, Sku sku) {
    return initialOnHand.getOrDefault(storeId, Map.of()).getOrDefault(sku, 0L);
  }

  /** Returns every store and SKU loaded at start. */
  public Map<StoreId, Map<Sku, Long>> initialStock() {
    Map<StoreId, Map<Sku, Long>> copy = new LinkedHashMap<>();
    initialOnHand.forEach((store, levels) -> copy.put(store, Map.copyOf(levels)));
    return copy;
  }

  /** Returns the stored order. */
  public PickupOrder order(String orderId) {
    return order(OrderId.of(orderId));
  }

  /**
   * Returns the stored order.
   *
   * @throws AssertionError if the order was never stored
   */
  public PickupOrder order(OrderId orderId) {
    return orders
        .find(orderId)
        .orElseThrow(() -> new AssertionError("order " + orderId + " is not stored"));
  }

  /**
   * Places the order and returns it.
   *
   * @throws AssertionError if the placement was declined
   */
  public PickupOrder placed(PlaceOrder command) {
    PlacementResult result = service.place(command);
    if (result instanceof PlacementResult.Placed placed) {
      return placed.order();
    }
    throw new AssertionError("order " + command.orderId() + " was not placed: " + result);
  }

  /** Places the order and has its store accept it. */
  public PickupOrder accepted(PlaceOrder command) {
    PickupOrder order = placed(command);
    return service.accept(order.id(), order.storeId(), nextCommandId()).order();
  }

  /** Places the order, has the store accept it and mark it ready for pickup. */
  public PickupOrder ready(PlaceOrder command) {
    PickupOrder order = accepted(command);
    return service.markReady(order.id(), order.storeId(), nextCommandId()).order();
  }

  /** Builds a {@link PickupHarness}. Not thread-safe. */
  public static final class Builder {
    private final List<PickupLocation> stores = new ArrayList<>();
    private final Map<StoreId, Map<Sku, Long>> stock = new LinkedHashMap<>();
    private PickupPolicy policy = PickupPolicy.defaults();
    private Instant start = START;
    private @Nullable Function<PickupHarness, CandidateFinder> candidates;

    private Builder() {}

    /** Adds a store. */
    public Builder store(PickupLocation store) {
      stores.add(Objects.requireNonNull(store, "store"));
      return this;
    }

    /** Adds a store built by {@code store}. */
    public Builder store(TestStores.Builder store) {
      return store(store.build());
    }

    /** Loads {@code onHand} units of {@code sku} at {@code storeId}, with no safety stock. */
    public Builder stock(String storeId, String sku, long onHand) {
      stock
          .computeIfAbsent(StoreId.of(storeId), key -> new LinkedHashMap<>())
          .put(Sku.of(sku), onHand);
      return this;
    }

    /** Sets the policy. */
    public Builder policy(PickupPolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** Sets the instant the clock starts at. */
    public Builder start(Instant value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /**
     * Replaces the default {@link NearestCandidates} finder; the function receives the harness so
     * the finder can read its stores and inventory.
     */
    public Builder candidates(Function<PickupHarness, CandidateFinder> value) {
      this.candidates = Objects.requireNonNull(value, "candidates");
      return this;
    }

    /** Returns the harness. */
    public PickupHarness build() {
      return new PickupHarness(this);
    }
  }
}
