package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PEM, DER and bad input. Counts are `grep -c BEGIN` of each corpus file; keystores and PKCS#7 have their own tests. */
class CertificateFileReaderTest {
    private static final KeystorePassword NONE = KeystorePassword.none();

    @TempDir
    Path tmp;

    static Stream<Arguments> corpusChains() {
        return Stream.of(
                Arguments.of("chains/LeoBernabeu_isrgrootx1.pem", 2),
                Arguments.of("chains/badssl_backup_wildcard-sha256-rsa2048-embeded-sct.crt", 2),
                Arguments.of("chains/badssl_fallback.pem", 1),
                Arguments.of("chains/badssl_old_subdomain-sha384.pem", 2),
                Arguments.of("chains/badssl_old_subdomain-sha512.pem", 2),
                Arguments.of("chains/badssl_old_wildcard-incomplete-chain.pem", 1),
                Arguments.of("chains/badssl_old_wildcard-main-old.pem", 3),
                Arguments.of("chains/badssl_srccrt-ca-dsdtestprovider.crt", 1),
                Arguments.of("chains/badssl_srccrt-ca-edellroot.crt", 1),
                Arguments.of("chains/badssl_srccrt-ca-mitm-software.crt", 1),
                Arguments.of("chains/badssl_srccrt-ca-preact-cli.crt", 1),
                Arguments.of("chains/badssl_srccrt-ca-superfish.crt", 1),
                Arguments.of("chains/badssl_srccrt-ca-webpack-dev-server.crt", 1),
                Arguments.of("chains/badssl_subdomain-1000-sans.pem", 2),
                Arguments.of("chains/badssl_subdomain-10000-sans.pem", 2),
                Arguments.of("chains/badssl_subdomain-captive-portal.pem", 2),
                Arguments.of("chains/badssl_subdomain-dsdtestprovider.pem", 1),
                Arguments.of("chains/badssl_subdomain-edellroot.pem", 1),
                Arguments.of("chains/badssl_subdomain-no-common-name.pem", 3),
                Arguments.of("chains/badssl_subdomain-no-sct.pem", 2),
                Arguments.of("chains/badssl_subdomain-no-subject.pem", 3),
                Arguments.of("chains/badssl_subdomain-preloaded-expect-ct.pem", 2),
                Arguments.of("chains/badssl_subdomain-xn--n1aae7f7o.pem", 3),
                Arguments.of("chains/badssl_wildcard-ecc256.pem", 2),
                Arguments.of("chains/badssl_wildcard-preloaded-expect-ct.pem", 2),
                Arguments.of("chains/badssl_wildcard-rsa2048.pem", 2),
                Arguments.of("chains/badssl_wildcard-rsa4096.pem", 2),
                Arguments.of("chains/badssl_wildcard-self-signed.pem", 1),
                Arguments.of("chains/badssl_wildcard-sha1-2016.pem", 2),
                Arguments.of("chains/badssl_wildcard-sha1-2017.pem", 2),
                Arguments.of("chains/badssl_wildcard-sha384.pem", 2),
                Arguments.of("chains/badssl_wildcard-sha512.pem", 2),
                Arguments.of("chains/ctcpp_google-cert.pem", 1),
                Arguments.of("chains/ctcpp_test-colliding-root1.pem", 1),
                Arguments.of("chains/ctcpp_test-colliding-root2.pem", 1),
                Arguments.of("chains/ctcpp_test-issuer-collision-chain.pem", 3),
                Arguments.of("chains/ctcpp_test-no-bc-ca-cert.pem", 1),
                Arguments.of("chains/ctcpp_test-no-bc-cert-chain.pem", 4),
                Arguments.of("chains/ctcpp_test-no-ca-cert-chain.pem", 3));
    }

