package dev.bopis.examples.simulation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Connection settings of the PostgreSQL database a simulation run keeps its orders and stock in.
 * {@link #toString()} and {@link #redactedUrl()} never show the password.
 *
 * @param url JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:55432/bopis_test}
 * @param user database user, or null to leave it to the URL or the driver
 * @param password password of {@code user}, or null to leave it to the URL or the driver
 */
public record PostgresSettings(String url, @Nullable String user, @Nullable String password) {

  /** Environment variable read for the user when {@code --postgres-user} is absent. */
  public static final String USER_VARIABLE = "BOPIS_TEST_POSTGRES_USER";

  /** Environment variable read for the password when {@code --postgres-password} is absent. */
  public static final String PASSWORD_VARIABLE = "BOPIS_TEST_POSTGRES_PASSWORD";

  private static final String URL_PREFIX = "jdbc:postgresql:";

  /** A {@code password=...} parameter of a JDBC URL, up to the next parameter. */
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException if {@code url} does not start with {@code jdbc:postgresql:}
   */
  public PostgresSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException(
          "--postgres \""
              + redact(url)
              + "\" is not a PostgreSQL JDBC URL; use the form"
              + " jdbc:postgresql://HOST:PORT/DATABASE");
    }
  }

  /** Returns the URL with the value of a {@code password} parameter replaced by {@code ***}. */
  public String redactedUrl() {
    return redact(url);
  }

  /** Returns the URL and user; the password shows only as present or absent. */
  @Override
  public String toString() {
    return "PostgresSettings[url="
        + redactedUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "absent" : "***")
        + "]";
  }

  private static String redact(String url) {
    return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
  }
}
