/**
 * Downloads reference-data reports (CCADB) into a local cache with retrieval time, SHA-256 and HTTP validators,
 * and hands the files to {@link io.rootwatch.refdata.RefDataLoader}.
 *
 * <p>Deliberately does not parse anything itself, and never runs without timeouts and a size cap. It falls back
 * to a stale cached copy (with a warning) when the network fails. The clock is a parameter.
 *
 * <p>May import: {@code io.rootwatch.refdata}, {@code io.rootwatch.model}, jackson-databind, {@code java.net.http}.
 */
package io.rootwatch.refdata.fetch;
