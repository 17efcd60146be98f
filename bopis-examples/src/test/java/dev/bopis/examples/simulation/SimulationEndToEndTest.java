package dev.bopis.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.examples.data.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs a short simulation on the bundled data through the real library components. */
class SimulationEndToEndTest {

  private static SimulationReport report;

  @BeforeAll
  static void runShortSimulation() {
    SimulationOptions options =
        SimulationOptions.parse(
            "--data", "data", "--days", "2", "--stores", "400", "--orders", "600", "--seed", "7");
    SampleData data = SampleData.load(Path.of("data"));

    report =
        new Simulation(options, data, new PrintStream(new ByteArrayOutputStream()))
            .run(new InMemoryBackend());
  }

  @Test
  void reconciliation_balances() {
    assertThat(report.reconciliation().problems()).isEmpty();
    assertThat(report.reconciliation().collectedUnits()).isPositive();
  }

  @Test
  void everyPlacedOrder_endsClosed() {
    assertThat(report.orders()).hasSize(report.metrics().placed);
    assertThat(report.orders()).allMatch(order -> order.state().isTerminal());
    assertThat(report.orders()).allMatch(order -> order.outbox().isEmpty());
    assertThat(report.orders()).allMatch(PickupOrder::stockSettled);
  }

  @Test
  void stateCounts_coverTheWholeFlow() {
    Map<OrderState, Integer> byState = report.ordersByState();

    assertThat(byState.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.metrics().placed);
    assertThat(byState.get(OrderState.PICKED_UP)).isPositive();
    assertThat(byState.get(OrderState.PARTIALLY_PICKED_UP)).isPositive();
    assertThat(byState.get(OrderState.EXPIRED)).isPositive();
    assertThat(report.metrics().reroutes).isPositive();
    assertThat(report.metrics().declined).isNotEmpty();
  }

  @Test
  void readyNotification_goesOutOncePerReadyOrder() {
    long everReady = report.orders().stream().filter(order -> order.readyAt() != null).count();

    assertThat(report.notifications().get(NotificationType.READY_FOR_PICKUP))
        .isEqualTo((int) everReady);
    assertThat(report.duplicateNotifications()).isZero();
    assertThat(report.notificationFailures()).isPositive();
  }

  @Test
  void expiredOrders_getExpiryAndOffer() {
    int expired = report.ordersByState().get(OrderState.EXPIRED);

    assertThat(report.notifications().get(NotificationType.ORDER_EXPIRED)).isEqualTo(expired);
    assertThat(report.notifications().get(NotificationType.SHIP_TO_HOME_OFFER))
        .isGreaterThanOrEqualTo(expired);
  }

  @Test
  void sourcing_picksNearestWholeCartStore() {
    assertThat(report.nearestShare()).isEqualTo(1.0);
  }

  @Test
  void printedReport_namesEverySection() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Orders by final state")
        .contains("Notifications delivered by type")
        .contains("distance to routed store: median")
        .contains("balanced: no reservation left on closed orders")
        .contains("orders per second");
  }

  @Test
  void map_isSelfContainedSvg() {
    String html = RouteMap.render(report);

    assertThat(html).contains("<svg").contains("<circle").contains("<line");
    assertThat(html).doesNotContain("<script").doesNotContain("http://tile").doesNotContain("src=");
  }
}
