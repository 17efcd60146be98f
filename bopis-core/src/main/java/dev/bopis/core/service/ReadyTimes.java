package dev.bopis.core.service;

import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.calendar.PickupWindowCheck;
import dev.bopis.core.calendar.PickupWindowPolicy;
import dev.bopis.core.calendar.PreparationRule;
import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.ReadyTimeSettings;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.store.PickupLocation;
import java.time.Instant;
import java.util.Optional;

/** Ready-time estimates and pickup-window checks for one store, with its current workload. */
final class ReadyTimes {

  private final ReadyTimeEstimator estimator;
  private final WorkloadTracker workload;

  ReadyTimes(PreparationRule rule, WorkloadTracker workload) {
    this.estimator = new ReadyTimeEstimator(new ReadyTimeSettings(rule));
    this.workload = workload;
  }

  /** Returns when an order placed now would be ready, or empty if the store never opens. */
  Optional<ReadyEstimate> estimate(PickupLocation store, PickupMethod method, Instant now) {
    return estimator.estimate(
        now,
        store.calendar(),
        store.preparationLead(),
        store.sameDayCutoff(),
        new Workload(workload.ordersInPreparation(store.id()), store.ordersPerHour()));
  }

  /** Returns the customer's window check at {@code store}. */
  PickupWindowCheck checkWindow(
      PickupWindow window,
      PickupLocation store,
      Instant now,
      Instant earliestReady,
      HoldWindowPolicy holdWindow) {
    Instant holdEnd = holdWindow.open(earliestReady, store.calendar(), null).end();
    return PickupWindowPolicy.check(window, now, earliestReady, holdEnd, store.calendar());
  }
}
