package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.OrderSnapshots;
import java.sql.Connection;
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
}
