package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void saveSnapshot_sameKindAndHashTwice_keepsOneRowAndFillsBytesLater() throws Exception {
        Path file = dir.resolve("rootwatch.db");
        Snapshot s = new Snapshot("ccadb-included-roots", "https://ccadb.example/roots.csv",
                Optional.of(Instant.parse("2025-05-31T12:00:00Z")), ABC_SHA256);
        try (Database db = Database.open(file)) {
            db.saveSnapshot(s, Optional.empty());
            db.saveSnapshot(s, Optional.of(ABC));
            db.saveSnapshot(s, Optional.empty());
            // Same bytes under another kind is another snapshot.
            db.saveSnapshot(new Snapshot("ct-log-list", "file.json", Optional.empty(), ABC_SHA256), Optional.empty());
        }

        assertThat(Fixtures.strings(file, "SELECT kind || '|' || source || '|' || quote(retrieved_at) || '|' || "
                + "sha256 || '|' || quote(bytes) FROM snapshots ORDER BY kind")).containsExactly(
                "ccadb-included-roots|https://ccadb.example/roots.csv|'2025-05-31T12:00:00.000Z'|" + ABC_SHA256
                        + "|X'616263'",
                "ct-log-list|file.json|NULL|" + ABC_SHA256 + "|NULL");
    }

    @Test
    void saveSnapshot_bytesNotMatchingTheHash_isRejected() throws Exception {
        try (Database db = Database.open(dir.resolve("rootwatch.db"))) {
            Snapshot s = new Snapshot("onecrl", "onecrl.json", Optional.empty(), "00".repeat(32));

            assertThatThrownBy(() -> db.saveSnapshot(s, Optional.of(ABC)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("snapshot onecrl from onecrl.json says sha256 " + "00".repeat(32)
                            + " but its bytes hash to " + ABC_SHA256);
        }
    }
}
