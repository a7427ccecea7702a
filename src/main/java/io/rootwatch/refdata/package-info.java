/**
 * Reference data: reads the CCADB CSV reports (included, removed and upcoming-removal roots, public
 * intermediates, all-CA PEMs, all certificate records), NSS certdata.txt and OS PEM bundles into a
 * {@link io.rootwatch.refdata.RootStore} and a {@link io.rootwatch.refdata.CaCertificatePool}, with one
 * {@link io.rootwatch.model.Snapshot} (kind, source, time, SHA-256) per file; and diffs two root stores.
 *
 * <p>Entry points: {@link io.rootwatch.refdata.RefDataLoader} (files, directories, OS bundle) and
 * {@link io.rootwatch.refdata.RootStoreDiff}. Downloading lives in {@code io.rootwatch.refdata.fetch}, which
 * depends on this package and never the other way round.
 *
 * <p>Deliberately does not: judge chains or trust (that is {@code trust}), read CT log lists (not yet), read
 * the clock, or print. File kinds are recognised by header, never by file name. Parsers take text already in
 * memory; only {@code RefDataLoader} and {@code InputFiles} touch the file system.
 *
 * <p>May import: {@code io.rootwatch.model}, {@code io.rootwatch.x509}, commons-csv, the JDK.
 */
package io.rootwatch.refdata;
