/**
 * Reads Certificate Transparency log lists: Google's v3 schema (Chrome), Apple's list (schema v4/v5) and
 * Mozilla's known-logs list, into one model ({@link io.rootwatch.refdata.ctlogs.LogList}); and verifies
 * Google's detached list signature.
 *
 * <p>Bytes in, values out: this package never fetches, caches or reads files (the refdata fetcher does)
 * and never reads the clock. It does not judge CT policy (that is {@code io.rootwatch.ct}).
 * May import: {@code io.rootwatch.model}, Jackson, the JDK.
 */
package io.rootwatch.refdata.ctlogs;
