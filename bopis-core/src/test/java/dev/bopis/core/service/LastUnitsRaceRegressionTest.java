package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.Race;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Two orders racing for the last units of a store could both pass the stock check and reserve.
 * Exactly one may win, and the loser must reserve and store nothing.
 */
class LastUnitsRaceRegressionTest {

  private static final int ROUNDS = 200;
  private static final Sku HELMET = Sku.of("HELMET");

  private static PickupHarness denver() {
    return PickupHarness.builder()
        .store(TestStores.store("STORE-5").at(39.7392, -104.9903).zone("America/Denver"))
        .store(TestStores.store("STORE-6").at(39.7400, -104.9900).zone("America/Denver"))
        .stock("STORE-5", "HELMET", 3)
        .stock("STORE-6", "HELMET", 0)
        .build();
  }

  private static List<Callable<PlacementResult>> racers(
      PickupHarness harness, int count, boolean chooseStore) {
    List<Callable<PlacementResult>> racers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      TestOrders.Builder order = TestOrders.order("O" + i).line("HELMET", 2);
      if (chooseStore) {
        order.at("STORE-5");
      } else {
        order.near(39.7395, -104.9901);
      }
      var command = order.build();
      racers.add(() -> harness.service().place(command));
    }
    return racers;
  }

  private static void assertOneWinner(
      PickupHarness harness,
      List<Race.Outcome<PlacementResult>> outcomes,
      PlacementResult.DeclineReason loserReason,
      int round) {
    assertThat(outcomes).as("round %d", round).allMatch(Race.Outcome::returned);
    List<PlacementResult> results = outcomes.stream().map(Race.Outcome::value).toList();
    List<PlacementResult.Placed> placed =
        results.stream()
            .filter(PlacementResult.Placed.class::isInstance)
            .map(PlacementResult.Placed.class::cast)
            .toList();
    List<PlacementResult.Declined> declined =
        results.stream()
            .filter(PlacementResult.Declined.class::isInstance)
            .map(PlacementResult.Declined.class::cast)
            .toList();
    assertThat(placed).as("winners in round %d", round).hasSize(1);
    assertThat(placed.get(0).outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(declined).as("losers in round %d", round).hasSize(outcomes.size() - 1);
    assertThat(declined).allMatch(d -> d.reason() == loserReason);
    assertThat(harness.level("STORE-5", "HELMET")).isEqualTo(new StockLevel(3, 2, 0));
    assertThat(harness.level("STORE-5", "HELMET").available()).isEqualTo(1);
    assertThat(harness.level("STORE-6", "HELMET").reserved()).isZero();
    assertThat(harness.orders().all()).hasSize(1);
    OrderId winner = placed.get(0).order().id();
    for (int i = 1; i <= outcomes.size(); i++) {
      OrderId id = OrderId.of("O" + i);
      if (!id.equals(winner)) {
        assertThat(harness.inventory().allocation(id)).as("allocation of loser %s", id).isEmpty();
      }
    }
  }

  @Test
  void place_twoRacersOneWins() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = denver();

      List<Race.Outcome<PlacementResult>> outcomes = Race.run(racers(harness, 2, true));

      assertOneWinner(harness, outcomes, PlacementResult.DeclineReason.INSUFFICIENT_STOCK, round);
    }
  }

  @Test
  void place_fourRacersOneWins() throws InterruptedException {
    for (int round = 0; round < ROUNDS / 4; round++) {
      PickupHarness harness = denver();

      List<Race.Outcome<PlacementResult>> outcomes = Race.run(racers(harness, 4, true));

      assertOneWinner(harness, outcomes, PlacementResult.DeclineReason.INSUFFICIENT_STOCK, round);
    }
  }

  @Test
  void place_nearestRacersOneWins() throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      PickupHarness harness = denver();

      List<Race.Outcome<PlacementResult>> outcomes = Race.run(racers(harness, 2, false));

      assertOneWinner(
          harness, outcomes, PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART, round);
    }
  }

  @Test
  void place_sameSkuLinesSummed() {
    PickupHarness harness = denver();

    PlacementResult result =
        harness
            .service()
            .place(
                TestOrders.order("O1").line("HELMET", 2).line("HELMET", 2).at("STORE-5").build());

    assertThat(result).isInstanceOf(PlacementResult.Declined.class);
    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.INSUFFICIENT_STOCK);
    assertThat(declined.shortages()).containsExactly(new Shortage(HELMET, 4, 3));
    assertThat(harness.level("STORE-5", "HELMET")).isEqualTo(new StockLevel(3, 0, 0));
  }

  @Test
  void place_sameSkuLinesNoCandidate() {
    PickupHarness harness = denver();

    PlacementResult result =
        harness
            .service()
            .place(
                TestOrders.order("O1")
                    .line("HELMET", 2)
                    .line("HELMET", 2)
                    .near(39.7395, -104.9901)
                    .build());

    assertThat(((PlacementResult.Declined) result).reason())
        .isEqualTo(PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART);
    assertThat(harness.level("STORE-5", "HELMET").reserved()).isZero();
  }
}
