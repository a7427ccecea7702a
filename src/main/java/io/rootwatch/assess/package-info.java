/**
 * Combines the analyses of one capture (trust path and Mozilla verdict, lint, Certificate Transparency)
 * into an {@link io.rootwatch.assess.Assessment} with every finding, as of an instant given by the caller.
 *
 * <p>It does no I/O and reads no clock: captures, reference data and the instant come in as values.
 * Persisting and printing the result are store's and report's jobs.
 *
 * <p>Imports: model, x509, refdata, capture (types only), trust, ct, lint.
 */
package io.rootwatch.assess;
