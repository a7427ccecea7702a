package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only commands open the database read-only: nothing written, nothing migrated, writes refused. */
class DatabaseReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void openReadOnly_readsButRefusesWrites_andLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("rw.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);

        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.snapshots()).isEmpty();
            assertThatThrownBy(() -> db.startScan("s1", "scan", Instant.EPOCH, Instant.EPOCH))
                    .isInstanceOf(StoreException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openReadOnly_ofAnEmptyFile_refusesInsteadOfCreatingTheSchema() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertThatThrownBy(() -> Database.openReadOnly(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file + " has rootwatch schema version 0");
        assertThat(Files.size(file)).isZero();
    }
}
