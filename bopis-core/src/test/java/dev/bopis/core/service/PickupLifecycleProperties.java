package dev.bopis.core.service;

import dev.bopis.core.order.CancelledBy;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command sequences over three orders and three stores, with redelivered command ids,
 * conflicting commands, notifier failures and the clock moved forward before each scheduler run.
 * After every step: closed orders stay closed, reserved stock equals what open orders hold, on hand
 * moves only by collection and write-off, no notification key is delivered twice, and every applied
 * command emitted exactly one event of its step (see {@link LifecycleModel}).
 */
class PickupLifecycleProperties {

  private static final Set<String> OUTCOMES =
      Set.of("rerouted", "unfulfillable", "expired", "partial pickup", "cancelled");

  @Property(tries = 200)
  void lifecycle_keepsItsInvariants(@ForAll("chains") ActionChain<LifecycleModel> chain) {
    LifecycleModel model = chain.withInvariant(LifecycleModel::checkInvariants).run();

    for (String outcome : OUTCOMES) {
      Statistics.label(outcome).collect(model.reached().contains(outcome));
    }
    for (String outcome : OUTCOMES) {
      Statistics.label(outcome).coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
    }
  }

  @Provide
  Arbitrary<ActionChain<LifecycleModel>> chains() {
    return ActionChain.startWith(LifecycleModel::new)
        .withAction(3, orderStep("place at chosen store", (m, i) -> m.place(i, false)))
        .withAction(3, orderStep("place nearest", (m, i) -> m.place(i, true)))
        .withAction(6, orderStep("accept", LifecycleModel::accept))
        .withAction(1, orderStep("accept at wrong store", LifecycleModel::acceptAtWrongStore))
        .withAction(2, orderStep("reject", LifecycleModel::reject))
        .withAction(2, orderStep("start picking", LifecycleModel::startPicking))
        .withAction(1, orderStep("short pick one unit", (m, i) -> m.reportShortPick(i, false)))
        .withAction(1, orderStep("short pick a line", (m, i) -> m.reportShortPick(i, true)))
        .withAction(6, orderStep("mark ready", LifecycleModel::markReady))
        .withAction(1, orderStep("check in", LifecycleModel::checkIn))
        .withAction(2, orderStep("pick up all", (m, i) -> m.pickUp(i, true)))
        .withAction(3, orderStep("pick up part", (m, i) -> m.pickUp(i, false)))
        .withAction(1, orderStep("extend hold", LifecycleModel::extendHold))
        .withAction(1, cancel())
        .withAction(1, orderStep("cancel and pick up", LifecycleModel::cancelAndPickUp))
        .withAction(3, redeliver())
        .withAction(1, failNotifications())
        .withAction(4, advanceAndRunDue())
        .withMaxTransformations(50);
  }

  /** A step on one of the orders, described with the order so a shrunk chain reads as a script. */
  private static Action.Independent<LifecycleModel> orderStep(
      String name, java.util.function.ObjIntConsumer<LifecycleModel> step) {
    return () ->
        orderIndex().map(i -> Transformer.mutate(name + " O-" + i, model -> step.accept(model, i)));
  }

  private static Action.Independent<LifecycleModel> cancel() {
    return () ->
        Combinators.combine(orderIndex(), Arbitraries.of(CancelledBy.class))
            .as((i, by) -> Transformer.mutate("cancel O-" + i + " by " + by, m -> m.cancel(i, by)));
  }

  private static Action.Independent<LifecycleModel> redeliver() {
    return () ->
        Arbitraries.integers()
            .between(0, 1000)
            .map(pick -> Transformer.mutate("redeliver command #" + pick, m -> m.redeliver(pick)));
  }

  private static Action.Independent<LifecycleModel> failNotifications() {
    return () ->
        Arbitraries.integers()
            .between(1, 3)
            .map(
                calls ->
                    Transformer.mutate(
                        "fail next " + calls + " notifications", m -> m.failNotifications(calls)));
  }

  private static Action.Independent<LifecycleModel> advanceAndRunDue() {
    return () ->
        Arbitraries.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(31),
                Duration.ofHours(6),
                Duration.ofHours(25),
                Duration.ofHours(49),
                Duration.ofHours(73))
            .map(
                step ->
                    Transformer.mutate(
                        "advance " + step + " and run due", m -> m.advanceAndRunDue(step)));
  }

  private static Arbitrary<Integer> orderIndex() {
    return Arbitraries.integers().between(1, LifecycleModel.ORDERS);
  }
}
