package dev.bopis.examples.simulation;

import dev.bopis.examples.data.DataFileException;
import dev.bopis.examples.data.SampleData;
import dev.bopis.examples.postgres.DatabaseException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Command-line entry point of the simulation; {@code --help} lists the options. */
public final class SimulationMain {

  /**
   * The loggers of the library and of the PostgreSQL driver. Held in a field because the logging
   * framework keeps loggers only weakly, and a collected logger would lose the level set here.
   */
  private static final List<Logger> QUIETED_LOGGERS =
      List.of(Logger.getLogger("dev.bopis"), Logger.getLogger("org.postgresql"));

  private SimulationMain() {}

  /** Runs the simulation and prints the report; exits with status 2 on bad input. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the simulation with {@code args}, printing the report to {@code out} and progress and
   * errors to {@code err}. With {@code --postgres}, connects and recreates the tables before
   * anything else runs, so a database that cannot be used stops the program before any order.
   *
   * @return the exit status: 0 when the report balanced, 1 when it did not, 2 on bad input or a
   *     database that cannot be reached, prepared or kept working
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      out.println(SimulationOptions.USAGE);
      return 0;
    }
    SimulationOptions options;
    SampleData data;
    try {
      options = SimulationOptions.parse(args);
      data = SampleData.load(options.dataDir());
      if (data.stores().isEmpty()) {
        throw new IllegalArgumentException(
            "stores.csv contains no stores in "
                + options.dataDir()
                + "; add store rows or regenerate the sample as bopis-examples/data/README.md"
                + " describes");
      }
    } catch (IllegalArgumentException | DataFileException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    // Notification failures are part of the run and counted in the report, and database failures
    // end it with one error line, so neither is logged.
    QUIETED_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));

    Simulation simulation = new Simulation(options, data, err);
    SimulationReport report;
    try (Backend backend = Backend.open(options.postgres(), simulation.clock())) {
      report = simulation.run(backend);
    } catch (PostgresBackend.UnavailableException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (DatabaseException e) {
      err.println("error: " + PostgresBackend.runFailure(options.postgres(), e));
      return 2;
    }
    report.print(out);
    if (options.mapFile() != null) {
      try {
        RouteMap.write(report, options.mapFile());
        out.println("Map written to " + options.mapFile());
      } catch (IOException e) {
        err.println("error: cannot write map " + options.mapFile() + ": " + e.getMessage());
        return 2;
      }
    }
    return report.reconciliation().balanced() ? 0 : 1;
  }
}
