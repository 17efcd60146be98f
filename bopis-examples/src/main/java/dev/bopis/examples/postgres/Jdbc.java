package dev.bopis.examples.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs units of work in transactions and converts values between Java and PostgreSQL. */
final class Jdbc {

  /** Attempts of a transaction that failed with a deadlock or a serialization failure. */
  private static final int MAX_ATTEMPTS = 5;

  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";

  /** SQL state of a unique-key violation. */
  static final String UNIQUE_VIOLATION = "23505";

  private Jdbc() {}

  /** A unit of work on a connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in a read-committed transaction and commits, retrying from the start after a
   * deadlock or serialization failure. Any exception rolls the transaction back; a runtime
   * exception from {@code work} propagates unchanged.
   *
   * @throws DatabaseException if the database fails, or keeps conflicting {@value #MAX_ATTEMPTS}
   *     times
   */
  static <T> T inTransaction(DataSource dataSource, String operation, Work<T> work) {
    Objects.requireNonNull(dataSource, "dataSource");
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection, e);
          throw e;
        }
      } catch (SQLException e) {
        if (isRetryable(e) && attempt < MAX_ATTEMPTS) {
          continue;
        }
        throw new DatabaseException(operation, e);
      }
    }
  }

  /** Runs {@code work} on a connection in auto-commit mode, for single statements and reads. */
  static <T> T autoCommit(DataSource dataSource, String operation, Work<T> work) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException(operation, e);
    }
  }

  /** Sets parameter {@code index} to {@code instant} as a {@code timestamptz}, or SQL null. */
  static void setInstant(PreparedStatement statement, int index, @Nullable Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  /**
   * Returns {@code instant} rounded up to the microsecond, the precision of {@code timestamptz}.
   */
  static Instant ceilToMicros(Instant instant) {
    Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
    return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MICROS);
  }

  /** Returns whether {@code e} or a cause is a deadlock or serialization failure. */
  static boolean isRetryable(SQLException e) {
    return SERIALIZATION_FAILURE.equals(e.getSQLState())
        || DEADLOCK_DETECTED.equals(e.getSQLState());
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}
