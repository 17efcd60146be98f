package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The same order placed from several threads at once threw instead of returning DUPLICATE when the
 * first placement had reserved but not yet stored the order.
 */
class ConcurrentPlacementRegressionTest {

  private static final int ROUNDS = 100;

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
  void place_sameIdFromFourThreads() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = threeStores().build();
      PlaceOrder command = nearbyOrder().build();
      List<Callable<PlacementResult>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        racers.add(() -> harness.service().place(command));
      }

      List<Race.Outcome<PlacementResult>> outcomes = Race.run(racers);

      assertThat(outcomes).as("round %d", round).allMatch(Race.Outcome::returned);
      List<CommandOutcome> results =
          outcomes.stream().map(o -> ((PlacementResult.Placed) o.value()).outcome()).toList();
      assertThat(results).containsOnlyOnce(CommandOutcome.APPLIED);
      assertThat(results).filteredOn(r -> r == CommandOutcome.DUPLICATE).hasSize(3);
      assertThat(reservedEverywhere(harness)).isEqualTo(3);
      assertThat(harness.events().ofType(OrderEvent.OrderPlaced.class)).hasSize(1);
    }
  }
}
