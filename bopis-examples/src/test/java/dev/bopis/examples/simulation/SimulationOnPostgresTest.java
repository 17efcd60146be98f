package dev.bopis.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.order.OrderState;
import dev.bopis.examples.data.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a short simulation on PostgreSQL and the same one in memory: the database run must reconcile
 * from the database's own rows and end with the same orders, states and notifications.
 */
class SimulationOnPostgresTest {

  private static final String URL_VARIABLE = "BOPIS_TEST_POSTGRES_URL";

  private static final List<String> RUN =
      List.of(
          "--data",
          "data",
          "--days",
          "2",
          "--stores",
          "150",
          "--orders",
          "150",
          "--seed",
          "7",
          "--quiet");

  private static SampleData data;
  private static String url;
  private static SimulationOptions postgresOptions;
  private static SimulationReport inMemory;
  private static SimulationReport onPostgres;

  /** Skips each test without a database; the first test that runs starts both simulations. */
  @BeforeEach
  void runInMemoryAndOnPostgresOnce() throws PostgresBackend.UnavailableException {
    url = System.getenv(URL_VARIABLE);
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE
            + " is not set, so the simulation on PostgreSQL is skipped; start a server with"
            + " `pg_env=\"$(bash .ci/postgres)\" && eval \"$pg_env\"` and run the tests again");
    if (onPostgres != null) {
      return;
    }
    data = SampleData.load(Path.of("data"));
    SimulationOptions memoryOptions = SimulationOptions.parse(Map.of(), RUN.toArray(String[]::new));
    List<String> postgresArgs = new ArrayList<>(RUN);
    postgresArgs.addAll(List.of("--postgres", url));
    postgresOptions = SimulationOptions.parse(System.getenv(), postgresArgs.toArray(String[]::new));

    inMemory = quietSimulation(memoryOptions).run(new InMemoryBackend());
    onPostgres = runOnPostgres();
  }

  private static Simulation quietSimulation(SimulationOptions options) {
    return new Simulation(options, data, new PrintStream(new ByteArrayOutputStream()));
  }

  private static SimulationReport runOnPostgres() throws PostgresBackend.UnavailableException {
    Simulation simulation = quietSimulation(postgresOptions);
    try (Backend backend = PostgresBackend.open(postgresOptions.postgres(), simulation.clock())) {
      return simulation.run(backend);
    }
  }

  @Test
  void reconciliation_balancesFromDatabaseRows() {
    Reconciliation.Result result = onPostgres.reconciliation();

    assertThat(result.problems()).isEmpty();
    assertThat(result.collectedUnits()).isPositive();
    assertThat(result.collectedUnits()).isEqualTo(inMemory.reconciliation().collectedUnits());
    assertThat(result.writtenOffUnits()).isEqualTo(inMemory.reconciliation().writtenOffUnits());
    assertThat(result.adjustedUnits()).isEqualTo(inMemory.reconciliation().adjustedUnits());
    assertThat(result.pairs()).isEqualTo(inMemory.reconciliation().pairs());
  }

  @Test
  void stateCounts_matchInMemoryRun() {
    Map<OrderState, Integer> byState = onPostgres.ordersByState();

    assertThat(onPostgres.metrics().placed).isEqualTo(inMemory.metrics().placed);
    assertThat(byState).isEqualTo(inMemory.ordersByState());
    assertThat(byState.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(onPostgres.metrics().placed);
    assertThat(byState.get(OrderState.PICKED_UP)).isPositive();
    assertThat(byState.get(OrderState.EXPIRED)).isPositive();
    assertThat(onPostgres.orders()).allMatch(order -> order.state().isTerminal());
  }

  @Test
  void notificationsAndOutcomes_matchInMemoryRun() {
    assertThat(onPostgres.notifications()).isEqualTo(inMemory.notifications());
    assertThat(onPostgres.metrics().outcomes).isEqualTo(inMemory.metrics().outcomes);
    assertThat(onPostgres.metrics().declined).isEqualTo(inMemory.metrics().declined);
  }

  @Test
  void database_holdsPlacedOrders() throws SQLException {
    long orderRows = queryLong("SELECT count(*) FROM pickup_order");
    long collected =
        queryLong("SELECT -sum(on_hand_delta) FROM inventory_movement WHERE type = 'COLLECT'");

    assertThat(orderRows).isEqualTo(onPostgres.metrics().placed);
    assertThat(collected).isEqualTo(onPostgres.reconciliation().collectedUnits());
  }

  @Test
  void report_namesDatabaseAsStorage() {
    assertThat(onPostgres.storage()).startsWith("PostgreSQL at " + url);
    assertThat(inMemory.storage()).isEqualTo("in memory");
  }

  @Test
  void secondRun_startsFromEmptyTables() throws Exception {
    SimulationReport again = runOnPostgres();

    assertThat(again.reconciliation().problems()).isEmpty();
    assertThat(again.ordersByState()).isEqualTo(onPostgres.ordersByState());
    assertThat(queryLong("SELECT count(*) FROM pickup_order")).isEqualTo(again.metrics().placed);
  }

  @Test
  void wrongPassword_failsWithOneLine() {
    String password = "not-the-password-" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(RUN);
    args.addAll(List.of("--postgres", url, "--postgres-password", password));

    int status =
        SimulationMain.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String error = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(2);
    assertThat(error.lines()).hasSize(1);
    assertThat(error).startsWith("error: cannot connect to PostgreSQL at " + url);
    assertThat(error).contains("rejected the user name or password");
    assertThat(error).doesNotContain(password);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static long queryLong(String sql) throws SQLException {
    PostgresSettings settings = postgresOptions.postgres();
    try (Connection connection =
            DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
