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
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.OrderStep;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public step tried from every state the table does not allow it in: the step throws {@link
 * IllegalTransitionException} naming order, state and step, and nothing changes.
 */
class IllegalTransitionsTest {

  /** The steps a caller can send, each sent with a fresh command id. */
  private static final Map<OrderStep, Consumer<PickupHarness>> STEPS =
      new EnumMap<>(OrderStep.class);

  /** The steps that lead from a placed order to each state. */
  private static final Map<OrderState, Consumer<PickupHarness>> REACH =
      new EnumMap<>(OrderState.class);

  /** The target state of each step; sending the step in that state returns ALREADY_IN_STATE. */
  private static final Map<OrderStep, OrderState> TARGETS =
      Map.of(
          OrderStep.ACCEPT, OrderState.ACCEPTED,
          OrderStep.START_PICKING, OrderState.PICKING,
          OrderStep.MARK_READY, OrderState.READY_FOR_PICKUP,
          OrderStep.CHECK_IN, OrderState.CUSTOMER_ARRIVED,
          OrderStep.PICK_UP, OrderState.PICKED_UP,
          OrderStep.CANCEL, OrderState.CANCELLED);

  static {
    STEPS.put(OrderStep.ACCEPT, h -> h.service().accept(ORDER, NEAR, h.nextCommandId()));
    STEPS.put(OrderStep.REJECT, h -> h.service().reject(ORDER, NEAR, h.nextCommandId(), "busy"));
    STEPS.put(
        OrderStep.START_PICKING, h -> h.service().startPicking(ORDER, NEAR, h.nextCommandId()));
    STEPS.put(
        OrderStep.REPORT_SHORT_PICK,
        h -> h.service().reportShortPick(ORDER, NEAR, h.nextCommandId(), Map.of(SKU_A, 1L)));
    STEPS.put(OrderStep.MARK_READY, h -> h.service().markReady(ORDER, NEAR, h.nextCommandId()));
    STEPS.put(
        OrderStep.CHECK_IN, h -> h.service().checkIn(ORDER, h.nextCommandId(), Arrival.IN_STORE));
    STEPS.put(OrderStep.PICK_UP, h -> h.service().pickUpAll(ORDER, h.nextCommandId()));
    STEPS.put(OrderStep.EXTEND_HOLD, h -> h.service().extendHold(ORDER, h.nextCommandId()));
    STEPS.put(
        OrderStep.CANCEL,
        h ->
            h.service()
                .cancel(
                    ORDER, h.nextCommandId(), CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED));

    Consumer<PickupHarness> accept = STEPS.get(OrderStep.ACCEPT);
    Consumer<PickupHarness> ready = accept.andThen(STEPS.get(OrderStep.MARK_READY));
    REACH.put(OrderState.SOURCED, h -> {});
    REACH.put(OrderState.ACCEPTED, accept);
    REACH.put(OrderState.PICKING, accept.andThen(STEPS.get(OrderStep.START_PICKING)));
    REACH.put(OrderState.READY_FOR_PICKUP, ready);
    REACH.put(OrderState.CUSTOMER_ARRIVED, ready.andThen(STEPS.get(OrderStep.CHECK_IN)));
    REACH.put(OrderState.PICKED_UP, ready.andThen(STEPS.get(OrderStep.PICK_UP)));
    REACH.put(
        OrderState.PARTIALLY_PICKED_UP,
        ready.andThen(h -> h.service().pickUp(ORDER, h.nextCommandId(), Map.of(SKU_A, 1L))));
    REACH.put(
        OrderState.EXPIRED,
        ready.andThen(
            h -> {
              h.clock().advance(Duration.ofHours(72));
              h.service().runDue();
            }));
    REACH.put(OrderState.CANCELLED, STEPS.get(OrderStep.CANCEL));
    REACH.put(OrderState.UNFULFILLABLE, STEPS.get(OrderStep.REJECT));
  }

  static Stream<Arguments> illegalPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (OrderState state : OrderState.values()) {
      for (OrderStep step : STEPS.keySet()) {
        if (!step.allowedFrom(state) && TARGETS.get(step) != state) {
          pairs.add(Arguments.of(state, step));
        }
      }
    }
    return pairs.stream();
  }

  private static PickupHarness harnessIn(OrderState state) {
    // One candidate only, so a rejection ends the order unfulfillable.
    PickupHarness harness = threeStores().candidates(h -> request -> List.of(NEAR)).build();
    harness.placed(nearbyOrder().build());
    REACH.get(state).accept(harness);
    assertThat(harness.order(ORDER).state()).isEqualTo(state);
    return harness;
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("illegalPairs")
  void step_notAllowedThrowsAndChangesNothing(OrderState state, OrderStep step) {
    PickupHarness harness = harnessIn(state);
    PickupOrder before = harness.order(ORDER);
    int events = harness.events().size();
    int attempts = harness.notifier().attempts().size();
    int movements = harness.journal().movements().size();

    assertThatThrownBy(() -> STEPS.get(step).accept(harness))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.orderId()).isEqualTo(ORDER);
              assertThat(e.state()).isEqualTo(state);
              assertThat(e.step()).isEqualTo(step);
              assertThat(e.getMessage())
                  .contains("ORDER-1")
                  .contains(state.name())
                  .contains(step.name());
            });
    assertThat(harness.order(ORDER)).isEqualTo(before);
    assertThat(harness.events().size()).isEqualTo(events);
    assertThat(harness.notifier().attempts()).hasSize(attempts);
    assertThat(harness.journal().movements()).hasSize(movements);
  }

  @Test
  void illegalPairs_coverEveryTerminalState() {
    List<OrderState> states = illegalPairs().map(a -> (OrderState) a.get()[0]).distinct().toList();

    assertThat(states).containsAll(List.of(OrderState.values()));
  }

  @Test
  void pickUpAll_beforeReadyIsRefused() {
    PickupHarness harness = harnessIn(OrderState.ACCEPTED);

    assertThatThrownBy(() -> harness.service().pickUpAll(ORDER, CommandId.of("too-early")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "order ORDER-1 is ACCEPTED and cannot take step PICK_UP; allowed from "
                + OrderStep.PICK_UP.sources());
    assertThat(harness.level("STORE-NEAR", "SKU-A").onHand()).isEqualTo(10);
  }
}
