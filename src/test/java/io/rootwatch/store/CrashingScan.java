package io.rootwatch.store;

import io.rootwatch.model.Der;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Test helper run in a child JVM: records captures, then dies like a killed process — no close, no
 * finish, no shutdown hooks — so the parent can check what survived.
 * Arguments: database path, number of captures.
 */
public final class CrashingScan {
    static final int EXIT_CODE = 77;

    private CrashingScan() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        ScanRecorder scan = db.startScan("crashed-scan", "rootwatch scan", Fixtures.STARTED, Fixtures.EVALUATED);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            Der leaf = Der.of(("leaf " + i).getBytes(StandardCharsets.US_ASCII));
            scan.recordCapture("cap-" + i, Fixtures.ok("host" + i + ".example",
                    Instant.parse("2025-06-01T00:00:00Z").plusSeconds(i), List.of(leaf)));
            if (i % 2 == 0) {
                scan.recordResult("cap-" + i, new ResultRow("trusted", java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                        List.of(leaf.sha256Hex()), "{}"), List.of());
            }
        }
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
