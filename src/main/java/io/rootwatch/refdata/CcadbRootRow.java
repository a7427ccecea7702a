package io.rootwatch.refdata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a CCADB root report (included, removed or upcoming removals), before its PEM is parsed.
 *
 * @param sha256       the row's "SHA-256 Fingerprint", lowercase hex (empty when the column is empty)
 * @param pem          the "PEM Info" cell as given (single-quote wrapped)
 * @param line         where the row starts, for messages
 * @param note         removal note (removed / upcoming reports); empty for included roots
 * @param auditPeriodEnd newest "… Audit Period End Date" in the row, when the report has such columns
 */
record CcadbRootRow(
        String sha256,
        String pem,
        String source,
        long line,
        String name,
        Optional<String> owner,
        Set<TrustBit> trustBits,
        Optional<LocalDate> distrustForTlsAfter,
        Optional<String> mozillaAppliedConstraints,
        Optional<String> note,
        Optional<LocalDate> auditPeriodEnd) {
}
