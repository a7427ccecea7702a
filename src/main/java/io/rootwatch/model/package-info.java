/**
 * Immutable records every stage passes along: targets, raw captures, certificates (DER plus parsed
 * view), findings and their registry, snapshots, verdicts, exit codes.
 *
 * <p>It does not parse, fetch, judge or print anything; records only validate their own invariants.
 *
 * <p>Imports: nothing from rootwatch (the JDK only).
 */
package io.rootwatch.model;
