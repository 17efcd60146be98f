package dev.bopis.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, bad input and exit statuses. */
class SimulationMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SimulationMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void help_printsUsage() {
    int status = run("--help");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--seed N").contains("--days N");
  }

  @Test
  void unknownOption_isRejectedWithUsage() {
    int status = run("--dayz", "3");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown option \"--dayz\"")
        .contains("Usage:");
  }

  @Test
  void nonNumericDays_namesOptionAndValue() {
    int status = run("--days", "seven");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--days \"seven\" is not a whole number");
  }

  @Test
  void daysOutOfRange_isRejected() {
    int status = run("--days", "0");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--days 0 is outside 1 to 365");
  }

  @Test
  void malformedDataFile_namesFileLineAndField(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"stores.csv", "zips.csv", "orders.csv", "products.csv"}) {
      Files.copy(Path.of("data", name), dir.resolve(name));
    }
    String stores = Files.readString(dir.resolve("stores.csv"));
    Files.writeString(dir.resolve("stores.csv"), stores.replaceFirst(",40.71427,", ",140.71427,"));

    int status = run("--data", dir.toString(), "--quiet");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("stores.csv line 2")
        .contains("latitude")
        .contains("140.71427");
  }

  @Test
  void smallRun_printsBalancedReportAndWritesMap(@TempDir Path dir) throws IOException {
    Path map = dir.resolve("map.html");

    int status =
        run(
            "--days",
            "1",
            "--stores",
            "150",
            "--orders",
            "120",
            "--quiet",
            "--map",
            map.toString());

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("balanced");
    assertThat(Files.readString(map)).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  @Test
  void help_warnsThatPostgresRunDropsTables() {
    int status = run("--help");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--postgres URL")
        .contains("DROPS the adapters' tables")
        .contains(PostgresSettings.PASSWORD_VARIABLE);
  }

  @Test
  void unreachableDatabase_failsWithOneLine() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/bopis_test";

    int status =
        run(
            "--quiet",
            "--postgres",
            url + "?password=in-the-url",
            "--postgres-password",
            "on-the-command-line");

    String error = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(2);
    assertThat(error.lines()).hasSize(1);
    assertThat(error).startsWith("error: cannot connect to PostgreSQL at " + url + "?password=***");
    assertThat(error).contains("bash .ci/postgres");
    assertThat(error).doesNotContain("in-the-url");
    assertThat(error).doesNotContain("on-the-command-line");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * A one-letter password was masked inside the driver's message, turning "port" into "***ort" and
   * revealing the password's letters.
   */
  @Test
  void shortPassword_neverGarblesTheError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    int status =
        run(
            "--quiet",
            "--postgres",
            "jdbc:postgresql://127.0.0.1:" + port + "/bopis_test",
            "--postgres-password",
            "p");

    String error = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(2);
    assertThat(error).doesNotContain("***");
    assertThat(error).contains("cannot connect to PostgreSQL");
  }

  @Test
  void mapInMissingFolder_isRejectedBeforeTheRun() {
    int status = run("--quiet", "--map", "/nonexistent-folder/map.html");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--map /nonexistent-folder/map.html: folder /nonexistent-folder does not exist");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void storesFileWithoutRows_isRejected(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"stores.csv", "zips.csv", "orders.csv", "products.csv"}) {
      Files.copy(Path.of("data", name), dir.resolve(name));
    }
    String header = Files.readAllLines(dir.resolve("stores.csv")).get(0);
    Files.writeString(dir.resolve("stores.csv"), header + "\n");

    int status = run("--data", dir.toString(), "--quiet");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("stores.csv contains no stores");
  }
}
