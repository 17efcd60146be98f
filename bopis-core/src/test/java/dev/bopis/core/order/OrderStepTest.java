package dev.bopis.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table, written out once more so that a change to it is a deliberate one. */
class OrderStepTest {

  private static final Set<OrderState> OPEN =
      EnumSet.of(
          OrderState.SOURCED,
          OrderState.ACCEPTED,
          OrderState.PICKING,
          OrderState.READY_FOR_PICKUP,
          OrderState.CUSTOMER_ARRIVED);

  @Test
  void sources_matchTheDocumentedTable() {
    assertThat(OrderStep.ACCEPT.sources()).containsExactlyInAnyOrder(OrderState.SOURCED);
    assertThat(OrderStep.REJECT.sources())
        .containsExactlyInAnyOrder(OrderState.SOURCED, OrderState.ACCEPTED, OrderState.PICKING);
    assertThat(OrderStep.START_PICKING.sources()).containsExactlyInAnyOrder(OrderState.ACCEPTED);
    assertThat(OrderStep.REPORT_SHORT_PICK.sources())
        .containsExactlyInAnyOrder(OrderState.ACCEPTED, OrderState.PICKING);
    assertThat(OrderStep.MARK_READY.sources())
        .containsExactlyInAnyOrder(OrderState.ACCEPTED, OrderState.PICKING);
    assertThat(OrderStep.CHECK_IN.sources()).containsExactlyInAnyOrder(OrderState.READY_FOR_PICKUP);
    assertThat(OrderStep.PICK_UP.sources())
        .containsExactlyInAnyOrder(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED);
    assertThat(OrderStep.EXTEND_HOLD.sources())
        .containsExactlyInAnyOrder(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED);
    assertThat(OrderStep.REMIND.sources()).containsExactlyInAnyOrder(OrderState.READY_FOR_PICKUP);
    assertThat(OrderStep.EXPIRE.sources())
        .containsExactlyInAnyOrder(OrderState.READY_FOR_PICKUP, OrderState.CUSTOMER_ARRIVED);
    assertThat(OrderStep.CANCEL.sources()).containsExactlyInAnyOrderElementsOf(OPEN);
  }

  @Test
  void terminalStates_allowNoStep() {
    for (OrderState state : OrderState.values()) {
      if (!state.isTerminal()) {
        continue;
      }
      for (OrderStep step : OrderStep.values()) {
        assertThat(step.allowedFrom(state)).as("%s from %s", step, state).isFalse();
      }
    }
  }

  @Test
  void openStates_canAlwaysBeCancelled() {
    for (OrderState state : OPEN) {
      assertThat(state.isTerminal()).as("%s terminal", state).isFalse();
      assertThat(OrderStep.CANCEL.allowedFrom(state)).as("cancel from %s", state).isTrue();
    }
  }

  @Test
  void sources_isACopy() {
    Set<OrderState> sources = OrderStep.ACCEPT.sources();

    assertThat(sources).isUnmodifiable();
  }

  @Test
  void inPreparation_isAcceptedOrPicking() {
    assertThat(EnumSet.allOf(OrderState.class).stream().filter(OrderState::isInPreparation))
        .containsExactlyInAnyOrder(OrderState.ACCEPTED, OrderState.PICKING);
  }

  @Test
  void illegalTransitionException_namesOrderStateAndStep() {
    IllegalTransitionException e =
        new IllegalTransitionException(
            dev.bopis.core.model.OrderId.of("O-7"), OrderState.EXPIRED, OrderStep.PICK_UP);

    assertThat(e.orderId().value()).isEqualTo("O-7");
    assertThat(e.state()).isEqualTo(OrderState.EXPIRED);
    assertThat(e.step()).isEqualTo(OrderStep.PICK_UP);
    assertThat(e.getMessage())
        .startsWith("order O-7 is EXPIRED and cannot take step PICK_UP; allowed from ");
    assertThat(e).isInstanceOf(IllegalStateException.class);
  }
}
