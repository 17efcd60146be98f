package dev.bopis.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PostgreSQL options: where the user and password come from, and what is never printed. */
class SimulationOptionsTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:55432/bopis_test";
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          PostgresSettings.USER_VARIABLE, "env-user",
          PostgresSettings.PASSWORD_VARIABLE, "env-password");

  @Test
  void parse_withoutPostgres_keepsStorageInMemory() {
    SimulationOptions options = SimulationOptions.parse(ENVIRONMENT, "--days", "2");

    assertThat(options.postgres()).isNull();
  }

  @Test
  void parse_takesUserAndPasswordFromEnvironment() {
    SimulationOptions options = SimulationOptions.parse(ENVIRONMENT, "--postgres", URL);

    assertThat(options.postgres()).isEqualTo(new PostgresSettings(URL, "env-user", "env-password"));
  }

  @Test
  void parse_optionsOverrideEnvironment() {
    SimulationOptions options =
        SimulationOptions.parse(
            ENVIRONMENT,
            "--postgres",
            URL,
            "--postgres-user",
            "cli-user",
            "--postgres-password",
            "cli-password");

    assertThat(options.postgres()).isEqualTo(new PostgresSettings(URL, "cli-user", "cli-password"));
  }

  @Test
  void parse_nonPostgresUrl_isRejected() {
    assertThatThrownBy(() -> SimulationOptions.parse(Map.of(), "--postgres", "jdbc:mysql://db/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"jdbc:mysql://db/x\" is not a PostgreSQL JDBC URL")
        .hasMessageContaining("jdbc:postgresql://HOST:PORT/DATABASE");
  }

  @Test
  void parse_userWithoutPostgres_isRejected() {
    assertThatThrownBy(() -> SimulationOptions.parse(Map.of(), "--postgres-user", "someone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--postgres-user and --postgres-password need --postgres URL");
  }

  @Test
  void settings_neverPrintPassword() {
    PostgresSettings settings =
        new PostgresSettings(URL + "?ssl=false&password=url-secret&tcpKeepAlive=true", "u", "p4ss");
    SimulationOptions options = SimulationOptions.parse(ENVIRONMENT, "--postgres", URL);

    assertThat(settings.redactedUrl()).isEqualTo(URL + "?ssl=false&password=***&tcpKeepAlive=true");
    assertThat(settings.toString()).doesNotContain("url-secret");
    assertThat(settings.toString()).doesNotContain("p4ss");
    assertThat(options.toString()).doesNotContain("env-password");
  }
}
