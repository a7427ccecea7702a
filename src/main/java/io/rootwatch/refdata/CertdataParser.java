package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Parses NSS {@code certdata.txt}: CKO_CERTIFICATE and CKO_NSS_TRUST objects with their attributes
 * (MULTILINE_OCTAL values decoded), matched by issuer + serial (or the trust object's CKA_CERT_SHA1_HASH).
 * CKA_NSS_SERVER_DISTRUST_AFTER is read from either object, because NSS sometimes sets it only on the trust
 * object (Izenpe.com, bug 2017322). Pure: takes the file's text.
 */
final class CertdataParser {
    static final String TRUSTED_DELEGATOR = "CKT_NSS_TRUSTED_DELEGATOR";
    /** UTCTime as NSS stores it, e.g. 241130235959Z; two-digit years are 20YY (all distrust dates are). */
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

    private CertdataParser() {
    }

    /** One attribute value: a token/string ({@code text}) or decoded octets ({@code octets}). */
    private record Value(String type, String text, byte[] octets) {
    }

    static List<NssRoot> parse(String text, String source, Consumer<String> warn) throws RefDataException {
        List<Map<String, Value>> objects = objects(text, source);
        List<Map<String, Value>> certs = new ArrayList<>();
        Map<String, Map<String, Value>> trustByIssuerSerial = new HashMap<>();
        Map<String, Map<String, Value>> trustBySha1 = new HashMap<>();
        for (Map<String, Value> o : objects) {
            String cls = o.containsKey("CKA_CLASS") ? o.get("CKA_CLASS").text() : "";
            switch (cls) {
                case "CKO_CERTIFICATE" -> certs.add(o);
                case "CKO_NSS_TRUST" -> {
                    trustByIssuerSerial.put(issuerSerial(o), o);
                    if (o.containsKey("CKA_CERT_SHA1_HASH")) {
                        trustBySha1.put(HexFormat.of().formatHex(o.get("CKA_CERT_SHA1_HASH").octets()), o);
                    }
                }
                default -> {
                    // CKO_NSS_BUILTIN_ROOT_LIST and anything newer: not roots
                }
            }
        }
        List<NssRoot> roots = new ArrayList<>();
        for (Map<String, Value> c : certs) {
            String label = label(c);
            Value der = c.get("CKA_VALUE");
            if (der == null || der.octets() == null) {
                warn.accept(source + ": certificate \"" + label + "\" has no CKA_VALUE; skipped");
                continue;
            }
            Certificate cert;
            try {
                cert = CertificateParser.parse(der.octets());
            } catch (CertificateParseException e) {
                warn.accept(source + ": certificate \"" + label + "\" does not parse (" + e.getMessage() + "); skipped");
                continue;
            }
            Map<String, Value> trust = trustByIssuerSerial.get(issuerSerial(c));
            if (trust == null) {
                trust = trustBySha1.get(sha1Hex(der.octets()));
            }
            if (trust == null) {
                warn.accept(source + ": certificate \"" + label + "\" has no CKO_NSS_TRUST object; skipped");
                continue;
            }
            Set<TrustBit> bits = EnumSet.noneOf(TrustBit.class);
            if (TRUSTED_DELEGATOR.equals(token(trust, "CKA_TRUST_SERVER_AUTH"))) {
                bits.add(TrustBit.WEBSITES);
            }
            if (TRUSTED_DELEGATOR.equals(token(trust, "CKA_TRUST_EMAIL_PROTECTION"))) {
                bits.add(TrustBit.EMAIL);
            }
            Optional<Instant> onCert = distrust(c, source, label);
            Optional<Instant> onTrust = distrust(trust, source, label);
            Optional<Instant> date = onCert.isPresent() && onTrust.isPresent()
                    ? Optional.of(onCert.get().isBefore(onTrust.get()) ? onCert.get() : onTrust.get())
                    : onCert.or(() -> onTrust);
            roots.add(new NssRoot(cert, label, bits, date, onCert.isEmpty() && onTrust.isPresent()));
        }
        return roots;
    }

    private static String token(Map<String, Value> o, String attr) {
        Value v = o.get(attr);
        return v == null || v.text() == null ? "" : v.text();
    }

    private static String label(Map<String, Value> o) {
        String l = token(o, "CKA_LABEL");
        return l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"") ? l.substring(1, l.length() - 1) : l;
    }

    private static String issuerSerial(Map<String, Value> o) {
        Value i = o.get("CKA_ISSUER");
        Value s = o.get("CKA_SERIAL_NUMBER");
        return (i == null || i.octets() == null ? "" : HexFormat.of().formatHex(i.octets())) + "/"
                + (s == null || s.octets() == null ? "" : HexFormat.of().formatHex(s.octets()));
    }

    private static Optional<Instant> distrust(Map<String, Value> o, String source, String label)
            throws RefDataException {
        Value v = o.get("CKA_NSS_SERVER_DISTRUST_AFTER");
        if (v == null || v.octets() == null) {
            return Optional.empty(); // absent, or CK_BBOOL CK_FALSE
        }
        String utc = new String(v.octets(), java.nio.charset.StandardCharsets.US_ASCII);
        try {
            LocalDateTime t = LocalDateTime.parse(utc, UTC_TIME);
            return Optional.of(t.toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new RefDataException(source + ": \"" + label + "\": CKA_NSS_SERVER_DISTRUST_AFTER \"" + utc
                    + "\" is not a UTCTime (YYMMDDHHMMSSZ)", e);
        }
    }

    /** Splits the BEGINDATA section into objects (attribute name → value), each starting at CKA_CLASS. */
    private static List<Map<String, Value>> objects(String text, String source) throws RefDataException {
        String[] lines = text.split("\r?\n", -1);
        List<Map<String, Value>> out = new ArrayList<>();
        Map<String, Value> current = null;
        boolean data = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!data) {
                data = line.equals("BEGINDATA");
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 2) {
                throw new RefDataException(source + ": line " + (i + 1) + ": expected \"ATTRIBUTE TYPE VALUE\"");
            }
            Value value;
            if (parts[1].equals("MULTILINE_OCTAL")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int start = i + 1;
                i++;
                while (i < lines.length && !lines[i].strip().equals("END")) {
                    octal(lines[i].strip(), bytes, source, i + 1);
                    i++;
                }
                if (i >= lines.length) {
                    throw new RefDataException(source + ": line " + start + ": MULTILINE_OCTAL value of "
                            + parts[0] + " has no END line");
                }
                value = new Value(parts[1], null, bytes.toByteArray());
            } else {
                value = new Value(parts[1], parts.length > 2 ? parts[2] : "", null);
            }
            if (parts[0].equals("CKA_CLASS")) {
                current = new LinkedHashMap<>();
                out.add(current);
            }
            if (current == null) {
                throw new RefDataException(source + ": line " + (i + 1) + ": attribute before the first CKA_CLASS");
            }
            current.put(parts[0], value);
        }
        if (!data) {
            throw new RefDataException(source + ": no BEGINDATA line; not a certdata.txt");
        }
        return out;
    }

    private static void octal(String line, ByteArrayOutputStream out, String source, int lineNo)
            throws RefDataException {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '\\' || i + 4 > line.length()) {
                throw new RefDataException(source + ": line " + lineNo + ", column " + (i + 1)
                        + ": expected an octal escape like \\101");
            }
            try {
                out.write(Integer.parseInt(line.substring(i + 1, i + 4), 8));
            } catch (NumberFormatException e) {
                throw new RefDataException(source + ": line " + lineNo + ", column " + (i + 1)
                        + ": \"" + line.substring(i, i + 4) + "\" is not an octal escape", e);
            }
            i += 4;
        }
    }

    private static String sha1Hex(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }
}
