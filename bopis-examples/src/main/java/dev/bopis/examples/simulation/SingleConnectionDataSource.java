package dev.bopis.examples.simulation;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} that lends one physical connection, opened with {@link DriverManager}, to
 * one caller at a time. Closing a borrowed connection rolls back what it left open and returns it;
 * {@link #close()} closes the physical connection.
 *
 * <p>The simulation is single-threaded and each adapter call borrows one connection, so one
 * connection is enough and saves a connect and log-in per call. Another thread waits until the
 * connection is returned. A thread that borrows again before returning gets an {@link SQLException}
 * instead of waiting for itself.
 */
final class SingleConnectionDataSource implements DataSource, AutoCloseable {

  /** Seconds to wait for the TCP connection and for the log-in, each. */
  private static final String TIMEOUT_SECONDS = "10";

  private final String url;
  private final Properties properties = new Properties();
  private final ReentrantLock lock = new ReentrantLock();
  private @Nullable Connection physical;

  /**
   * Opens the connection at once, so that a wrong URL, user or password fails here.
   *
   * @throws SQLException if the database cannot be reached or refuses the connection
   * @throws IllegalStateException if the PostgreSQL driver is not on the class path
   */
  SingleConnectionDataSource(PostgresSettings settings) throws SQLException {
    this.url = settings.url();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
    properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
    properties.setProperty("ApplicationName", "bopis-simulation");
    loadDriver();
    this.physical = DriverManager.getConnection(url, properties);
  }

  /**
   * Registers the PostgreSQL driver from this class's class loader. {@link DriverManager} finds
   * drivers on the system class path by itself, but not when a tool such as {@code exec:java} runs
   * the program in a class loader of its own.
   */
  private static void loadDriver() {
    try {
      Class.forName(
          "org.postgresql.Driver", true, SingleConnectionDataSource.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "the PostgreSQL JDBC driver org.postgresql:postgresql is not on the class path", e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (lock.isHeldByCurrentThread()) {
      throw new SQLException(
          "this thread already borrowed the only connection; close it before borrowing again");
    }
    lock.lock();
    try {
      Connection current = physical;
      if (current == null || current.isClosed()) {
        current = DriverManager.getConnection(url, properties);
        physical = current;
      }
      return borrowed(current);
    } catch (SQLException | RuntimeException e) {
      lock.unlock();
      throw e;
    }
  }

  private Connection borrowed(Connection connection) {
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                if (!returned[0]) {
                  returned[0] = true;
                  giveBack(connection);
                }
                return null;
              }
              if (method.getName().equals("isClosed") && returned[0]) {
                return true;
              }
              if (returned[0] && method.getDeclaringClass() != Object.class) {
                throw new SQLException("connection already returned; borrow a new one");
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Ends what the borrower left open; a broken connection is closed and reopened next time. */
  private void giveBack(Connection connection) {
    try {
      if (!connection.isClosed() && !connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException broken) {
      closeQuietly(connection);
    } finally {
      lock.unlock();
    }
  }

  /** Closes the physical connection; a later {@link #getConnection()} opens a new one. */
  @Override
  public void close() {
    lock.lock();
    try {
      Connection current = physical;
      physical = null;
      if (current != null) {
        closeQuietly(current);
      }
    } finally {
      lock.unlock();
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The connection is unusable either way; the server ends the session with the socket.
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException(
        "this data source connects with the user of its settings only");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return Integer.parseInt(TIMEOUT_SECONDS);
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("this data source does not log");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("this data source wraps nothing");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
