package dev.bopis.examples.postgres;

import dev.bopis.examples.notify.DeliveryLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link DeliveryLog} on PostgreSQL, one row per deduplication key in {@code
 * notification_delivery}. A claim is one conditional upsert, so of several nodes claiming a key at
 * once exactly one gets {@link DeliveryLog.Claim#CLAIMED}. The rows survive restarts; delete rows
 * older than the longest notification retry if the table must stay small. Thread-safe.
 */
public final class PostgresDeliveryLog implements DeliveryLog {

  private final DataSource dataSource;
  private final Duration lease;

  /**
   * Creates a log on {@code dataSource} whose claims lapse after {@code lease}.
   *
   * @param lease how long a sender may take between claim and mark before another sender may claim
   *     the key; longer than the slowest gateway call
   * @throws IllegalArgumentException if {@code lease} is not positive
   */
  public PostgresDeliveryLog(DataSource dataSource, Duration lease) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease " + lease + " must be positive, such as PT5M");
    }
    this.lease = lease;
  }

  @Override
  public Claim claim(String key, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(now, "now");
    return Jdbc.autoCommit(
        dataSource,
        "claiming notification " + key,
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO notification_delivery (dedup_key, claimed_at) VALUES (?, ?)"
                      + " ON CONFLICT (dedup_key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at"
                      + " WHERE notification_delivery.delivered_at IS NULL"
                      + " AND notification_delivery.claimed_at <= ?")) {
            upsert.setString(1, key);
            Jdbc.setInstant(upsert, 2, now);
            Jdbc.setInstant(upsert, 3, now.minus(lease));
            if (upsert.executeUpdate() == 1) {
              return Claim.CLAIMED;
            }
          }
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT delivered_at IS NOT NULL FROM notification_delivery"
                      + " WHERE dedup_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
              // A row released between the two statements is reported in flight: retry later.
              return rows.next() && rows.getBoolean(1) ? Claim.ALREADY_DELIVERED : Claim.IN_FLIGHT;
            }
          }
        });
  }

  @Override
  public void markDelivered(String key, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(now, "now");
    Jdbc.autoCommit(
        dataSource,
        "marking notification " + key + " delivered",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO notification_delivery (dedup_key, claimed_at, delivered_at)"
                      + " VALUES (?, ?, ?) ON CONFLICT (dedup_key)"
                      + " DO UPDATE SET delivered_at = EXCLUDED.delivered_at")) {
            upsert.setString(1, key);
            Jdbc.setInstant(upsert, 2, now);
            Jdbc.setInstant(upsert, 3, now);
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public void releaseClaim(String key) {
    Objects.requireNonNull(key, "key");
    Jdbc.autoCommit(
        dataSource,
        "releasing the claim on notification " + key,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM notification_delivery WHERE dedup_key = ? AND delivered_at IS NULL")) {
            delete.setString(1, key);
            return delete.executeUpdate();
          }
        });
  }

  @Override
  public boolean isDelivered(String key) {
    Objects.requireNonNull(key, "key");
    return Jdbc.autoCommit(
        dataSource,
        "reading notification " + key,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT 1 FROM notification_delivery"
                      + " WHERE dedup_key = ? AND delivered_at IS NOT NULL")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next();
            }
          }
        });
  }
}
