package dev.bopis.examples.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options of the simulation.
 *
 * @param dataDir folder with stores.csv, zips.csv, orders.csv and products.csv
 * @param seed seed of every synthetic value: hours, stock and store behaviour
 * @param days simulated days of order placement, 1 to 365
 * @param stores stores taken from the largest places of stores.csv, 1 to all of them
 * @param orders baskets placed over the run, at most the number in orders.csv; 0 means all
 * @param startDate first simulated day, in each store's own time zone
 * @param mapFile HTML map to write, or null for none
 * @param quiet whether to print progress lines
 * @param postgres the PostgreSQL database to keep orders and stock in, or null to keep them in
 *     memory
 */
public record SimulationOptions(
    Path dataDir,
    long seed,
    int days,
    int stores,
    int orders,
    LocalDate startDate,
    @Nullable Path mapFile,
    boolean quiet,
    @Nullable PostgresSettings postgres) {

  /** Usage text printed for {@code --help} and after a bad option. */
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: SimulationMain [options]",
          "  --data DIR      folder with stores.csv, zips.csv, orders.csv, products.csv",
          "                  (default: bopis-examples/data, or data in the current folder)",
          "  --seed N        seed of the synthetic hours, stock and behaviour (default 42)",
          "  --days N        simulated days of order placement, 1 to 365 (default 7); the run",
          "                  goes on up to 6 more days so open orders can finish",
          "  --stores N      stores: the N largest places in stores.csv, at most all of them",
          "                  (default 2000)",
          "  --orders N      baskets to place over the run, at most all in orders.csv; 0 for",
          "                  all (default 0)",
          "  --start DATE    first simulated day, ISO yyyy-mm-dd (default 2026-03-05)",
          "  --map FILE      also write an HTML map of stores and routed customers",
          "  --quiet         print the report only, no progress lines",
          "  --postgres URL  keep orders and stock in PostgreSQL at this JDBC URL, such as",
          "                  jdbc:postgresql://127.0.0.1:55432/bopis_test, instead of in memory.",
          "                  Every run first DROPS the adapters' tables in that database",
          "                  (pickup_order, stock, allocation, allocation_line,",
          "                  inventory_movement, notification_delivery, bopis_schema_version)",
          "                  and creates them empty, so use a throwaway database. The rows of",
          "                  the run stay there afterwards for inspection.",
          "  --postgres-user NAME",
          "                  database user (default: $" + PostgresSettings.USER_VARIABLE + ")",
          "  --postgres-password PASSWORD",
          "                  database password (default: $"
              + PostgresSettings.PASSWORD_VARIABLE
              + ");",
          "                  prefer the variable, which other users cannot see in the process list",
          "  --help          print this text");

  /** Validates the options. */
  public SimulationOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(startDate, "startDate");
    if (mapFile != null) {
      Path folder = mapFile.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        throw new IllegalArgumentException(
            "--map " + mapFile + ": folder " + folder + " does not exist; create it first");
      }
    }
    if (days < 1 || days > 365) {
      throw new IllegalArgumentException("--days " + days + " is outside 1 to 365");
    }
    if (stores < 1) {
      throw new IllegalArgumentException("--stores " + stores + " must be at least 1");
    }
    if (orders < 0) {
      throw new IllegalArgumentException("--orders " + orders + " must be 0 (all) or more");
    }
  }

  /**
   * Parses command-line arguments, reading the database user and password that the options leave
   * out from the process environment.
   *
   * @throws IllegalArgumentException naming the bad option and value; the message ends with the
   *     usage text
   */
  public static SimulationOptions parse(String... args) {
    return parse(System.getenv(), args);
  }

  /**
   * Parses command-line arguments, reading the database user and password that the options leave
   * out from {@code environment}: {@value PostgresSettings#USER_VARIABLE} and {@value
   * PostgresSettings#PASSWORD_VARIABLE}.
   *
   * @throws IllegalArgumentException naming the bad option and value; the message ends with the
   *     usage text
   */
  public static SimulationOptions parse(Map<String, String> environment, String... args) {
    Objects.requireNonNull(environment, "environment");

    Path data = null;
    long seed = 42;
    int days = 7;
    int stores = 2000;
    int orders = 0;
    LocalDate start = LocalDate.of(2026, 3, 5);
    Path map = null;
    boolean quiet = false;
    String postgresUrl = null;
    String postgresUser = null;
    String postgresPassword = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--data" -> data = Path.of(value(args, ++i, option));
        case "--seed" -> seed = parseLong(value(args, ++i, option), option);
        case "--days" -> days = (int) parseLong(value(args, ++i, option), option);
        case "--stores" -> stores = (int) parseLong(value(args, ++i, option), option);
        case "--orders" -> orders = (int) parseLong(value(args, ++i, option), option);
        case "--start" -> start = parseDate(value(args, ++i, option));
        case "--map" -> map = Path.of(value(args, ++i, option));
        case "--quiet" -> quiet = true;
        case "--postgres" -> postgresUrl = value(args, ++i, option);
        case "--postgres-user" -> postgresUser = value(args, ++i, option);
        case "--postgres-password" -> postgresPassword = value(args, ++i, option);
        default ->
            throw new IllegalArgumentException(
                "unknown option \"" + option + "\"; see --help\n" + USAGE);
      }
    }

    PostgresSettings postgres =
        postgresSettings(environment, postgresUrl, postgresUser, postgresPassword);
    return new SimulationOptions(
        data == null ? defaultDataDir() : data,
        seed,
        days,
        stores,
        orders,
        start,
        map,
        quiet,
        postgres);
  }

  /** Returns the database settings, or null without {@code --postgres}. */
  private static @Nullable PostgresSettings postgresSettings(
      Map<String, String> environment,
      @Nullable String url,
      @Nullable String user,
      @Nullable String password) {
    if (url == null) {
      if (user != null || password != null) {
        throw new IllegalArgumentException(
            "--postgres-user and --postgres-password need --postgres URL; see --help\n" + USAGE);
      }
      return null;
    }
    return new PostgresSettings(
        url,
        user != null ? user : environment.get(PostgresSettings.USER_VARIABLE),
        password != null ? password : environment.get(PostgresSettings.PASSWORD_VARIABLE));
  }

  private static Path defaultDataDir() {
    Path fromRoot = Path.of("bopis-examples", "data");
    if (Files.isDirectory(fromRoot)) {
      return fromRoot;
    }
    return Path.of("data");
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; see --help\n" + USAGE);
    }
    return args[index];
  }

  private static long parseLong(String text, String option) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " \"" + text + "\" is not a whole number; see --help\n" + USAGE, e);
    }
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--start \"" + text + "\" is not an ISO date such as 2026-03-05", e);
    }
  }
}
