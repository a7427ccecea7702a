package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keystores built at test time around the badssl rsa2048 chain (leaf + DigiCert SHA2 Secure Server CA):
 * a key entry "server" holding the chain and a trusted-certificate entry "digicert-ca" holding the intermediate.
 * The key is a throwaway (keystores do not check that a key matches its certificate).
 */
class KeystoreFileTest {
    private static final char[] PASSWORD = "correct horse".toCharArray();
    private static List<Der> chain;
    private static X509Certificate[] jcaChain;
    private static PrivateKey key;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadChain() throws Exception {
        chain = CertificateFileReader.read(Corpus.path("chains/badssl_wildcard-rsa2048.pem"), KeystorePassword.none(), Map.of())
                .get(0).certificates();
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        jcaChain = new X509Certificate[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            jcaChain[i] = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(chain.get(i).bytes()));
        }
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(new ECGenParameterSpec("secp256r1"));
        key = kpg.generateKeyPair().getPrivate();
    }

    private Path keystore(String type, String name) throws Exception {
        KeyStore ks = KeyStore.getInstance(type);
        ks.load(null, null);
        ks.setKeyEntry("server", key, PASSWORD, jcaChain);
        ks.setCertificateEntry("digicert-ca", jcaChain[1]);
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PASSWORD);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PKCS12", "JKS"})
    void keystore_givesOneEntryPerAliasSorted_withChainsLeafFirstAndExactDer(String type) throws Exception {
        Path file = keystore(type, "store.bin");
        List<CertificateFileReader.FileEntry> entries =
                CertificateFileReader.read(file, KeystorePassword.of(PASSWORD), Map.of("team", "web"));

        assertThat(entries).extracting(e -> e.source().alias()).containsExactly(Optional.of("digicert-ca"), Optional.of("server"));
        assertThat(entries.get(0).certificates()).containsExactly(chain.get(1));
        assertThat(entries.get(1).certificates()).containsExactlyElementsOf(chain);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source().path()).isEqualTo(file);
            assertThat(e.source().tags()).containsEntry("team", "web");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PKCS12", "JKS"})
    void wrongPassword_isReportedAsSuch(String type) throws Exception {
        Path file = keystore(type, "store.bin");
        assertThatThrownBy(() -> CertificateFileReader.read(file, KeystorePassword.of("wrong".toCharArray()), Map.of()))
                .isInstanceOf(CertificateFileException.class)
                .hasMessage("Wrong or missing keystore password for " + file + ".");
    }

    @Test
    void pkcs12WithoutPassword_isReportedAsMissingPassword() throws Exception {
        Path file = keystore("PKCS12", "store.p12");
        assertThatThrownBy(() -> CertificateFileReader.read(file, KeystorePassword.none(), Map.of()))
                .isInstanceOf(CertificateFileException.class)
                .hasMessage("Wrong or missing keystore password for " + file + ".");
    }

    @Test
    void jksWithoutPassword_isReadWithoutIntegrityCheck() throws Exception {
        Path file = keystore("JKS", "store.jks");
        assertThat(CertificateFileReader.read(file, KeystorePassword.none(), Map.of()))
                .extracting(e -> e.certificates().size()).containsExactly(1, 2);
    }

    /** Both the JDK and BC KeyStore drop these key-less, unnamed certificate bags; we must not. */
    @Test
    void opensslNoKeysPkcs12_givesTheCertificatesAsOneAliaslessBundleInOrder() throws Exception {
        Path file = tmp.resolve("truststore.p12");
        Openssl.run("pkcs12", "-export", "-nokeys", "-in", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "-passout", "pass:" + new String(PASSWORD), "-out", file.toString());
        List<CertificateFileReader.FileEntry> entries =
                CertificateFileReader.read(file, KeystorePassword.of(PASSWORD), Map.of());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).source().alias()).isEmpty();
        assertThat(entries.get(0).certificates()).containsExactlyElementsOf(chain);
    }

    /** {@code openssl pkcs12 -export -passout pass:} (an empty password), with and without a key, in both PBE flavours. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nokeys", "withkey", "legacy"})
    void pkcs12WithAnEmptyPassword_isReadWithNoPasswordOrAnEmptyOne(String flavour) throws Exception {
        Path file = tmp.resolve("empty-" + flavour + ".p12");
        Path pem = tmp.resolve("cert.pem");
        Path keyFile = tmp.resolve("key.pem");
        Openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                keyFile.toString(), "-out", pem.toString(), "-subj", "/CN=empty-password", "-days", "2");
        Der leaf = CertificateFileReader.read(pem, KeystorePassword.none(), Map.of()).get(0).certificates().get(0);
        List<String> args = new java.util.ArrayList<>(List.of("pkcs12", "-export", "-in", pem.toString(), "-passout", "pass:",
                "-out", file.toString()));
        if (flavour.equals("nokeys")) {
            args.add("-nokeys");
        } else {
            args.addAll(List.of("-inkey", keyFile.toString(), "-name", "server"));
            if (flavour.equals("legacy")) {
                args.addAll(List.of("-certpbe", "PBE-SHA1-3DES", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1"));
            }
        }
        Openssl.run(args.toArray(String[]::new));

        for (KeystorePassword p : List.of(KeystorePassword.none(), KeystorePassword.of(new char[0]))) {
            List<CertificateFileReader.FileEntry> entries = CertificateFileReader.read(file, p, Map.of());
            assertThat(entries).as(p.toString()).isNotEmpty();
            assertThat(entries.get(entries.size() - 1).certificates()).as(p.toString()).containsExactly(leaf);
        }
        assertThatThrownBy(() -> CertificateFileReader.read(file, KeystorePassword.of("wrong".toCharArray()), Map.of()))
                .hasMessage("Wrong or missing keystore password for " + file + ".");
    }

    @Test
    void jdkPkcs12WithAnEmptyPassword_isReadWithoutOne() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", key, new char[0], jcaChain);
        Path file = tmp.resolve("jdk-empty.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, new char[0]);
        }
        assertThat(CertificateFileReader.read(file, KeystorePassword.none(), Map.of()))
                .extracting(e -> e.certificates().size()).containsExactly(2);
    }

    @Test
    void passwordToString_neverShowsTheCharacters() {
        assertThat(KeystorePassword.of(PASSWORD).toString()).doesNotContain("horse");
    }
}
