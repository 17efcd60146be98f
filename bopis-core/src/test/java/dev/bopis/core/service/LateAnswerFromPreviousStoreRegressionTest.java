package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.MID;
import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.CommandId;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.testing.PickupHarness;
import org.junit.jupiter.api.Test;

/**
 * A store the order had moved away from asked to accept it and got ALREADY_IN_STATE, because the
 * state was compared before the store. It must get WrongStoreException.
 */
class LateAnswerFromPreviousStoreRegressionTest {

  private static PickupHarness acceptedAtMid() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    harness.service().reject(ORDER, NEAR, CommandId.of("near-rejects"), "busy");
    harness.service().accept(ORDER, MID, CommandId.of("mid-accepts"));
    return harness;
  }

  @Test
  void accept_fromPreviousStoreIsWrongStore() {
    PickupHarness harness = acceptedAtMid();
    PickupOrder accepted = harness.order(ORDER);

    assertThatThrownBy(() -> harness.service().accept(ORDER, NEAR, CommandId.of("near-late")))
        .isInstanceOfSatisfying(
            WrongStoreException.class,
            e -> {
              assertThat(e.routedStore()).isEqualTo(MID);
              assertThat(e.actingStore()).isEqualTo(NEAR);
              assertThat(e.orderId()).isEqualTo(ORDER);
            });
    assertThat(harness.order(ORDER)).isEqualTo(accepted);
  }

  @Test
  void redeliveredAccept_isStillDuplicate() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());
    harness.service().accept(ORDER, NEAR, CommandId.of("near-accepts"));
    harness.service().reject(ORDER, NEAR, CommandId.of("near-gives-up"), "broken freezer");

    CommandResult redelivered = harness.service().accept(ORDER, NEAR, CommandId.of("near-accepts"));

    assertThat(redelivered.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
    assertThat(redelivered.order().storeId()).isEqualTo(MID);
  }
}