    @Test
    void corpusTable_coversEveryChainFile() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.path("chains"))) {
            assertThat(files.map(p -> "chains/" + p.getFileName()).sorted().toList())
                    .containsExactlyElementsOf(corpusChains().map(a -> (String) a.get()[0]).sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @MethodSource("corpusChains")
    void corpusChainFile_readsEveryCertificateInFileOrder(String file, int count) throws Exception {
        Path path = Corpus.path(file);
        List<CertificateFileReader.FileEntry> entries = CertificateFileReader.read(path, NONE, Map.of("env", "test"));

        assertThat(entries).hasSize(1);
        CertificateFileReader.FileEntry entry = entries.get(0);
        assertThat(entry.source().path()).isEqualTo(path);
        assertThat(entry.source().alias()).isEmpty();
        assertThat(entry.source().tags()).containsEntry("env", "test");
        assertThat(entry.certificates()).hasSize(count)
                .containsExactlyElementsOf(Pem.certificates(Files.readString(path)).stream().map(Der::of).toList());
    }

    @Test
    void badsslRsa2048_leafComesFirstWithItsKnownFingerprint() throws Exception {
        List<Der> certs = read(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        assertThat(certs.get(0).sha256Hex()).isEqualTo("9094c2bdfa697b4503daad1167eb20a5a471ea98d01f76547263fc9eaec7c8f2");
        assertThat(CertificateParser.parse(certs.get(1).bytes()).subject().rfc4514())
                .isEqualTo("CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US");
    }

    @Test
    void derCertificate_isDetectedByContentWhateverTheExtension() throws Exception {
        Path der = tmp.resolve("leaf.pem"); // a misleading extension on purpose
        Openssl.run("x509", "-in", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(), "-outform", "DER", "-out", der.toString());
        assertThat(read(der)).extracting(Der::sha256Hex)
                .containsExactly("9094c2bdfa697b4503daad1167eb20a5a471ea98d01f76547263fc9eaec7c8f2");
    }

    @Test
    void concatenatedDerCertificates_areReadInOrder() throws Exception {
        List<Der> chain = read(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        Path file = tmp.resolve("chain.der");
        Files.write(file, concat(chain.get(0).bytes(), chain.get(1).bytes()));
        assertThat(read(file)).containsExactlyElementsOf(chain);
    }

    @Test
    void pemWithTextAroundAndAPrivateKey_keepsOnlyTheCertificates() throws Exception {
        String chain = Files.readString(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        Path file = tmp.resolve("bundle.txt");
        Files.writeString(file, "Bag Attributes\n    friendlyName: x\n" + chain
                + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThat(read(file)).hasSize(2);
    }

    @Test
    void pemWithOnlyAPrivateKey_isRefusedNamingTheBlocksFound() throws Exception {
        Path file = tmp.resolve("key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + file + " holds no certificate (PEM blocks found: PRIVATE KEY).");
    }

    @Test
    void truncatedPem_isRefusedNamingTheFile() throws Exception {
        String pem = Files.readString(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        Path file = tmp.resolve("half.pem");
        Files.writeString(file, pem.substring(0, pem.length() / 2));
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no matching END line");
    }

    @Test
    void randomBytes_areRefusedAsUnknownFormat() throws Exception {
        byte[] garbage = new byte[2048];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0x17; // not a SEQUENCE, not a keystore magic
        Path file = tmp.resolve("garbage.der");
        Files.write(file, garbage);
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + file + " is not in a known format (expected PEM, DER certificate, PKCS#7, PKCS#12 or JKS).");
    }

    @Test
    void truncatedDer_isRefusedAsTruncated() throws Exception {
        byte[] der = read(Corpus.path("chains/badssl_wildcard-rsa2048.pem")).get(0).bytes();
        Path file = tmp.resolve("cut.cer");
        Files.write(file, java.util.Arrays.copyOf(der, der.length / 2));
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("truncated");
    }

    @Test
    void emptyFile_isRefused() throws Exception {
        Path file = Files.createFile(tmp.resolve("empty.pem"));
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + file + " is empty.");
    }

    @Test
    void directory_isRefused() {
        assertThatThrownBy(() -> read(tmp)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + tmp + " is a directory, not a file.");
    }

    @Test
    void missingFile_isRefused() {
        Path file = tmp.resolve("nope.pem");
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + file + " does not exist.")
                .satisfies(e -> assertThat(((CertificateFileException) e).file()).isEqualTo(file));
    }

    @Test
    void fileOverTheCap_isRefusedWithoutReadingItAll() throws Exception {
        Path file = tmp.resolve("huge.bin");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(CertificateFileReader.MAX_FILE_BYTES + 1); // sparse: no real disk use
        }
        assertThatThrownBy(() -> read(file)).isInstanceOf(CertificateFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("64 MiB");
    }

    /** Documented choice: sound PEM around corrupt DER is returned, so the analysis can report it as malformed. */
    @Test
    void corruptedCertificateInSoundPem_isReturnedRawAndDoesNotParse() throws Exception {
        Path file = Corpus.path("lint/ctcpp_test-corrupted.pem");
        List<Der> certs = read(file);
        assertThat(certs).hasSize(1);
        assertThat(certs.get(0)).isEqualTo(Der.of(Pem.certificates(Files.readString(file)).get(0)));
        assertThatThrownBy(() -> CertificateParser.parse(certs.get(0).bytes())).isInstanceOf(CertificateParseException.class);
    }

    private static List<Der> read(Path file) throws CertificateFileException {
        List<CertificateFileReader.FileEntry> entries = CertificateFileReader.read(file, NONE, Map.of());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).source().alias()).isEqualTo(Optional.empty());
        return entries.get(0).certificates();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
