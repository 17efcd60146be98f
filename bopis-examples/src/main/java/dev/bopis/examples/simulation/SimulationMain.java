package dev.bopis.examples.simulation;

import dev.bopis.examples.data.DataFileException;
import dev.bopis.examples.data.SampleData;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Command-line entry point of the simulation; {@code --help} lists the options. */
public final class SimulationMain {

  private SimulationMain() {}

  /** Runs the simulation and prints the report; exits with status 2 on bad input. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the simulation with {@code args}, printing the report to {@code out} and progress and
   * errors to {@code err}.
   *
   * @return the exit status: 0 when the report balanced, 1 when it did not, 2 on bad input
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
    } catch (IllegalArgumentException | DataFileException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    // Notification failures are part of the run and counted in the report, not logged.
    Logger.getLogger("dev.bopis").setLevel(Level.SEVERE);

    SimulationReport report = new Simulation(options, data, err).run();
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
