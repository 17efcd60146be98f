/**
 * PostgreSQL adapters of the order repository, inventory and notification delivery ports, over
 * plain JDBC, with the schema they need.
 *
 * <p>Every adapter takes a {@link javax.sql.DataSource} and borrows one connection per call; pass a
 * pooled data source in production. Several nodes may share one database: all writes are
 * conditional updates or row-locked transactions.
 */
@NullMarked
package dev.bopis.examples.postgres;

import org.jspecify.annotations.NullMarked;
