package dev.bopis.core.order;

import dev.bopis.core.model.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jspecify.annotations.Nullable;

/** Thread-safe order repository kept in memory, with an index of due times for the scheduler. */
public final class InMemoryOrderRepository implements OrderRepository {

  private final ConcurrentHashMap<OrderId, PickupOrder> orders = new ConcurrentHashMap<>();
  private final ConcurrentSkipListSet<Due> dueIndex = new ConcurrentSkipListSet<>();

  @Override
  public Optional<PickupOrder> find(OrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public boolean insert(PickupOrder order) {
    if (order.version() != 1) {
      throw new IllegalArgumentException(
          "new order " + order.id() + " must be at version 1, not " + order.version());
    }
    boolean[] inserted = {false};
    orders.computeIfAbsent(
        order.id(),
        id -> {
          inserted[0] = true;
          index(null, order);
          return order;
        });
    return inserted[0];
  }

  @Override
  public void update(PickupOrder order) {
    Objects.requireNonNull(order, "order");
    orders.compute(
        order.id(),
        (id, stored) -> {
          long actual = stored == null ? 0 : stored.version();
          if (stored == null || actual != order.version() - 1) {
            throw new ConcurrentOrderUpdateException(id, order.version() - 1, actual);
          }
          index(stored, order);
          return order;
        });
  }

  @Override
  public List<PickupOrder> findDue(Instant now, int limit) {
    List<PickupOrder> due = new ArrayList<>();
    for (Due entry : dueIndex) {
      if (entry.at.isAfter(now) || due.size() >= limit) {
        break;
      }
      PickupOrder order = orders.get(entry.orderId);
      if (order != null && order.dueAt().map(at -> !at.isAfter(now)).orElse(false)) {
        due.add(order);
      }
    }
    return due;
  }

  /** Returns every stored order, for audits and reports. */
  public Collection<PickupOrder> all() {
    return Collections.unmodifiableCollection(orders.values());
  }

  private void index(@Nullable PickupOrder previous, PickupOrder next) {
    if (previous != null) {
      previous.dueAt().ifPresent(at -> dueIndex.remove(new Due(at, previous.id())));
    }
    next.dueAt().ifPresent(at -> dueIndex.add(new Due(at, next.id())));
  }

  private record Due(Instant at, OrderId orderId) implements Comparable<Due> {
    @Override
    public int compareTo(Due other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : orderId.compareTo(other.orderId);
    }
  }
}
