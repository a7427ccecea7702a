package io.rootwatch.store;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.TlsFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared test data: fixed instants, corpus chains, captures, and plain-JDBC reads of what was stored. */
final class Fixtures {
    static final Instant STARTED = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant EVALUATED = Instant.parse("2025-06-01T00:00:00Z");

    /** badssl wildcard-rsa2048: leaf then DigiCert SHA2 Secure Server CA (corpus MANIFEST; openssl). */
    static final Path RSA2048 = Path.of("../shared/corpus/chains/badssl_wildcard-rsa2048.pem");
    static final String RSA2048_LEAF_SHA256 = "9094c2bdfa697b4503daad1167eb20a5a471ea98d01f76547263fc9eaec7c8f2";
    /** badssl wildcard-sha384: another leaf under the same intermediate. */
    static final Path SHA384 = Path.of("../shared/corpus/chains/badssl_wildcard-sha384.pem");
    static final String SHA384_LEAF_SHA256 = "1ffa933f458aa1b298aac57a9db82f8f99ac52da8824dff5f76d6c4312663d51";
    /** DigiCert SHA2 Secure Server CA, 1176 DER bytes, served second in both files. */
    static final String DIGICERT_SHA2_CA_SHA256 = "154c433c491929c5ef686e838e323664a00e6a0d822ccc958fb4dab03e49a08f";

    private Fixtures() {
    }

    /** The certificates of a PEM file, in file order, as the JDK decodes them (test-only parsing). */
    static List<Der> chain(Path pem) throws IOException, CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try (InputStream in = Files.newInputStream(pem)) {
            List<Der> ders = new ArrayList<>();
            for (java.security.cert.Certificate c : factory.generateCertificates(in)) {
                ders.add(Der.of(c.getEncoded()));
            }
            return ders;
        }
    }

    static Endpoint endpoint(String host) {
        return new Endpoint(Protocol.TLS, host, 443, Optional.empty(), Map.of());
    }

    static Capture ok(String host, Instant at, List<Der> served) {
        return new Capture(endpoint(host), Optional.of("192.0.2.1"), at, CaptureStatus.OK, Optional.empty(),
                Optional.of(new TlsFacts("TLSv1.3", "TLS_AES_128_GCM_SHA256", Optional.of(host))),
                served, List.of(), Optional.empty());
    }

    static Connection jdbc(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** One column of every row of {@code sql}, as strings. */
    static List<String> strings(Path file, String sql) throws SQLException {
        try (Connection c = jdbc(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static long count(Path file, String sql) throws SQLException {
        try (Connection c = jdbc(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
