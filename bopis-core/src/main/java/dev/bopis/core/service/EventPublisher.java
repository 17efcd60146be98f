package dev.bopis.core.service;

import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.PickupOrder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Hands the events of stored transitions to the listeners, isolating the caller from listener
 * failures, and keeps the workload counts in step. Thread-safe.
 */
final class EventPublisher {

  private static final System.Logger LOG = System.getLogger(PickupService.class.getName());

  private final CopyOnWriteArrayList<OrderEventListener> listeners;
  private final WorkloadTracker workload = new WorkloadTracker();

  EventPublisher(List<OrderEventListener> listeners) {
    this.listeners = new CopyOnWriteArrayList<>(listeners);
  }

  void add(OrderEventListener listener) {
    listeners.add(listener);
  }

  WorkloadTracker workload() {
    return workload;
  }

  /** Publishes the events of a change that is already stored. */
  void publish(@Nullable PickupOrder previous, PickupOrder next, List<OrderEvent> events) {
    workload.onStored(previous, next);
    for (OrderEvent event : events) {
      for (OrderEventListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException e) {
          LOG.log(
              System.Logger.Level.WARNING,
              "order event listener "
                  + listener.getClass().getName()
                  + " failed on "
                  + event.getClass().getSimpleName()
                  + " of order "
                  + event.orderId()
                  + " version "
                  + event.version(),
              e);
        }
      }
    }
  }
}
