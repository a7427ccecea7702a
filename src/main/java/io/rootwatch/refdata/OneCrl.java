package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mozilla's OneCRL: the CA certificates Firefox refuses whatever their chain says, listed either by issuer
 * name and serial number or by subject name and the SHA-256 of the public key. Matching is on exact DER bytes,
 * as Firefox's certificate storage does: a re-encoded name is another name.
 */
public final class OneCrl {
    /** One revocation, for the reason a finding shows. */
    public record Entry(String id, Optional<String> bug, Optional<String> why) {
        /** "bug 1234567" / the record id, for one sentence. */
        public String reference() {
            return bug.map(b -> b.chars().allMatch(Character::isDigit) ? "bug " + b : b).orElse("record " + id);
        }
    }

    private static final OneCrl NONE = new OneCrl(Map.of(), Map.of(), false);

    private final Map<String, Entry> byIssuerSerial;
    private final Map<String, Entry> bySubjectKey;
    private final boolean loaded;

    OneCrl(Map<String, Entry> byIssuerSerial, Map<String, Entry> bySubjectKey, boolean loaded) {
        this.byIssuerSerial = Map.copyOf(byIssuerSerial);
        this.bySubjectKey = Map.copyOf(bySubjectKey);
        this.loaded = loaded;
    }

    /** No OneCRL data: nothing is revoked, and {@link #loaded()} says revocation was not checked. */
    public static OneCrl none() {
        return NONE;
    }

    /** Reads a OneCRL records document ({@code {"data":[…]}}); see {@link OneCrlParser}. */
    public static OneCrl parse(String json, String source, java.util.function.Consumer<String> warn) throws RefDataException {
        return OneCrlParser.parse(json, source, warn);
    }

    /** Whether OneCRL records were given at all (an empty list given is still "checked"). */
    public boolean loaded() {
        return loaded;
    }

    public int size() {
        return byIssuerSerial.size() + bySubjectKey.size();
    }

    /** The record revoking {@code c}, if any. */
    public Optional<Entry> revoking(Certificate c) {
        Entry e = byIssuerSerial.get(issuerSerialKey(c.issuer().der().bytes(), c.serialHex()));
        if (e == null) {
            e = bySubjectKey.get(subjectKeyKey(c.subject().der().bytes(), c.publicKey().spki().sha256()));
        }
        return Optional.ofNullable(e);
    }

    static String issuerSerialKey(byte[] issuerDer, String serialHex) {
        return java.util.HexFormat.of().formatHex(issuerDer) + "/" + serialHex.toLowerCase(java.util.Locale.ROOT);
    }

    static String subjectKeyKey(byte[] subjectDer, byte[] spkiSha256) {
        return java.util.HexFormat.of().formatHex(subjectDer) + "/" + java.util.HexFormat.of().formatHex(spkiSha256);
    }

    @Override
    public String toString() {
        return "OneCrl[" + size() + " entries" + (loaded ? "" : ", not loaded") + "]";
    }

    /** For tests and parsers in this package. */
    static OneCrl of(List<Map.Entry<String, Entry>> issuerSerial, List<Map.Entry<String, Entry>> subjectKey) {
        return new OneCrl(toMap(issuerSerial), toMap(subjectKey), true);
    }

    private static Map<String, Entry> toMap(List<Map.Entry<String, Entry>> entries) {
        Map<String, Entry> m = new java.util.HashMap<>();
        entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
        return m;
    }
}
