/**
 * The picocli commands and {@link io.rootwatch.cli.Main}, the composition root: it builds the clock,
 * resolver, database, fetchers and reference data, runs the pipeline (capture, store, assess, store) and
 * hands the result to a renderer. Exit codes follow the report contract.
 *
 * <p>Commands hold no analysis logic and print only through picocli's writers.
 *
 * <p>Imports: everything.
 */
package io.rootwatch.cli;
