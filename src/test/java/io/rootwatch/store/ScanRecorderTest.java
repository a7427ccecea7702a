package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.Severity;
import io.rootwatch.model.TlsFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRecorderTest {
    private static final Instant T1 = Instant.parse("2025-06-01T00:00:01.250Z");
    private static final Instant T2 = Instant.parse("2025-06-01T00:00:02Z");

    @TempDir
    Path dir;
    Path file;
    Database db;
    ScanRecorder scan;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("rootwatch.db");
        db = Database.open(file);
        scan = db.startScan("scan-1", "rootwatch scan badssl.com", Fixtures.STARTED, Fixtures.EVALUATED);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void recordCapture_realChain_storesExactDerBytesInServedOrder() throws Exception {
        List<Der> served = Fixtures.chain(Fixtures.RSA2048);
        // Served intermediate-first on purpose: the stored order must be the served one, not a sorted one.
        List<Der> reversed = List.of(served.get(1), served.get(0));

        scan.recordCapture("cap-1", Fixtures.ok("badssl.com", T1, reversed));

        try (Connection c = Fixtures.jdbc(file); PreparedStatement s = c.prepareStatement("""
                SELECT cc.position, cc.sha256, cert.der FROM capture_certificates cc
                JOIN certificates cert ON cert.sha256 = cc.sha256
                WHERE cc.capture_id = 'cap-1' ORDER BY cc.position""");
             ResultSet rs = s.executeQuery()) {
            List<String> hashes = new ArrayList<>();
            List<byte[]> ders = new ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString("sha256"));
                ders.add(rs.getBytes("der"));
            }
            assertThat(hashes).containsExactly(Fixtures.DIGICERT_SHA2_CA_SHA256, Fixtures.RSA2048_LEAF_SHA256);
            assertThat(ders.get(0)).hasSize(1176).isEqualTo(served.get(1).bytes());
            assertThat(ders.get(1)).hasSize(1708).isEqualTo(served.get(0).bytes());
        }
    }

    @Test
    void recordCapture_sameIntermediateInTwoCaptures_isStoredOnceWithEarliestFirstSeen() throws Exception {
        // Recorded out of capture order, as concurrent scans do.
        scan.recordCapture("cap-later", Fixtures.ok("sha384.badssl.com", T2, Fixtures.chain(Fixtures.SHA384)));
        scan.recordCapture("cap-earlier", Fixtures.ok("badssl.com", T1, Fixtures.chain(Fixtures.RSA2048)));

        assertThat(Fixtures.strings(file, "SELECT sha256 FROM certificates ORDER BY sha256")).containsExactly(
                Fixtures.DIGICERT_SHA2_CA_SHA256, Fixtures.SHA384_LEAF_SHA256, Fixtures.RSA2048_LEAF_SHA256);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM capture_certificates")).isEqualTo(4);
        assertThat(Fixtures.strings(file, "SELECT first_seen FROM certificates WHERE sha256 = '"
                + Fixtures.DIGICERT_SHA2_CA_SHA256 + "'")).containsExactly("2025-06-01T00:00:01.250Z");
        assertThat(Fixtures.strings(file, "SELECT first_seen FROM certificates WHERE sha256 = '"
                + Fixtures.SHA384_LEAF_SHA256 + "'")).containsExactly("2025-06-01T00:00:02.000Z");
    }

    @Test
    void recordCapture_everyCaptureFact_landsInItsColumn() throws Exception {
        byte[] ocsp = {0x30, 0x03, 0x0a, 0x01, 0x00};
        byte[] sctList1 = "first sct list".getBytes(StandardCharsets.US_ASCII);
        byte[] sctList2 = "second sct list".getBytes(StandardCharsets.US_ASCII);
        Endpoint smtp = new Endpoint(Protocol.SMTP, "mail.example", 25, Optional.of("mx.example"),
                Map.of("owner", "mail-team", "criticality", "internal"));
        Capture capture = new Capture(smtp, Optional.of("2001:db8::1"), T1, CaptureStatus.PARTIAL,
                Optional.of(new CaptureError(CaptureError.Kind.HANDSHAKE, "mail.example:25 aborted the handshake")),
                Optional.of(new TlsFacts("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Optional.of("mx.example"))),
                List.of(Der.of(new byte[] {1, 2, 3})), List.of(Der.of(sctList1), Der.of(sctList2)),
                Optional.of(Der.of(ocsp)));

        scan.recordCapture("cap-1", capture);

        try (Connection c = Fixtures.jdbc(file); PreparedStatement s = c.prepareStatement(
                "SELECT * FROM captures JOIN targets ON targets.display = captures.target");
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("id")).isEqualTo("cap-1");
            assertThat(rs.getString("scan_id")).isEqualTo("scan-1");
            assertThat(rs.getString("target")).isEqualTo("smtp://mail.example:25");
            assertThat(rs.getString("address")).isEqualTo("2001:db8::1");
            assertThat(rs.getString("captured_at")).isEqualTo("2025-06-01T00:00:01.250Z");
            assertThat(rs.getString("status")).isEqualTo("partial");
            assertThat(rs.getString("error_kind")).isEqualTo("handshake");
            assertThat(rs.getString("error_message")).isEqualTo("mail.example:25 aborted the handshake");
            assertThat(rs.getString("tls_version")).isEqualTo("TLSv1.2");
            assertThat(rs.getString("cipher")).isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
            assertThat(rs.getString("sni")).isEqualTo("mx.example");
            assertThat(rs.getBytes("stapled_ocsp")).isEqualTo(ocsp);
            assertThat(rs.getString("kind")).isEqualTo("endpoint");
            assertThat(rs.getString("tags")).isEqualTo("{\"criticality\":\"internal\",\"owner\":\"mail-team\"}");
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = Fixtures.jdbc(file); PreparedStatement s = c.prepareStatement(
                "SELECT position, sct_list FROM capture_tls_scts WHERE capture_id = 'cap-1' ORDER BY position");
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.getBytes(2)).isEqualTo(sctList1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getBytes(2)).isEqualTo(sctList2);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void recordCapture_failedFileCapture_storesNullsForAbsentFacts() throws Exception {
        FileSource source = new FileSource(Path.of("certs/server.p12"), Optional.of("web"), Map.of());
        scan.recordCapture("cap-1", Capture.failed(source, Optional.empty(), T1,
                new CaptureError(CaptureError.Kind.PARSE, "certs/server.p12 is not a PKCS#12 file")));

        assertThat(Fixtures.strings(file, "SELECT target || '|' || status || '|' || error_kind || '|' || "
                + "quote(address) || quote(tls_version) || quote(stapled_ocsp) FROM captures"))
                .containsExactly("certs/server.p12#web|error|parse|NULLNULLNULL");
        assertThat(Fixtures.strings(file, "SELECT kind || ' ' || tags FROM targets")).containsExactly("file {}");
        assertThat(Fixtures.count(file, "SELECT count(*) FROM capture_certificates")).isZero();
    }

    @Test
    void recordCapture_idAlreadyRecorded_isRefusedAndChangesNothing() throws Exception {
        scan.recordCapture("cap-1", Fixtures.ok("a.example", T1, List.of(Der.of(new byte[] {1}))));

        assertThatThrownBy(() -> scan.recordCapture("cap-1",
                Fixtures.ok("b.example", T2, List.of(Der.of(new byte[] {2})))))
                .isInstanceOf(StoreException.class)
                .hasMessage("could not record capture 'cap-1' in " + file
                        + ": a capture with that id is already recorded");

        assertThat(Fixtures.strings(file, "SELECT target FROM captures")).containsExactly("a.example:443");
        assertThat(Fixtures.count(file, "SELECT count(*) FROM certificates")).isEqualTo(1);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM targets")).isEqualTo(1);
    }

    @Test
    void recordCapture_200From50VirtualThreads_allPresent() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Der shared = Der.of("shared intermediate".getBytes(StandardCharsets.US_ASCII));
        for (int t = 0; t < 50; t++) {
            int thread = t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 4; i++) {
                    int n = thread * 4 + i;
                    Der leaf = Der.of(("leaf " + n).getBytes(StandardCharsets.US_ASCII));
                    try {
                        scan.recordCapture("cap-" + n, Fixtures.ok("host" + n + ".example",
                                T1.plusSeconds(n), List.of(leaf, shared)));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(failures).isEmpty();
        assertThat(Fixtures.count(file, "SELECT count(*) FROM captures")).isEqualTo(200);
        assertThat(Fixtures.count(file, "SELECT count(DISTINCT target) FROM captures")).isEqualTo(200);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM capture_certificates")).isEqualTo(400);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM certificates")).isEqualTo(201);
        assertThat(Fixtures.strings(file, "SELECT first_seen FROM certificates WHERE sha256 = '"
                + shared.sha256Hex() + "'")).containsExactly("2025-06-01T00:00:01.250Z");
    }

    @Test
    void recordResult_storesRowAndFindingsInOrderAndDescribesCertificatesFromTheReport() throws Exception {
        scan.recordCapture("cap-1", Fixtures.ok("badssl.com", T1, Fixtures.chain(Fixtures.RSA2048)));
        String report = """
                {"target":"badssl.com:443","chain":[
                  {"sha256":"%s","subject":"CN=*.badssl.com,O=Lucas Garron Torres,L=Walnut Creek,ST=California,C=US",
                   "issuer":"CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US",
                   "serial":"0af06cda37a60b641342f0a1eb1d59fd",
                   "notBefore":"2020-03-23T00:00:00Z","notAfter":"2022-05-17T12:00:00Z"}]}"""
                .formatted(Fixtures.RSA2048_LEAF_SHA256);
        ResultRow row = new ResultRow("expired", Optional.of("4348a0e9444c78cb265e058d5e8944b4d84f9662bd26db257f8934a443c70161"),
                Optional.of("DigiCert Global Root CA"), Optional.of("DigiCert"), Optional.empty(),
                List.of(Fixtures.RSA2048_LEAF_SHA256, Fixtures.DIGICERT_SHA2_CA_SHA256), report);
        List<Finding> findings = List.of(
                Finding.of(FindingId.EXPIRED, Optional.of(Fixtures.RSA2048_LEAF_SHA256), "the leaf expired"),
                new Finding(FindingId.HOSTNAME_MISMATCH, Severity.HIGH, Optional.empty(), "name not covered"));

        scan.recordResult("cap-1", row, findings);

        assertThat(Fixtures.strings(file, "SELECT verdict || '|' || root_name || '|' || ca_owner || '|' || "
                + "quote(distrust_after) || '|' || path FROM results WHERE capture_id = 'cap-1'"))
                .containsExactly("expired|DigiCert Global Root CA|DigiCert|NULL|[\"" + Fixtures.RSA2048_LEAF_SHA256
                        + "\",\"" + Fixtures.DIGICERT_SHA2_CA_SHA256 + "\"]");
        assertThat(Fixtures.strings(file, "SELECT report_json FROM results")).containsExactly(report);
        assertThat(Fixtures.strings(file, "SELECT position || '|' || id || '|' || severity || '|' || "
                + "quote(cwe) || '|' || quote(certificate) || '|' || message FROM findings ORDER BY position"))
                .containsExactly(
                        "0|expired|critical|'CWE-295'|'" + Fixtures.RSA2048_LEAF_SHA256 + "'|the leaf expired",
                        "1|hostname-mismatch|high|'CWE-297'|NULL|name not covered");
        assertThat(Fixtures.strings(file, "SELECT subject || '|' || issuer || '|' || serial || '|' || "
                + "not_before || '|' || not_after FROM certificates WHERE sha256 = '" + Fixtures.RSA2048_LEAF_SHA256 + "'"))
                .containsExactly("CN=*.badssl.com,O=Lucas Garron Torres,L=Walnut Creek,ST=California,C=US|"
                        + "CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US|0af06cda37a60b641342f0a1eb1d59fd|"
                        + "2020-03-23T00:00:00.000Z|2022-05-17T12:00:00.000Z");
        // The intermediate was not described by the report: its columns stay NULL.
        assertThat(Fixtures.strings(file, "SELECT quote(subject) FROM certificates WHERE sha256 = '"
                + Fixtures.DIGICERT_SHA2_CA_SHA256 + "'")).containsExactly("NULL");
    }

    @Test
    void recordResult_secondTimeForSameCapture_replacesResultAndFindings() throws Exception {
        scan.recordCapture("cap-1", Fixtures.ok("a.example", T1, List.of(Der.of(new byte[] {1}))));
        scan.recordResult("cap-1", result("no-path", "{}"), List.of(
                Finding.of(FindingId.UNTRUSTED_ROOT, Optional.empty(), "x"),
                Finding.of(FindingId.INCOMPLETE_CHAIN, Optional.empty(), "y")));

        scan.recordResult("cap-1", result("trusted", "{\"second\":true}"), List.of(
                Finding.of(FindingId.ROOT_SENT, Optional.empty(), "z")));

        assertThat(Fixtures.strings(file, "SELECT verdict || ' ' || report_json FROM results"))
                .containsExactly("trusted {\"second\":true}");
        assertThat(Fixtures.strings(file, "SELECT id FROM findings")).containsExactly("root-sent");
    }

    @Test
    void recordResult_captureNotInThisScan_isRefused() throws Exception {
        ScanRecorder other = db.startScan("scan-2", "rootwatch scan", Fixtures.STARTED, Fixtures.EVALUATED);
        other.recordCapture("cap-other", Fixtures.ok("a.example", T1, List.of()));

        assertThatThrownBy(() -> scan.recordResult("cap-other", result("trusted", "{}"), List.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("could not record the result of capture 'cap-other' in " + file
                        + ": no such capture is recorded in scan 'scan-1'");
        assertThat(Fixtures.count(file, "SELECT count(*) FROM results")).isZero();
    }

    @Test
    void recordResult_reportThatIsNoJsonObject_isRejectedAsCallerBug() throws Exception {
        scan.recordCapture("cap-1", Fixtures.ok("a.example", T1, List.of()));

        assertThatThrownBy(() -> scan.recordResult("cap-1", result("trusted", "[1, 2]"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the report JSON of capture 'cap-1' is not a JSON object");
        assertThatThrownBy(() -> scan.recordResult("cap-1", result("trusted", "{not json"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the report JSON of capture 'cap-1' is not valid JSON: ");
    }

    @Test
    void startScan_existingId_resumesKeepingFirstRowAndReportsCompletedTargets() throws Exception {
        scan.recordCapture("cap-a", Fixtures.ok("a.example", T1, List.of()));
        scan.recordResult("cap-a", result("trusted", "{\"target\":\"a.example:443\"}"), List.of());
        scan.recordCapture("cap-b", Fixtures.ok("b.example", T2, List.of())); // captured, never analysed
        assertThat(db.unfinishedScans()).containsExactly("scan-1");

        ScanRecorder resumed = db.startScan("scan-1", "a different command",
                Instant.parse("2025-06-02T00:00:00Z"), Instant.parse("2025-06-02T00:00:00Z"));

        assertThat(resumed.completedTargets()).containsExactly("a.example:443");
        assertThat(db.completedTargets("scan-1")).containsExactly("a.example:443");
        assertThat(db.completedTargets("no-such-scan")).isEmpty();
        assertThat(db.resultReports("scan-1")).containsExactly("{\"target\":\"a.example:443\"}");
        assertThat(Fixtures.strings(file, "SELECT started_at || '|' || command || '|' || evaluated_at FROM scans"))
                .containsExactly("2025-06-01T00:00:00.000Z|rootwatch scan badssl.com|2025-06-01T00:00:00.000Z");

        resumed.finish(Instant.parse("2025-06-02T00:05:00Z"));

        assertThat(db.unfinishedScans()).isEmpty();
        assertThat(Fixtures.strings(file, "SELECT finished_at FROM scans")).containsExactly("2025-06-02T00:05:00.000Z");
    }

    private static ResultRow result(String verdict, String json) {
        return new ResultRow(verdict, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), json);
    }
}
