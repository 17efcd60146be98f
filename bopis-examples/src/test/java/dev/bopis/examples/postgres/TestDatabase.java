package dev.bopis.examples.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the adapter tests run against, named by {@code BOPIS_TEST_POSTGRES_URL},
 * {@code BOPIS_TEST_POSTGRES_USER} and {@code BOPIS_TEST_POSTGRES_PASSWORD}. Without the URL every
 * test that asks for the database is skipped; {@code bash .ci/postgres} starts a server and prints
 * the variables.
 */
final class TestDatabase {

  static final String URL_VARIABLE = "BOPIS_TEST_POSTGRES_URL";

  private static final int POOL_SIZE = 24;

  private static DataSource shared;

  private static final List<Pool> DEDICATED = new ArrayList<>();

  private TestDatabase() {}

  /** Returns a pooled data source with the schema applied; skips the test without a server. */
  static synchronized DataSource dataSource() {
    if (shared == null) {
      shared = new Pool(direct(), POOL_SIZE);
      Schema.apply(shared);
    }
    return shared;
  }

  /**
   * Returns a data source with one connection of its own, for a test that simulates separate nodes;
   * skips the test without a server.
   */
  static synchronized DataSource dedicatedConnection() {
    dataSource();
    Pool pool = new Pool(direct(), 1);
    DEDICATED.add(pool);
    return pool;
  }

  /** Closes the connections of every {@link #dedicatedConnection()} handed out so far. */
  static synchronized void closeDedicatedConnections() {
    DEDICATED.forEach(Pool::closeIdle);
    DEDICATED.clear();
  }

  /** Deletes every row of the adapters' tables. */
  static void truncate() {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "TRUNCATE pickup_order, stock, allocation, allocation_line, inventory_movement,"
              + " notification_delivery");
    } catch (SQLException e) {
      throw new IllegalStateException("truncating the test tables failed", e);
    }
  }

  private static PGSimpleDataSource direct() {
    String url = System.getenv(URL_VARIABLE);
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE
            + " is not set, so the PostgreSQL adapter tests are skipped; start a server with"
            + " `pg_env=\"$(bash .ci/postgres)\" && eval \"$pg_env\"` and run the tests again");
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url);
    String user = System.getenv("BOPIS_TEST_POSTGRES_USER");
    if (user != null) {
      source.setUser(user);
    }
    String password = System.getenv("BOPIS_TEST_POSTGRES_PASSWORD");
    if (password != null) {
      source.setPassword(password);
    }
    return source;
  }

  /**
   * A minimal connection pool: at most {@code size} physical connections, each handed to one caller
   * at a time; closing a borrowed connection rolls back what it left open and returns it.
   */
  private static final class Pool implements DataSource {
    private final PGSimpleDataSource target;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final Semaphore permits;

    Pool(PGSimpleDataSource target, int size) {
      this.target = target;
      this.permits = new Semaphore(size);
    }

    @Override
    public Connection getConnection() throws SQLException {
      try {
        permits.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for a pooled connection", e);
      }
      Connection physical = idle.pollFirst();
      try {
        if (physical == null || physical.isClosed()) {
          physical = target.getConnection();
        }
      } catch (SQLException e) {
        permits.release();
        throw e;
      }
      return borrowed(physical);
    }

    private Connection borrowed(Connection physical) {
      boolean[] returned = {false};
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  if (!returned[0]) {
                    returned[0] = true;
                    giveBack(physical);
                  }
                  return null;
                }
                if (method.getName().equals("isClosed") && returned[0]) {
                  return true;
                }
                try {
                  return method.invoke(physical, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    private void giveBack(Connection physical) {
      try {
        if (!physical.isClosed()) {
          if (!physical.getAutoCommit()) {
            physical.rollback();
            physical.setAutoCommit(true);
          }
          idle.addFirst(physical);
        }
      } catch (SQLException broken) {
        try {
          physical.close();
        } catch (SQLException ignored) {
          // The connection is unusable either way; the pool opens a new one.
        }
      } finally {
        permits.release();
      }
    }

    /** Closes the connections not borrowed right now. */
    void closeIdle() {
      for (Connection connection = idle.pollFirst();
          connection != null;
          connection = idle.pollFirst()) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // Closing is best effort; the server drops the session with the socket.
        }
      }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException("the test pool uses the configured user");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("the test pool wraps nothing");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
