package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdempotencyTest {

  private static final CommandId REPEATED = CommandId.of("repeated");

  private static BiFunction<PickupHarness, CommandId, CommandResult> step(
      BiFunction<PickupService, CommandId, CommandResult> call) {
    return (harness, id) -> call.apply(harness.service(), id);
  }

  /** Returns each step with the state it runs from. */
  static Stream<Arguments> steps() {
    BiFunction<PickupHarness, CommandId, CommandResult> accept =
        step((s, id) -> s.accept(ORDER, NEAR, id));
    BiFunction<PickupHarness, CommandId, CommandResult> ready =
        step((s, id) -> s.markReady(ORDER, NEAR, id));
    return Stream.of(
        Arguments.of("accept", OrderState.SOURCED, accept),
        Arguments.of("reject", OrderState.SOURCED, step((s, id) -> s.reject(ORDER, NEAR, id, "x"))),
        Arguments.of(
            "startPicking", OrderState.ACCEPTED, step((s, id) -> s.startPicking(ORDER, NEAR, id))),
        Arguments.of(
            "reportShortPick",
            OrderState.ACCEPTED,
            step((s, id) -> s.reportShortPick(ORDER, NEAR, id, Map.of(SKU_A, 1L)))),
        Arguments.of("markReady", OrderState.ACCEPTED, ready),
        Arguments.of(
            "checkIn",
            OrderState.READY_FOR_PICKUP,
            step((s, id) -> s.checkIn(ORDER, id, Arrival.IN_STORE))),
        Arguments.of(
            "pickUpAll", OrderState.READY_FOR_PICKUP, step((s, id) -> s.pickUpAll(ORDER, id))),
        Arguments.of(
            "pickUp",
            OrderState.READY_FOR_PICKUP,
            step((s, id) -> s.pickUp(ORDER, id, Map.of(SKU_A, 1L)))),
        Arguments.of(
            "extendHold", OrderState.READY_FOR_PICKUP, step((s, id) -> s.extendHold(ORDER, id))),
        Arguments.of(
            "cancel",
            OrderState.ACCEPTED,
            step((s, id) -> s.cancel(ORDER, id, CancelledBy.STORE, ReasonCode.STORE_CANCELLED))));
  }

  private static PickupHarness harnessIn(OrderState state) {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    if (state != OrderState.SOURCED) {
      harness.service().accept(ORDER, NEAR, CommandId.of("setup-accept"));
    }
    if (state == OrderState.READY_FOR_PICKUP) {
      harness.service().markReady(ORDER, NEAR, CommandId.of("setup-ready"));
    }
    return harness;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void redeliveredCommand_isDuplicate(
      String name, OrderState from, BiFunction<PickupHarness, CommandId, CommandResult> step) {
    PickupHarness harness = harnessIn(from);
    CommandResult first = step.apply(harness, REPEATED);
    PickupOrder after = harness.order(ORDER);
    int events = harness.events().size();
    int attempts = harness.notifier().attempts().size();
    int movements = harness.journal().movements().size();

    CommandResult again = step.apply(harness, REPEATED);

    assertThat(first.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(again.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
    assertThat(again.firstOutcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(again.order()).isEqualTo(after);
    assertThat(harness.order(ORDER)).isEqualTo(after);
    assertThat(harness.events().size()).isEqualTo(events);
    assertThat(harness.notifier().attempts()).hasSize(attempts);
    assertThat(harness.journal().movements()).hasSize(movements);
  }

  @Test
  void redeliveredAccept_laterIsDuplicate() {
    PickupHarness harness = harnessIn(OrderState.SOURCED);
    harness.service().accept(ORDER, NEAR, REPEATED);
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready"));
    harness.service().pickUpAll(ORDER, CommandId.of("handover"));

    CommandResult late = harness.service().accept(ORDER, NEAR, REPEATED);

    assertThat(late.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
    assertThat(late.order().state()).isEqualTo(OrderState.PICKED_UP);
  }

  @Test
  void redeliveredPlacement_isDuplicate() {
    PickupHarness harness = threeStores().build();
    PickupOrder first = harness.placed(nearbyOrder().build());

    PlacementResult again = harness.service().place(nearbyOrder().build());

    assertThat(again).isEqualTo(new PlacementResult.Placed(first, CommandOutcome.DUPLICATE));
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isEqualTo(2);
  }

  @Test
  void sameState_isAlreadyInState() {
    PickupHarness harness = harnessIn(OrderState.SOURCED);
    harness.service().accept(ORDER, NEAR, CommandId.of("accept-1"));
    PickupOrder accepted = harness.order(ORDER);

    CommandResult again = harness.service().accept(ORDER, NEAR, CommandId.of("accept-2"));

    assertThat(again.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(again.firstOutcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(again.message()).isEqualTo("order ORDER-1 is already ACCEPTED");
    assertThat(harness.order(ORDER)).isEqualTo(accepted);
  }

  @Test
  void sameState_everyTargetedStep() {
    PickupHarness harness = harnessIn(OrderState.ACCEPTED);

    harness.service().startPicking(ORDER, NEAR, CommandId.of("pick-1"));
    CommandResult picking = harness.service().startPicking(ORDER, NEAR, CommandId.of("pick-2"));
    harness.service().markReady(ORDER, NEAR, CommandId.of("ready-1"));
    CommandResult ready = harness.service().markReady(ORDER, NEAR, CommandId.of("ready-2"));
    harness.service().checkIn(ORDER, CommandId.of("in-1"), Arrival.IN_STORE);
    CommandResult arrived =
        harness.service().checkIn(ORDER, CommandId.of("in-2"), Arrival.IN_STORE);
    harness.service().pickUpAll(ORDER, CommandId.of("out-1"));
    CommandResult collected = harness.service().pickUpAll(ORDER, CommandId.of("out-2"));

    assertThat(picking.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(ready.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(arrived.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(collected.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(harness.level("STORE-NEAR", "SKU-A").onHand()).isEqualTo(8);
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isZero();
  }

  @Test
  void alreadyInState_notRecorded() {
    PickupHarness harness = harnessIn(OrderState.SOURCED);
    harness.service().accept(ORDER, NEAR, CommandId.of("accept-1"));
    harness.service().accept(ORDER, NEAR, CommandId.of("accept-2"));

    assertThat(harness.order(ORDER).outcomeOf(CommandId.of("accept-2"))).isEmpty();
  }

  @Test
  void pickUpAll_beforeReadyIsRefused() {
    PickupHarness harness = harnessIn(OrderState.ACCEPTED);
    PickupOrder accepted = harness.order(ORDER);

    assertThatThrownBy(() -> harness.service().pickUpAll(ORDER, CommandId.of("handover")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(harness.order(ORDER)).isEqualTo(accepted);
  }

  @Test
  void markReady_beforeAcceptIsRefused() {
    PickupHarness harness = harnessIn(OrderState.SOURCED);

    assertThatThrownBy(() -> harness.service().markReady(ORDER, NEAR, CommandId.of("ready")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SOURCED");
  }

  @Test
  void rejectedCommand_appliesWhenRedelivered() {
    PickupHarness harness = harnessIn(OrderState.SOURCED);
    CommandId ready = CommandId.of("ready-early");
    assertThatThrownBy(() -> harness.service().markReady(ORDER, NEAR, ready))
        .isInstanceOf(IllegalTransitionException.class);
    harness.service().accept(ORDER, NEAR, CommandId.of("accept"));

    CommandResult redelivered = harness.service().markReady(ORDER, NEAR, ready);

    assertThat(redelivered.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(redelivered.order().state()).isEqualTo(OrderState.READY_FOR_PICKUP);
  }
}
