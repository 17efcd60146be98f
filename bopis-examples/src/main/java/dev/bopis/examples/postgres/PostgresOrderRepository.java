package dev.bopis.examples.postgres;

import dev.bopis.core.model.OrderId;
import dev.bopis.core.order.ConcurrentOrderUpdateException;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.examples.json.JsonCodec;
import dev.bopis.examples.json.JsonContractException;
import dev.bopis.examples.json.PickupOrderJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link OrderRepository} on PostgreSQL: one row per order in {@code pickup_order}, the whole
 * snapshot as {@code jsonb} beside indexed columns for id, version, state, store and due time.
 *
 * <p>An update is one statement, {@code UPDATE ... WHERE id = ? AND version = ?}: of two writers
 * that read the same version exactly one changes a row, and the other gets a {@link
 * ConcurrentOrderUpdateException}. The outbox of pending notifications is part of the snapshot, so
 * it is stored in the same statement as the transition that issued it. Thread-safe; several nodes
 * may share the table.
 */
public final class PostgresOrderRepository implements OrderRepository {

  private static final String COLUMNS = "version, state, store_id, due_at, snapshot, updated_at";

  /** Rows the driver fetches per round trip when {@link #all()} reads the whole table. */
  private static final int FETCH_ROWS = 1_000;

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * Creates a repository on {@code dataSource}, whose schema {@link Schema#apply} has created.
   *
   * @param clock stamps {@code updated_at} of each write
   */
  public PostgresOrderRepository(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<PickupOrder> find(OrderId id) {
    Objects.requireNonNull(id, "id");
    return Jdbc.autoCommit(
        dataSource,
        "reading order " + id,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT snapshot::text FROM pickup_order WHERE id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(parse(id, rows.getString(1))) : Optional.empty();
            }
          }
        });
  }

  /**
   * Stores a new order at version 1.
   *
   * @return false, storing nothing, when an order with this id already exists
   * @throws IllegalArgumentException if the order is not at version 1
   */
  @Override
  public boolean insert(PickupOrder order) {
    Objects.requireNonNull(order, "order");
    if (order.version() != 1) {
      throw new IllegalArgumentException(
          "new order " + order.id() + " must be at version 1, not " + order.version());
    }
    return Jdbc.autoCommit(
        dataSource,
        "inserting order " + order.id(),
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO pickup_order (id, "
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, order.id().value());
            bindColumns(insert, 2, order);
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void update(PickupOrder order) {
    Objects.requireNonNull(order, "order");
    long expected = order.version() - 1;
    // The stored version when the update matched no row, or -1 when it replaced the order.
    long conflict =
        Jdbc.autoCommit(
            dataSource,
            "updating order " + order.id(),
            connection -> {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE pickup_order SET ("
                          + COLUMNS
                          + ") = (?, ?, ?, ?, ?::jsonb, ?)"
                          + " WHERE id = ? AND version = ?")) {
                bindColumns(update, 1, order);
                update.setString(7, order.id().value());
                update.setLong(8, expected);
                if (update.executeUpdate() == 1) {
                  return -1L;
                }
              }
              return storedVersion(connection, order.id());
            });
    if (conflict >= 0) {
      throw new ConcurrentOrderUpdateException(order.id(), expected, conflict);
    }
  }

  /**
   * Returns up to {@code limit} orders due at or before {@code now}, earliest first, ties by order
   * id in code-point order. Times are compared at the microsecond precision of PostgreSQL, so an
   * order due within the last microsecond before {@code now} may be returned by the next call only.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  @Override
  public List<PickupOrder> findDue(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be at least 1");
    }
    return Jdbc.autoCommit(
        dataSource,
        "finding orders due at " + now,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, snapshot::text FROM pickup_order WHERE due_at <= ?"
                      + " ORDER BY due_at, id LIMIT ?")) {
            // Due times are stored rounded up and compared with now rounded down, both to the
            // microsecond of timestamptz, so an order is never due early and at most 1 us late.
            Jdbc.setInstant(select, 1, now.truncatedTo(ChronoUnit.MICROS));
            select.setInt(2, limit);
            List<PickupOrder> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                due.add(parse(OrderId.of(rows.getString(1)), rows.getString(2)));
              }
            }
            return due;
          }
        });
  }

  /**
   * Reads every stored order, in order id order, for audits and reports. The driver fetches 1,000
   * rows per round trip instead of buffering the whole table, but the returned list holds every
   * order.
   */
  public List<PickupOrder> all() {
    return Jdbc.inTransaction(
        dataSource,
        "reading every order",
        connection -> {
          List<PickupOrder> orders = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, snapshot::text FROM pickup_order ORDER BY id")) {
            select.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                orders.add(parse(OrderId.of(rows.getString(1)), rows.getString(2)));
              }
            }
          }
          return orders;
        });
  }

  /**
   * Counts the orders that still need work: those not in a terminal state, and terminal ones with a
   * due time, such as a notification still to deliver or stock still to settle. Reads the indexed
   * columns only, not the snapshots.
   */
  public long countUnfinished() {
    String[] terminal =
        Arrays.stream(OrderState.values())
            .filter(OrderState::isTerminal)
            .map(OrderState::name)
            .toArray(String[]::new);
    return Jdbc.autoCommit(
        dataSource,
        "counting unfinished orders",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT count(*) FROM pickup_order"
                      + " WHERE state <> ALL (?) OR due_at IS NOT NULL")) {
            select.setArray(1, connection.createArrayOf("text", terminal));
            try (ResultSet rows = select.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  private void bindColumns(PreparedStatement statement, int first, PickupOrder order)
      throws SQLException {
    statement.setLong(first, order.version());
    statement.setString(first + 1, order.state().name());
    statement.setString(first + 2, order.storeId().value());
    // Rounded up, so an order is never reported due before its due time.
    Jdbc.setInstant(statement, first + 3, order.dueAt().map(Jdbc::ceilToMicros).orElse(null));
    statement.setString(first + 4, JsonCodec.write(PickupOrderJson.write(order)));
    Jdbc.setInstant(statement, first + 5, clock.instant());
  }

  private static long storedVersion(Connection connection, OrderId id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT version FROM pickup_order WHERE id = ?")) {
      select.setString(1, id.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private static PickupOrder parse(OrderId id, String snapshot) {
    try {
      return PickupOrderJson.read(JsonCodec.parse(snapshot));
    } catch (JsonContractException e) {
      throw new IllegalStateException(
          "stored snapshot of order "
              + id
              + " is unreadable: "
              + e.getMessage()
              + "; repair the row in pickup_order or restore it from a backup",
          e);
    }
  }
}
