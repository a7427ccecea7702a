package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.Der;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five targets, judged at {@link #AT}:
 * <pre>
 * a.example  two captures; latest: distrusted, Entrust Root G2 / Sectigo, leaf notAfter AT+14d, 2 findings
 *            (critical, medium); the older one was trusted
 * b.example  trusted, DigiCert Global Root CA / DigiCert, leaf notAfter 2026-01-01, no findings; leaf
 *            subject only in the certificates table
 * c.example  expired, ISRG Root X1 / ISRG, leaf notAfter AT-31d, 1 finding (critical)
 * d.example  captured, never given a result: absent
 * e.example  capture failed: no-path, no leaf, 1 finding (high)
 * f.example  trusted, DigiCert Global Root G2 / DigiCert, leaf notAfter exactly AT+30d, 1 finding (info)
 * </pre>
 */
class InventoryTest {
    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final String ENTRUST_G2 = "Entrust Root Certification Authority - G2";

    @TempDir
    Path dir;
    Path file;
    Database db;

    @BeforeEach
    void fill() throws Exception {
        file = dir.resolve("rootwatch.db");
        db = Database.open(file);
        ScanRecorder first = db.startScan("scan-1", "rootwatch scan", Instant.parse("2025-05-01T00:00:00Z"), AT);
        capture(first, "a-old", "a.example", "2025-05-01T10:00:00Z", "leaf a");
        first.recordResult("a-old", row("trusted", ENTRUST_G2, "Sectigo", leafJson("leaf a", "CN=a.example",
                "2025-06-15T00:00:00Z")), List.of());
        first.finish(Instant.parse("2025-05-01T11:00:00Z"));

        ScanRecorder second = db.startScan("scan-2", "rootwatch scan", Instant.parse("2025-05-20T00:00:00Z"), AT);
        capture(second, "a-new", "a.example", "2025-05-20T10:00:00Z", "leaf a");
        second.recordResult("a-new", row("distrusted", ENTRUST_G2, "Sectigo", leafJson("leaf a", "CN=a.example",
                "2025-06-15T00:00:00Z")), List.of(
                Finding.of(FindingId.EXPIRES_SOON, Optional.empty(), "expires in 14 days"),
                Finding.of(FindingId.DISTRUSTED_ROOT, Optional.empty(), "distrusted")));
        capture(second, "b", "b.example", "2025-05-20T10:00:01Z", "leaf b");
        second.recordResult("b", row("trusted", "DigiCert Global Root CA", "DigiCert", "{}"), List.of());
        capture(second, "c", "c.example", "2025-05-20T10:00:02Z", "leaf c");
        second.recordResult("c", row("expired", "ISRG Root X1", "Internet Security Research Group",
                leafJson("leaf c", "CN=c.example", "2025-05-01T00:00:00Z")),
                List.of(Finding.of(FindingId.EXPIRED, Optional.empty(), "expired")));
        capture(second, "d", "d.example", "2025-05-20T10:00:03Z", "leaf d");
        second.recordCapture("e", Capture.failed(Fixtures.endpoint("e.example"), Optional.empty(),
                Instant.parse("2025-05-20T10:00:04Z"), new CaptureError(CaptureError.Kind.REFUSED, "refused")));
        second.recordResult("e", new ResultRow("no-path", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "{\"chain\":[]}"),
                List.of(Finding.of(FindingId.CAPTURE_FAILED, Optional.empty(), "refused")));
        capture(second, "f", "f.example", "2025-05-20T10:00:05Z", "leaf f");
        second.recordResult("f", row("trusted", "DigiCert Global Root G2", "DigiCert", leafJson("leaf f",
                "CN=f.example", "2025-07-01T00:00:00Z")), List.of(Finding.of(FindingId.ROOT_SENT, Optional.empty(), "root")));

        // The certificates columns, as a later x509-aware change would fill them, are the fallback source.
        try (Connection c = Fixtures.jdbc(file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE certificates SET subject = 'CN=b.example', not_after = '2026-01-01T00:00:00.000Z'"
                    + " WHERE sha256 = '" + sha("leaf b") + "'");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void query_noFilter_givesLatestResultPerTargetWithEveryColumn() throws Exception {
        List<InventoryRow> rows = db.inventory().query(InventoryFilter.all(AT));

        assertThat(rows).extracting(InventoryRow::target)
                .containsExactly("a.example:443", "b.example:443", "c.example:443", "e.example:443", "f.example:443");
        assertThat(rows.get(0)).isEqualTo(new InventoryRow("a.example:443", Instant.parse("2025-05-20T10:00:00Z"),
                "ok", "distrusted", Optional.of("CN=a.example"), Optional.of(Instant.parse("2025-06-15T00:00:00Z")),
                Optional.of(ENTRUST_G2), Optional.of("Sectigo"), 2, "critical", Map.of()));
        assertThat(rows.get(1)).isEqualTo(new InventoryRow("b.example:443", Instant.parse("2025-05-20T10:00:01Z"),
                "ok", "trusted", Optional.of("CN=b.example"), Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                Optional.of("DigiCert Global Root CA"), Optional.of("DigiCert"), 0, "none", Map.of()));
        assertThat(rows.get(3)).isEqualTo(new InventoryRow("e.example:443", Instant.parse("2025-05-20T10:00:04Z"),
                "error", "no-path", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, "high", Map.of()));
        assertThat(rows.get(4).worstSeverity()).isEqualTo("info");
    }

    @Test
    void query_caOwner_matchesIgnoringCase() throws Exception {
        assertThat(targets(filter(Optional.of("sectigo"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly("a.example:443");
        assertThat(targets(filter(Optional.of("DigiCert"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly("b.example:443", "f.example:443");
        assertThat(targets(filter(Optional.of("Digi"), Optional.empty(), Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void query_verdict_judgesOnlyTheLatestResult() throws Exception {
        // a.example's older result was trusted; only its latest (distrusted) counts.
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.of("trusted"), Optional.empty())))
                .containsExactly("b.example:443", "f.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.of("distrusted"), Optional.empty())))
                .containsExactly("a.example:443");
    }

    @Test
    void query_rootContains_matchesNameOrHashIgnoringCase() throws Exception {
        assertThat(targets(filter(Optional.empty(), Optional.of("global root"), Optional.empty(), Optional.empty())))
                .containsExactly("b.example:443", "f.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.of("ENTRUST"), Optional.empty(), Optional.empty())))
                .containsExactly("a.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.of("ab12cd"), Optional.empty(), Optional.empty())))
                .containsExactly("c.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.of("%"), Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void query_expiringWithinDays_countsFromAtInclusiveAndKeepsExpiredLeaves() throws Exception {
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(13))))
                .containsExactly("c.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(14))))
                .containsExactly("a.example:443", "c.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(30))))
                .containsExactly("a.example:443", "c.example:443", "f.example:443");
        assertThat(targets(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(0))))
                .containsExactly("c.example:443");
    }

    @Test
    void query_filtersCombine() throws Exception {
        assertThat(targets(filter(Optional.of("DigiCert"), Optional.empty(), Optional.of("trusted"), Optional.of(30))))
                .containsExactly("f.example:443");
    }

    @Test
    void filter_negativeDays_isRejected() {
        assertThatThrownBy(() -> filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiringWithinDays must not be negative, got -1");
    }

    @Test
    void latestResultsView_givesSqliteUsersTheSameRows() throws Exception {
        assertThat(Fixtures.strings(file, "SELECT target || '|' || verdict || '|' || quote(leaf_not_after) || '|' || "
                + "finding_count || '|' || worst_severity FROM latest_results ORDER BY target")).containsExactly(
                "a.example:443|distrusted|'2025-06-15T00:00:00.000Z'|2|critical",
                "b.example:443|trusted|'2026-01-01T00:00:00.000Z'|0|none",
                "c.example:443|expired|'2025-05-01T00:00:00.000Z'|1|critical",
                "e.example:443|no-path|NULL|1|high",
                "f.example:443|trusted|'2025-07-01T00:00:00.000Z'|1|info");
    }

    private List<String> targets(InventoryFilter filter) throws StoreException {
        return db.inventory().query(filter).stream().map(InventoryRow::target).toList();
    }

    private static InventoryFilter filter(Optional<String> owner, Optional<String> root, Optional<String> verdict,
                                          Optional<Integer> days) {
        return new InventoryFilter(owner, root, verdict, days, AT);
    }

    private static void capture(ScanRecorder scan, String id, String host, String at, String leaf) throws Exception {
        scan.recordCapture(id, Fixtures.ok(host, Instant.parse(at), List.of(der(leaf))));
    }

    private static ResultRow row(String verdict, String root, String owner, String json) {
        // c.example's root hash contains "ab12cd"; the others do not.
        String rootSha = root.startsWith("ISRG") ? "00ab12cd" + "0".repeat(56) : "ff".repeat(32);
        return new ResultRow(verdict, Optional.of(rootSha), Optional.of(root), Optional.of(owner), Optional.empty(),
                List.of(), json);
    }

    private static String leafJson(String leaf, String subject, String notAfter) {
        return "{\"chain\":[{\"sha256\":\"" + sha(leaf) + "\",\"subject\":\"" + subject + "\",\"notAfter\":\""
                + notAfter + "\"}]}";
    }

    private static Der der(String text) {
        return Der.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha(String text) {
        return der(text).sha256Hex();
    }
}
