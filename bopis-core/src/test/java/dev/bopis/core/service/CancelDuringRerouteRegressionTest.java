package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A cancel stored while a re-route was moving the stock left the next store's units reserved: the
 * late reservation was never released, and a release at the old store overwrote its ledger.
 */
class CancelDuringRerouteRegressionTest {

  private static final int ROUNDS = 300;

  private static long reservedEverywhere(PickupHarness harness) {
    long reserved = 0;
    for (Map.Entry<StoreId, Map<Sku, Long>> store : harness.initialStock().entrySet()) {
      for (Sku sku : store.getValue().keySet()) {
        reserved += harness.inventory().level(store.getKey(), sku).reserved();
      }
    }
    return reserved;
  }

  @Test
  void cancelRacingReject_leavesNothingReserved() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      harness.placed(nearbyOrder().build());
      List<Callable<CommandResult>> racers =
          List.of(
              () -> harness.service().reject(ORDER, NEAR, CommandId.of("reject"), "busy"),
              () ->
                  harness
                      .service()
                      .cancel(
                          ORDER,
                          CommandId.of("cancel"),
                          CancelledBy.CUSTOMER,
                          ReasonCode.CUSTOMER_CANCELLED));

      List<Race.Outcome<CommandResult>> outcomes = Race.run(racers);

      assertThat(outcomes)
          .as("round %d", round)
          .filteredOn(o -> !o.returned())
          .allMatch(
              o ->
                  o.failure() instanceof IllegalTransitionException
                      || o.failure() instanceof WrongStoreException);
      assertThat(harness.order(ORDER).state()).isEqualTo(OrderState.CANCELLED);
      assertThat(reservedEverywhere(harness))
          .as(
              "reserved after round %d: %s %s",
              round, harness.journal().of(ORDER), harness.events().of(ORDER))
          .isZero();
    }
  }
}
