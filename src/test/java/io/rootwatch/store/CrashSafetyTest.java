package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Der;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void processKilledMidScan_everyCaptureRecordedBeforeSurvivesAndTheScanResumes() throws Exception {
        Path file = dir.resolve("rootwatch.db");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingScan.class.getName(), file.toString(), "20")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(child.exitValue()).as("child died by halt, see child.log").isEqualTo(CrashingScan.EXIT_CODE);
        // Not closed: the committed transactions still sit in the write-ahead log.
        assertThat(dir.resolve("rootwatch.db-wal")).exists();

        try (Database db = Database.open(file)) {
            assertThat(db.unfinishedScans()).containsExactly("crashed-scan");
            assertThat(db.completedTargets("crashed-scan")).hasSize(10).contains("host0.example:443", "host18.example:443");
            ScanRecorder resumed = db.startScan("crashed-scan", "rootwatch scan", Fixtures.STARTED, Fixtures.EVALUATED);
            assertThat(resumed.completedTargets()).doesNotContain("host1.example:443");
        }
        assertThat(Fixtures.count(file, "SELECT count(*) FROM captures")).isEqualTo(20);
        assertThat(derOf(file, "cap-19")).isEqualTo("leaf 19".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void closedWithoutFinishingScan_capturesReadableAfterReopening() throws Exception {
        Path file = dir.resolve("rootwatch.db");
        Der leaf = Der.of(new byte[] {0x30, 0x01, 0x00});
        try (Database db = Database.open(file)) {
            ScanRecorder scan = db.startScan("s", "rootwatch scan", Fixtures.STARTED, Fixtures.EVALUATED);
            scan.recordCapture("cap-1", Fixtures.ok("a.example", Instant.parse("2025-06-01T00:00:01Z"), List.of(leaf)));
        }

        try (Database db = Database.open(file)) {
            assertThat(db.unfinishedScans()).containsExactly("s");
        }
        assertThat(derOf(file, "cap-1")).isEqualTo(leaf.bytes());
    }

    private static byte[] derOf(Path file, String captureId) throws Exception {
        try (Connection c = Fixtures.jdbc(file); PreparedStatement s = c.prepareStatement("""
                SELECT der FROM certificates JOIN capture_certificates cc USING (sha256)
                WHERE cc.capture_id = ? AND cc.position = 0""")) {
            s.setString(1, captureId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }
}
