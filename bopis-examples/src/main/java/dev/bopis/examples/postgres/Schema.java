package dev.bopis.examples.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates and upgrades the tables of the PostgreSQL adapters from the versioned SQL files shipped
 * beside this class ({@code V1__pickup.sql}, ...).
 *
 * <p>{@link #apply} records each applied version in {@code bopis_schema_version} and applies the
 * missing ones in order, each in its own transaction, under a transaction-level advisory lock, so
 * several nodes starting at once apply each version exactly once.
 */
public final class Schema {

  /** The versioned files, oldest first; a new version is appended, never edited in place. */
  private static final List<String> VERSIONS = List.of("V1__pickup.sql");

  /**
   * Every table that the versioned files create, and the version table. A version that adds a table
   * adds it here too.
   */
  private static final List<String> TABLES =
      List.of(
          "pickup_order",
          "stock",
          "allocation_line",
          "allocation",
          "inventory_movement",
          "notification_delivery",
          "bopis_schema_version");

  /** Key of the advisory lock that serialises schema changes; any constant unique to this use. */
  private static final long LOCK_KEY = 0x626F706973L;

  private Schema() {}

  /**
   * Applies every version not yet applied to the database of {@code dataSource}.
   *
   * @return the number of versions applied by this call, 0 when the schema was current
   * @throws DatabaseException if a statement fails; the failing version is rolled back
   */
  public static int apply(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    int applied = 0;
    for (int i = 0; i < VERSIONS.size(); i++) {
      int version = i + 1;
      String file = VERSIONS.get(i);
      String sql = read(file);
      boolean ran =
          Jdbc.inTransaction(
              dataSource,
              "applying schema version " + version + " (" + file + ")",
              connection -> applyVersion(connection, version, file, sql));
      if (ran) {
        applied++;
      }
    }
    return applied;
  }

  /**
   * Drops every table the adapters own, with all their rows, and the version table, so that the
   * next {@link #apply} starts from an empty schema. Meant for throwaway databases, such as those
   * of tests and of the example simulation. Holds the same advisory lock as {@link #apply}.
   *
   * @throws DatabaseException if a statement fails, for example because another object depends on a
   *     table; nothing is dropped then
   */
  public static void dropAll(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Jdbc.inTransaction(
        dataSource,
        "dropping the tables " + String.join(", ", TABLES),
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            statement.execute("DROP TABLE IF EXISTS " + String.join(", ", TABLES));
          }
          return null;
        });
  }

  /** Returns the highest schema version of this release. */
  public static int latestVersion() {
    return VERSIONS.size();
  }

  private static boolean applyVersion(Connection connection, int version, String file, String sql)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bopis_schema_version ("
              + " version int PRIMARY KEY, file text NOT NULL,"
              + " applied_at timestamptz NOT NULL DEFAULT now())");
    }
    try (PreparedStatement check =
        connection.prepareStatement("SELECT 1 FROM bopis_schema_version WHERE version = ?")) {
      check.setInt(1, version);
      try (ResultSet rows = check.executeQuery()) {
        if (rows.next()) {
          return false;
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    try (PreparedStatement record =
        connection.prepareStatement(
            "INSERT INTO bopis_schema_version (version, file) VALUES (?, ?)")) {
      record.setInt(1, version);
      record.setString(2, file);
      record.executeUpdate();
    }
    return true;
  }

  private static String read(String file) {
    try (InputStream in = Schema.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            "schema file " + file + " is missing from the class path next to " + Schema.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading schema file " + file + " failed", e);
    }
  }
}
