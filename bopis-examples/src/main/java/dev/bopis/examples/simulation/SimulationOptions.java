package dev.bopis.examples.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 */
public record SimulationOptions(
    Path dataDir,
    long seed,
    int days,
    int stores,
    int orders,
    LocalDate startDate,
    @Nullable Path mapFile,
    boolean quiet) {

  /** Usage text printed for {@code --help} and after a bad option. */
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: SimulationMain [options]",
          "  --data DIR      folder with stores.csv, zips.csv, orders.csv, products.csv",
          "                  (default: bopis-examples/data, or data in the current folder)",
          "  --seed N        seed of the synthetic hours, stock and behaviour (default 42)",
          "  --days N        simulated days of order placement, 1 to 365 (default 7)",
          "  --stores N      stores: the N largest places in stores.csv (default 2000)",
          "  --orders N      baskets to place over the run, 0 for all (default 0)",
          "  --start DATE    first simulated day, ISO yyyy-mm-dd (default 2026-03-05)",
          "  --map FILE      also write an HTML map of stores and routed customers",
          "  --quiet         print the report only, no progress lines",
          "  --help          print this text");

  /** Validates the options. */
  public SimulationOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(startDate, "startDate");
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
   * Parses command-line arguments.
   *
   * @throws IllegalArgumentException naming the bad option and value; the message ends with the
   *     usage text
   */
  public static SimulationOptions parse(String... args) {
    Path data = null;
    long seed = 42;
    int days = 7;
    int stores = 2000;
    int orders = 0;
    LocalDate start = LocalDate.of(2026, 3, 5);
    Path map = null;
    boolean quiet = false;
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
        default ->
            throw new IllegalArgumentException(
                "unknown option \"" + option + "\"; see --help\n" + USAGE);
      }
    }
    return new SimulationOptions(
        data == null ? defaultDataDir() : data, seed, days, stores, orders, start, map, quiet);
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
