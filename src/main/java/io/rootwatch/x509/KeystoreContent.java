package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Certificates from a JKS or JCEKS keystore through the JDK's {@link KeyStore} (PKCS#12 has its own reader,
 * {@link Pkcs12Content}). Only {@code getCertificateChain} and {@code getCertificate} are called: private and
 * secret keys are never loaded. JKS stores certificates in clear, so without a password the keystore is read
 * without its integrity check; with one, a wrong password is reported as such.
 */
final class KeystoreContent {
    private KeystoreContent() {
    }

    /** Alias → certificates (chain leaf-first for key entries), aliases sorted for a stable order. */
    static Map<String, List<Der>> read(Path file, byte[] bytes, FileFormat format, KeystorePassword password)
            throws CertificateFileException {
        String type = switch (format) {
            case JKS -> "JKS";
            case JCEKS -> "JCEKS";
            default -> throw new IllegalArgumentException("not a keystore format: " + format);
        };
        char[] chars = switch (password) {
            case KeystorePassword.None none -> null;
            case KeystorePassword.Of of -> of.chars();
        };
        KeyStore ks = load(file, bytes, type, chars);
        Map<String, List<Der>> out = new LinkedHashMap<>();
        try {
            List<String> aliases = Collections.list(ks.aliases());
            Collections.sort(aliases);
            for (String alias : aliases) {
                List<Der> certs = certificates(ks, alias);
                if (!certs.isEmpty()) {
                    out.put(alias, certs);
                }
            }
        } catch (KeyStoreException | java.security.cert.CertificateEncodingException e) {
            throw new CertificateFileException(file, "Keystore " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
        return out;
    }

    private static KeyStore load(Path file, byte[] bytes, String type, char[] chars) throws CertificateFileException {
        try {
            KeyStore ks = KeyStore.getInstance(type);
            ks.load(new ByteArrayInputStream(bytes), chars);
            return ks;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || mentionsPassword(e)) {
                throw wrongPassword(file, e);
            }
            throw new CertificateFileException(file, "Keystore " + file + " (" + type + ") cannot be read: "
                    + e.getMessage() + ".", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CertificateFileException(file, "Keystore " + file + " (" + type + ") cannot be read: "
                    + e.getMessage() + ".", e);
        }
    }

    private static List<Der> certificates(KeyStore ks, String alias)
            throws KeyStoreException, java.security.cert.CertificateEncodingException {
        List<Der> out = new ArrayList<>();
        if (ks.isKeyEntry(alias)) {
            java.security.cert.Certificate[] chain = ks.getCertificateChain(alias);
            if (chain != null) {
                for (java.security.cert.Certificate c : chain) {
                    out.add(Der.of(c.getEncoded()));
                }
            }
        } else if (ks.isCertificateEntry(alias)) {
            java.security.cert.Certificate c = ks.getCertificate(alias);
            if (c != null) {
                out.add(Der.of(c.getEncoded()));
            }
        }
        return out;
    }

    private static boolean mentionsPassword(IOException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("password");
    }

    private static CertificateFileException wrongPassword(Path file, Exception cause) {
        return new CertificateFileException(file, "Wrong or missing keystore password for " + file + ".", cause);
    }
}
