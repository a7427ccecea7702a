package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certs-only PKCS#7 made by `openssl crl2pkcs7 -nocrl -certfile CHAIN`, in DER and PEM. */
class Pkcs7FileTest {
    @TempDir
    Path tmp;

    private static List<Der> read(Path file) throws CertificateFileException {
        List<CertificateFileReader.FileEntry> entries = CertificateFileReader.read(file, KeystorePassword.none(), Map.of());
        assertThat(entries).hasSize(1);
        return entries.get(0).certificates();
    }

    @Test
    void derP7b_givesTheCertificatesInFileOrderWithExactDer() throws Exception {
        Path chainFile = Corpus.path("chains/badssl_old_wildcard-main-old.pem");
        Path p7b = tmp.resolve("chain.p7b");
        Openssl.run("crl2pkcs7", "-nocrl", "-certfile", chainFile.toString(), "-outform", "DER", "-out", p7b.toString());
        assertThat(read(p7b)).hasSize(3).containsExactlyElementsOf(read(chainFile));
    }

    @Test
    void pemPkcs7Block_givesTheCertificatesInFileOrder() throws Exception {
        Path chainFile = Corpus.path("chains/ctcpp_test-no-bc-cert-chain.pem");
        Path p7 = tmp.resolve("chain.p7c");
        Openssl.run("crl2pkcs7", "-nocrl", "-certfile", chainFile.toString(), "-out", p7.toString());
        assertThat(Files.readString(p7)).startsWith("-----BEGIN PKCS7-----");
        assertThat(read(p7)).hasSize(4).containsExactlyElementsOf(read(chainFile));
    }

    @Test
    void p7bWithoutCertificates_isRefused() throws Exception {
        Path p7b = tmp.resolve("empty.p7b");
        Openssl.run("crl2pkcs7", "-nocrl", "-outform", "DER", "-out", p7b.toString());
        assertThatThrownBy(() -> read(p7b)).isInstanceOf(CertificateFileException.class)
                .hasMessage("Certificate file " + p7b + " holds no certificate.");
    }
}
