package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.OrderSnapshots;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL repository adds to the contract: columns, precision and schema upgrades. */
class PostgresOrderRepositoryTest {

  private static final Instant T0 = Instant.parse("2026-03-09T09:00:00Z");

  private PostgresOrderRepository repository;

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncate();
    repository = new PostgresOrderRepository(TestDatabase.dataSource(), Clock.systemUTC());
  }

  @Test
  void findDue_neverEarlyBelowMicrosecond() {
    PickupOrder order = OrderSnapshots.sourced("O-NANO", T0.plusNanos(500), Duration.ofMinutes(30));
    repository.insert(order);
    Instant due = order.dueAt().orElseThrow();

    assertThat(repository.findDue(due.minusNanos(1), 10)).isEmpty();
    assertThat(repository.findDue(due.plusNanos(499), 10)).isEmpty();
    assertThat(repository.findDue(due.plusNanos(500), 10)).containsExactly(order);
  }

  @Test
  void find_unreadableSnapshotNamesTheOrder() throws SQLException {
    repository.insert(OrderSnapshots.sourced("O-BAD", T0, Duration.ofMinutes(30)));
    try (Connection connection = TestDatabase.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE pickup_order SET snapshot = snapshot - 'state' WHERE id = 'O-BAD'");
    }

    assertThatThrownBy(() -> repository.find(dev.bopis.core.model.OrderId.of("O-BAD")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("stored snapshot of order O-BAD is unreadable: $.state: missing;");
  }

  @Test
  void apply_secondCallAppliesNothing() {
    int applied = Schema.apply(TestDatabase.dataSource());

    assertThat(applied).isZero();
    assertThat(Schema.latestVersion()).isEqualTo(1);
  }

  @Test
  void all_readsEveryOrderInIdOrder() {
    PickupOrder second = OrderSnapshots.sourced("O-2", T0, Duration.ofMinutes(30));
    PickupOrder first = OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(30));
    repository.insert(second);
    repository.insert(first);

    assertThat(repository.all()).containsExactly(first, second);
  }

  @Test
  void countUnfinished_skipsTerminalOrdersWithNothingDue() {
    repository.insert(OrderSnapshots.sourced("O-OPEN", T0, Duration.ofMinutes(30)));
    PickupOrder cancelled =
        OrderSnapshots.sourced("O-DONE", T0, Duration.ofMinutes(30)).toBuilder()
            .state(OrderState.CANCELLED)
            .closed(ReasonCode.CUSTOMER_CANCELLED, T0.plusSeconds(60))
            .keepVersion()
            .build();
    repository.insert(cancelled);

    long unfinished = repository.countUnfinished();

    assertThat(cancelled.dueAt()).isEmpty();
    assertThat(unfinished).isEqualTo(1);
  }

  @Test
  void dropAll_thenApplyStartsEmpty() throws SQLException {
    repository.insert(OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(30)));

    Schema.dropAll(TestDatabase.dataSource());

    assertThat(adapterTables()).isZero();
    assertThat(Schema.apply(TestDatabase.dataSource())).isEqualTo(1);
    assertThat(adapterTables()).isEqualTo(7);
    assertThat(repository.all()).isEmpty();
  }

  /** Counts the tables of the adapters and the version table in the current schema. */
  private static long adapterTables() throws SQLException {
    try (Connection connection = TestDatabase.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name IN ('pickup_order',"
                    + " 'stock', 'allocation', 'allocation_line', 'inventory_movement',"
                    + " 'notification_delivery', 'bopis_schema_version')")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
