package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.Allocation;
import dev.bopis.core.inventory.ReservationResult;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.ConcurrentOrderUpdateException;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.service.CommandResult;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.testing.Race;
import dev.bopis.examples.json.ServiceFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several order-management nodes sharing one database, each simulated by its own service and
 * adapters on a connection of its own.
 */
class PostgresConcurrencyTest {

  private static final int NODES = 16;
  private static final int ORDERS_PER_NODE = 3;
  private static final long LAST_UNITS = 10;
  private static final Sku HELMET = Sku.of("HELMET");
  private static final Sku GLOVES = Sku.of("GLOVES");

  private final Clock clock = Clock.fixed(ServiceFixture.START, ZoneOffset.UTC);
  private final InMemoryStoreDirectory stores = ServiceFixture.stores();

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncate();
  }

  @AfterEach
  void closeNodeConnections() {
    TestDatabase.closeDedicatedConnections();
  }

  private PickupService node(DataSource connection, Consumer<Notification> notifier) {
    return ServiceFixture.service(
        stores,
        new PostgresInventory(connection, clock),
        new PostgresOrderRepository(connection, clock),
        notifier::accept,
        clock);
  }

  @Test
  void place_sixteenNodesNeverOversell() throws InterruptedException {
    new PostgresInventory(TestDatabase.dataSource(), clock)
        .put(ServiceFixture.STORE_1, HELMET, LAST_UNITS, 0);
    List<Callable<List<PlacementResult>>> nodes = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      PickupService node = node(TestDatabase.dedicatedConnection(), notification -> {});
      int nodeNumber = n;
      nodes.add(
          () -> {
            List<PlacementResult> results = new ArrayList<>();
            for (int i = 0; i < ORDERS_PER_NODE; i++) {
              String orderId = "N" + nodeNumber + "-" + i;
              results.add(
                  node.place(
                      ServiceFixture.order(
                          orderId,
                          ServiceFixture.STORE_1,
                          ServiceFixture.SMS_CUSTOMER,
                          "HELMET",
                          1)));
            }
            return results;
          });
    }

    List<Race.Outcome<List<PlacementResult>>> outcomes = Race.run(nodes);

    assertThat(outcomes).allMatch(Race.Outcome::returned);
    List<PlacementResult> results =
        outcomes.stream().flatMap(outcome -> outcome.value().stream()).toList();
    List<PickupOrder> placed =
        results.stream()
            .filter(PlacementResult.Placed.class::isInstance)
            .map(result -> ((PlacementResult.Placed) result).order())
            .toList();
    List<PlacementResult.Declined> declined =
        results.stream()
            .filter(PlacementResult.Declined.class::isInstance)
            .map(PlacementResult.Declined.class::cast)
            .toList();
    PostgresInventory inventory = new PostgresInventory(TestDatabase.dataSource(), clock);
    PostgresOrderRepository orders = new PostgresOrderRepository(TestDatabase.dataSource(), clock);
    assertThat(placed).hasSize((int) LAST_UNITS);
    assertThat(declined).hasSize(NODES * ORDERS_PER_NODE - (int) LAST_UNITS);
    assertThat(declined)
        .allMatch(d -> d.reason() == PlacementResult.DeclineReason.INSUFFICIENT_STOCK);
    assertThat(inventory.level(ServiceFixture.STORE_1, HELMET))
        .isEqualTo(new StockLevel(10, 10, 0));
    long held = 0;
    for (PickupOrder order : placed) {
      Allocation allocation = inventory.allocation(order.id()).orElseThrow();
      assertThat(allocation.storeId()).isEqualTo(ServiceFixture.STORE_1);
      assertThat(orders.find(order.id())).isPresent();
      held += allocation.heldOf(HELMET);
    }
    assertThat(held).isEqualTo(LAST_UNITS);
    assertThat(countRows("SELECT count(*) FROM pickup_order")).isEqualTo(LAST_UNITS);
    assertThat(countRows("SELECT count(*) FROM allocation")).isEqualTo(LAST_UNITS);
    assertThat(countRows("SELECT coalesce(sum(reserved_delta), 0) FROM inventory_movement"))
        .isEqualTo(LAST_UNITS);
  }

  @Test
  void reserve_oppositeSkuOrdersNeverDeadlock() throws InterruptedException {
    PostgresInventory setup = new PostgresInventory(TestDatabase.dataSource(), clock);
    setup.put(ServiceFixture.STORE_1, HELMET, 5, 0);
    setup.put(ServiceFixture.STORE_1, GLOVES, 5, 0);
    List<Callable<ReservationResult>> racers = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      PostgresInventory node = new PostgresInventory(TestDatabase.dedicatedConnection(), clock);
      Map<Sku, Long> cart = new LinkedHashMap<>();
      // Half the carts list GLOVES first: the adapter must still lock rows in one order.
      if (n % 2 == 0) {
        cart.put(HELMET, 1L);
        cart.put(GLOVES, 1L);
      } else {
        cart.put(GLOVES, 1L);
        cart.put(HELMET, 1L);
      }
      OrderId order = OrderId.of("PAIR-" + n);
      racers.add(() -> node.reserve(order, ServiceFixture.STORE_1, cart));
    }

    List<Race.Outcome<ReservationResult>> outcomes = Race.run(racers);

    assertThat(outcomes).allMatch(Race.Outcome::returned);
    long reserved =
        outcomes.stream().filter(o -> o.value() instanceof ReservationResult.Reserved).count();
    assertThat(reserved).isEqualTo(5);
    assertThat(setup.level(ServiceFixture.STORE_1, HELMET)).isEqualTo(new StockLevel(5, 5, 0));
    assertThat(setup.level(ServiceFixture.STORE_1, GLOVES)).isEqualTo(new StockLevel(5, 5, 0));
  }

  @Test
  void staleVersionFromAnotherConnection_isRejected() {
    PostgresOrderRepository first =
        new PostgresOrderRepository(TestDatabase.dedicatedConnection(), clock);
    PostgresOrderRepository second =
        new PostgresOrderRepository(TestDatabase.dedicatedConnection(), clock);
    PickupOrder order = placedOrder("O-OCC");
    PickupOrder readByFirst = first.find(order.id()).orElseThrow();
    PickupOrder readBySecond = second.find(order.id()).orElseThrow();

    first.update(readByFirst.toBuilder().state(OrderState.ACCEPTED).build());

    assertThatThrownBy(
            () -> second.update(readBySecond.toBuilder().state(OrderState.PICKING).build()))
        .isInstanceOf(ConcurrentOrderUpdateException.class)
        .hasMessageContaining(
            "order O-OCC is at version "
                + (readBySecond.version() + 1)
                + ", not "
                + readBySecond.version());
    assertThat(second.find(order.id()).orElseThrow().state()).isEqualTo(OrderState.ACCEPTED);
  }

  @Test
  void markReady_eightNodesNotifyOnce() throws InterruptedException {
    PickupOrder order = placedOrder("O-READY");
    PickupService setup = node(TestDatabase.dataSource(), notification -> {});
    setup.accept(order.id(), ServiceFixture.STORE_1, CommandId.of("c-accept"));
    Map<NotificationType, Integer> delivered = new ConcurrentHashMap<>();
    List<Callable<CommandResult>> clicks = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      PickupService node =
          node(
              TestDatabase.dedicatedConnection(),
              notification -> delivered.merge(notification.type(), 1, Integer::sum));
      CommandId command = CommandId.of("c-ready-" + n);
      clicks.add(() -> node.markReady(order.id(), ServiceFixture.STORE_1, command));
    }

    List<Race.Outcome<CommandResult>> outcomes = Race.run(clicks);

    assertThat(outcomes).allMatch(Race.Outcome::returned);
    assertThat(outcomes.stream().filter(o -> o.value().outcome() == CommandOutcome.APPLIED).count())
        .isEqualTo(1);
    assertThat(
            outcomes.stream()
                .filter(o -> o.value().outcome() == CommandOutcome.ALREADY_IN_STATE)
                .count())
        .isEqualTo(7);
    assertThat(delivered.get(NotificationType.READY_FOR_PICKUP)).isEqualTo(1);
  }

  private PickupOrder placedOrder(String orderId) {
    new PostgresInventory(TestDatabase.dataSource(), clock)
        .put(ServiceFixture.STORE_1, HELMET, 5, 0);
    PlacementResult result =
        node(TestDatabase.dataSource(), notification -> {})
            .place(
                ServiceFixture.order(
                    orderId, ServiceFixture.STORE_1, ServiceFixture.SMS_CUSTOMER, "HELMET", 1));
    return ((PlacementResult.Placed) result).order();
  }

  private static long countRows(String sql) {
    try (Connection connection = TestDatabase.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }
}
