/**
 * Renders a {@link io.rootwatch.assess.ScanReport}: the JSON report of the shared contract
 * (rootwatch.report/v1, documented in docs/report.md), CSV for spreadsheets, and the human table.
 *
 * <p>It decides nothing: every verdict and finding arrives ready-made. It never closes the writer it is given.
 *
 * <p>Imports: model, assess, and the trust / ct / refdata value types an Assessment carries.
 */
package io.rootwatch.report;
