/**
 * Persistence of scans, captures, results and reference-data snapshots in one SQLite file.
 *
 * <p>Its one job: write what a scan captured and concluded as soon as it is known, so a crash loses
 * nothing already captured, and read it back for the inventory and for resuming a scan. The schema is
 * documented for humans in {@code docs/database.md} (users open the file with any SQLite tool) and
 * managed by numbered migrations (class {@code Schema}) tracked in {@code PRAGMA user_version}.
 *
 * <p>It deliberately does not parse certificates, judge trust or render reports: captured bytes are
 * stored verbatim, and descriptive certificate columns are filled only from the report JSON that the
 * analysis already produced. It does not read the clock: every instant is a parameter.
 *
 * <p>May import: {@code io.rootwatch.model}, {@code java.sql}, the sqlite-jdbc driver ({@code org.sqlite})
 * and Jackson (JSON columns). Only this package imports JDBC or SQLite (STYLE.md AA-1).
 */
package io.rootwatch.store;
