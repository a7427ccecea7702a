package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.TlsFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Database#capture} gives back exactly the Capture that was recorded, for every kind of target. */
class CaptureReadBackTest {
    private static final Instant AT = Instant.parse("2025-06-01T10:00:00.123Z");

    @TempDir
    Path dir;

    private Capture roundTrip(Capture c) throws Exception {
        try (Database db = Database.open(dir.resolve("rw.db"))) {
            db.startScan("s", "scan", AT, AT).recordCapture("c", c);
            return db.capture("c").orElseThrow();
        }
    }

    @Test
    void endpointCapture_withEverything_readsBackEqual() throws Exception {
        Capture c = new Capture(new Endpoint(Protocol.SMTP, "2001:db8::1", 587, Optional.of("mail.example"),
                Map.of("owner", "mail-team")), Optional.of("2001:db8::1"), AT, CaptureStatus.PARTIAL,
                Optional.of(new CaptureError(CaptureError.Kind.HANDSHAKE, "mail.example: alert after Certificate")),
                Optional.of(new TlsFacts("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Optional.of("mail.example"))),
                Fixtures.chain(Fixtures.RSA2048), List.of(Der.of(new byte[] {0, 2, 1, 2}), Der.of(new byte[] {0, 1, 9})),
                Optional.of(Der.of("ocsp".getBytes(StandardCharsets.US_ASCII))),
                List.of("first problem.", "second problem."));

        assertThat(roundTrip(c)).isEqualTo(c);
    }

    @Test
    void endpointCapture_withTheDefaultServerName_readsBackEqual() throws Exception {
        Capture ok = Fixtures.ok("a.example", AT, Fixtures.chain(Fixtures.SHA384));
        assertThat(roundTrip(ok)).isEqualTo(ok);
    }

    @Test
    void keystoreEntry_readsBackWithItsAlias() throws Exception {
        Capture c = new Capture(new FileSource(Path.of("missing/store.p12"), Optional.of("web"), Map.of()), Optional.empty(),
                AT, CaptureStatus.OK, Optional.empty(), Optional.empty(), Fixtures.chain(Fixtures.RSA2048), List.of(),
                Optional.empty());

        assertThat(roundTrip(c)).isEqualTo(c);
    }

    @Test
    void captureRecordedByVersionOne_readsBackWithNoDeliveryProblems() throws Exception {
        Path file = dir.resolve("v1.db");
        Database.open(file, new Migrator(Schema.MIGRATIONS.subList(0, 1))).close();
        try (Connection c = Fixtures.jdbc(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO scans VALUES ('s', '2025-06-01T00:00:00.000Z', 'scan', '2025-06-01T00:00:00.000Z', NULL)");
            s.execute("INSERT INTO targets (display, kind) VALUES ('a.example:443', 'endpoint')");
            s.execute("INSERT INTO captures (id, scan_id, target, captured_at, status, error_kind, error_message)"
                    + " VALUES ('c', 's', 'a.example:443', '2025-06-01T00:00:00.000Z', 'error', 'refused', 'refused.')");
        }

        try (Database db = Database.open(file)) {
            Capture c = db.capture("c").orElseThrow();
            assertThat(c.deliveryProblems()).isEmpty();
            assertThat(c.error()).contains(new CaptureError(CaptureError.Kind.REFUSED, "refused."));
            assertThat(db.capture("no-such-id")).isEmpty();
        }
        assertThat(Fixtures.strings(file, "SELECT delivery_problems FROM captures")).containsOnlyNulls();
    }
}
