package io.rootwatch.x509;

import io.rootwatch.model.Der;
import io.rootwatch.model.FileSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the certificates held in one file, whatever its format, detected from the content (never from the
 * extension): PEM text (certificates, bundles, PKCS#7 blocks), a DER certificate (or several concatenated),
 * DER PKCS#7/CMS SignedData (.p7b/.p7c), PKCS#12, JKS and JCEKS. Keystores give only certificates:
 * private and secret keys are never read.
 *
 * <p>Bytes labelled or shaped as a certificate are returned even when they do not parse as X.509
 * (for example {@code ctcpp_test-corrupted.pem}, whose PEM is sound but whose DER is not), so the raw
 * bytes reach the report rather than the reader hiding them; the caller decides what an unparseable leaf
 * means (inspect: an error result). Bytes that are no known container at all
 * are refused. Stateless and thread-safe.
 */
public final class CertificateFileReader {
    /**
     * Largest file read: 64 MiB. The largest real input we know (a 10,000-SAN chain) is 0.3 MiB and full
     * CA bundles are a few MiB, so this only stops a wrong path (a disk image, a log) from eating memory.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * The certificates of one file, or of one keystore entry.
     *
     * @param source       the file, with {@code alias} set for a keystore entry and empty otherwise
     * @param certificates DER exactly as stored, in stored order: for PEM/DER the file order (first = leaf,
     *                     the rest its pool), for a keystore key entry its chain (leaf first), for a trusted
     *                     certificate entry the one certificate; never empty
     */
    public record FileEntry(FileSource source, List<Der> certificates) {
        public FileEntry {
            if (source == null || certificates == null || certificates.isEmpty()) {
                throw new IllegalArgumentException("a file entry needs a source and at least one certificate");
            }
            certificates = List.copyOf(certificates);
        }
    }

    private CertificateFileReader() {
    }

    /**
     * Reads every certificate in {@code file}.
     *
     * @param password the keystore password, or {@link KeystorePassword#none()}; ignored for PEM, DER and PKCS#7
     * @param tags     tags copied into every returned {@link FileSource}; may be empty
     * @return one entry for a PEM/DER/PKCS#7 file; one per certificate-bearing alias (sorted by alias) for a
     *         keystore, preceded, for PKCS#12, by one alias-less entry holding certificates that belong to no
     *         key and carry no name (what {@code openssl pkcs12 -nokeys} writes); never empty
     * @throws CertificateFileException when the file is missing, a directory, unreadable, empty, larger than
     *                                  {@link #MAX_FILE_BYTES}, truncated, of no known format, holds no
     *                                  certificate, or the keystore password is wrong or missing
     */
    public static List<FileEntry> read(Path file, KeystorePassword password, Map<String, String> tags)
            throws CertificateFileException {
        if (file == null || password == null || tags == null) {
            throw new IllegalArgumentException("file, password and tags must not be null");
        }
        byte[] bytes = readBounded(file);
        FileFormat format = FileFormat.detect(bytes);
        return switch (format) {
            case PEM -> single(file, tags, PemContent.certificates(file, bytes));
            case DER_CERTIFICATE -> single(file, tags, derCertificates(file, bytes));
            case PKCS7 -> single(file, tags, Pkcs7Content.certificates(file, bytes));
            case PKCS12 -> keystore(file, tags, Pkcs12Content.read(file, bytes, password));
            case JKS, JCEKS -> keystore(file, tags, KeystoreContent.read(file, bytes, format, password));
            case UNKNOWN -> throw new CertificateFileException(file, "Certificate file " + file
                    + " is not in a known format (expected PEM, DER certificate, PKCS#7, PKCS#12 or JKS).");
        };
    }

    private static List<FileEntry> single(Path file, Map<String, String> tags, List<Der> certs)
            throws CertificateFileException {
        if (certs.isEmpty()) {
            throw new CertificateFileException(file, "Certificate file " + file + " holds no certificate.");
        }
        return List.of(new FileEntry(new FileSource(file, Optional.empty(), tags), certs));
    }

    private static List<FileEntry> keystore(Path file, Map<String, String> tags, Map<String, List<Der>> byAlias)
            throws CertificateFileException {
        if (byAlias.isEmpty()) {
            throw new CertificateFileException(file, "Keystore " + file + " holds no certificate entries.");
        }
        List<FileEntry> out = new ArrayList<>();
        // "" marks PKCS#12 certificates that belong to no named entry: they are the file's bundle.
        byAlias.forEach((alias, certs) -> out.add(new FileEntry(
                new FileSource(file, alias.isEmpty() ? Optional.empty() : Optional.of(alias), tags), certs)));
        return List.copyOf(out);
    }

    /** One or more DER certificates laid end to end (as {@code cat a.der b.der} makes them). */
    private static List<Der> derCertificates(Path file, byte[] bytes) throws CertificateFileException {
        List<Der> out = new ArrayList<>();
        int pos = 0;
        try {
            while (pos < bytes.length) {
                Tlv cert = Tlv.at(bytes, pos, bytes.length);
                if (cert.tag() != 0x30) {
                    throw new IllegalArgumentException("element at offset " + pos + " is not a SEQUENCE");
                }
                out.add(Der.of(cert.bytes(bytes)));
                pos = cert.end();
            }
        } catch (IllegalArgumentException e) {
            throw new CertificateFileException(file, "Certificate file " + file
                    + " is truncated or malformed DER: " + e.getMessage() + ".", e);
        }
        return out;
    }

    private static byte[] readBounded(Path file) throws CertificateFileException {
        if (Files.isDirectory(file)) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " is a directory, not a file.", null);
        }
        if (!Files.exists(file)) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " does not exist.", null);
        }
        // A FIFO or device would block or never end; only regular files are read.
        if (!Files.isRegularFile(file)) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " is not a regular file.", null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the cap so a file that grows while we read still cannot exceed it.
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw CertificateFileException.unreadable(file, "Certificate file " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new CertificateFileException(file, "Certificate file " + file + " is larger than the "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MiB limit; it is not a certificate file.");
        }
        if (bytes.length == 0) {
            throw new CertificateFileException(file, "Certificate file " + file + " is empty.");
        }
        return bytes;
    }
}
