package dev.bopis.examples.postgres;

import java.sql.SQLException;

/**
 * Thrown when a database call fails for a reason the caller cannot fix by changing its arguments:
 * the connection dropped, the server refused the statement, or a transaction kept conflicting.
 */
public final class DatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /** Creates the exception for {@code operation}, keeping the driver's SQL state. */
  DatabaseException(String operation, SQLException cause) {
    super(
        operation + " failed with SQL state " + cause.getSQLState() + ": " + cause.getMessage(),
        cause);
    this.sqlState = String.valueOf(cause.getSQLState());
  }

  /** Returns the five-character SQL state the server reported, or "null" if it gave none. */
  public String sqlState() {
    return sqlState;
  }
}
