package dev.bopis.examples.simulation;

import dev.bopis.core.inventory.InventoryAdjustment;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.examples.postgres.DatabaseException;
import dev.bopis.examples.postgres.PostgresInventory;
import dev.bopis.examples.postgres.PostgresOrderRepository;
import dev.bopis.examples.postgres.Schema;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Orders and stock in PostgreSQL through the adapters of {@code dev.bopis.examples.postgres}, over
 * one connection. Opening it drops the adapters' tables and creates them empty, so each run starts
 * from the same state. The rows stay after the run for inspection.
 *
 * <p>The reconciliation reads everything back from the database: the stock table, the allocation
 * ledgers, and the {@code inventory_movement} journal summed per store, SKU and type.
 */
final class PostgresBackend implements Backend {

  /** The command that starts the throwaway server of this repository and exports its settings. */
  static final String START_SERVER = "pg_env=\"$(bash .ci/postgres)\" && eval \"$pg_env\"";

  private final PostgresSettings settings;
  private final SingleConnectionDataSource dataSource;
  private final PostgresInventory inventory;
  private final PostgresOrderRepository orders;

  private PostgresBackend(
      PostgresSettings settings, SingleConnectionDataSource dataSource, Clock clock) {
    this.settings = settings;
    this.dataSource = dataSource;
    this.inventory = new PostgresInventory(dataSource, clock);
    this.orders = new PostgresOrderRepository(dataSource, clock);
  }

  /**
   * Connects, drops the adapters' tables and applies the schema.
   *
   * @param clock stamps the rows the adapters write
   * @throws UnavailableException with a one-line message naming the URL, never the password, and
   *     the fix, if the database cannot be reached or its tables cannot be recreated
   */
  static PostgresBackend open(PostgresSettings settings, Clock clock) throws UnavailableException {
    SingleConnectionDataSource dataSource;
    try {
      dataSource = new SingleConnectionDataSource(settings);
    } catch (SQLException e) {
      throw new UnavailableException(connectionFailure(settings, e), e);
    } catch (IllegalStateException missingDriver) {
      throw new UnavailableException(
          missingDriver.getMessage() + "; add it to the runtime class path", missingDriver);
    }
    try {
      Schema.dropAll(dataSource);
      Schema.apply(dataSource);
    } catch (DatabaseException e) {
      dataSource.close();
      throw new UnavailableException(schemaFailure(settings, e), e);
    }
    return new PostgresBackend(settings, dataSource, clock);
  }

  @Override
  public String description() {
    return "PostgreSQL at " + settings.redactedUrl() + ", tables dropped and recreated at start";
  }

  @Override
  public InventoryPort inventory() {
    return inventory;
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  /** Sends the store's stock in multi-row statements, not one round trip per SKU. */
  @Override
  public void loadStock(StoreId storeId, Map<Sku, StockLevel> levels) {
    inventory.putAll(storeId, levels);
  }

  /** Applies the list in one transaction of a few statements. */
  @Override
  public void adjustAll(List<InventoryAdjustment> adjustments) {
    inventory.adjustAll(adjustments);
  }

  @Override
  public Map<StoreId, Map<Sku, StockLevel>> stockLevels() {
    return inventory.snapshot();
  }

  @Override
  public InventoryAudit audit() {
    MovementTotals journal = new MovementTotals();
    for (PostgresInventory.MovementTotal total : inventory.movementTotals()) {
      journal.add(
          total.storeId(), total.sku(), total.type(), total.onHandDelta(), total.reservedDelta());
    }
    return new InventoryAudit(inventory.snapshot(), inventory.allocations(), journal.sums());
  }

  @Override
  public List<PickupOrder> allOrders() {
    return orders.all();
  }

  @Override
  public boolean allOrdersFinished() {
    return orders.countUnfinished() == 0;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /**
   * Returns the one-line message for a database failure in the middle of a run, naming the URL
   * without the password.
   */
  static String runFailure(@Nullable PostgresSettings settings, DatabaseException e) {
    String message = firstLine(String.valueOf(e.getMessage()));
    if (settings == null) {
      return "the database failed during the run: " + message;
    }
    return "the PostgreSQL database at "
        + settings.redactedUrl()
        + " failed during the run: "
        + redact(settings, message)
        + "; check that the server is still running, then run again, which starts from empty"
        + " tables";
  }

  private static String connectionFailure(PostgresSettings settings, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    String reason;
    String fix;
    String checkCredentials =
        "check --postgres-user and --postgres-password, or $"
            + PostgresSettings.USER_VARIABLE
            + " and $"
            + PostgresSettings.PASSWORD_VARIABLE;
    if (state.equals("28P01") || state.equals("28000")) {
      reason = "the server rejected the user name or password";
      fix = checkCredentials;
    } else if (state.equals("08004")) {
      // The driver's state for a connection it rejected itself, such as a missing password.
      reason = driverMessage(settings, e);
      fix = checkCredentials;
    } else if (state.equals("3D000")) {
      reason = "the database does not exist";
      fix = "create it, or correct the database name in the URL";
    } else if (state.startsWith("08")) {
      reason = driverMessage(settings, e);
      fix = "start the server, for example with " + START_SERVER + ", or correct the URL";
    } else {
      reason = driverMessage(settings, e) + " (SQL state " + state + ")";
      fix = "check the URL and that the server accepts connections";
    }
    return "cannot connect to PostgreSQL at "
        + settings.redactedUrl()
        + userClause(settings)
        + ": "
        + reason
        + "; "
        + fix;
  }

  private static String schemaFailure(PostgresSettings settings, DatabaseException e) {
    String fix =
        switch (e.sqlState()) {
          case "42501" -> "grant the user the right to create and drop tables in that database";
          case "2BP01" -> "drop the views or other objects that depend on those tables";
          default -> "check the server log";
        };
    return "cannot recreate the tables at "
        + settings.redactedUrl()
        + userClause(settings)
        + ": "
        + redact(settings, firstLine(e.getMessage()))
        + "; "
        + fix;
  }

  private static String userClause(PostgresSettings settings) {
    return settings.user() == null ? "" : " as user " + settings.user();
  }

  private static String driverMessage(PostgresSettings settings, SQLException e) {
    return redact(settings, firstLine(String.valueOf(e.getMessage())));
  }

  /** Removes the URL's password parameter and the password itself from a driver message. */
  private static String redact(PostgresSettings settings, String message) {
    String redacted = message.replace(settings.url(), settings.redactedUrl());
    String password = settings.password();
    // Masking the password inside the text would garble ordinary words that contain it and
    // reveal its letters, so a driver message that contains it is left out whole.
    if (password != null && !password.isEmpty() && redacted.contains(password)) {
      return "the driver's message is withheld because it contains the password";
    }
    return redacted;
  }

  /** Returns the first line of {@code message} without a closing full stop. */
  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = (end < 0 ? message : message.substring(0, end)).strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  /** Thrown when the database of a run cannot be reached or prepared; the message is one line. */
  static final class UnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    UnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
