package dev.bopis.core.testing;

import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.service.OrderEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An event listener that keeps every event it receives, in arrival order. Thread-safe. */
public final class EventRecorder implements OrderEventListener {

  private final List<OrderEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(OrderEvent event) {
    events.add(event);
  }

  /** Returns every event received so far. */
  public synchronized List<OrderEvent> all() {
    return List.copyOf(events);
  }

  /** Returns the events of {@code orderId}. */
  public synchronized List<OrderEvent> of(OrderId orderId) {
    return events.stream().filter(e -> e.orderId().equals(orderId)).toList();
  }

  /** Returns the events caused by {@code commandId}. */
  public synchronized List<OrderEvent> causedBy(CommandId commandId) {
    return events.stream().filter(e -> Objects.equals(e.commandId(), commandId)).toList();
  }

  /** Returns the events of type {@code type}. */
  public synchronized <E extends OrderEvent> List<E> ofType(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Returns how many events were received. */
  public synchronized int size() {
    return events.size();
  }
}
