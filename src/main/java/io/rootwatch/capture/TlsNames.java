package io.rootwatch.capture;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** IANA-style names for what BC reports as numbers. */
final class TlsNames {
    private static final Map<Integer, String> SUITES = loadSuiteNames();

    private TlsNames() {
    }

    /** JSSE's standard names: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3 (others: BC's name). */
    static String version(ProtocolVersion v) {
        if (v.equals(ProtocolVersion.TLSv10)) {
            return "TLSv1";
        } else if (v.equals(ProtocolVersion.TLSv11)) {
            return "TLSv1.1";
        } else if (v.equals(ProtocolVersion.TLSv12)) {
            return "TLSv1.2";
        } else if (v.equals(ProtocolVersion.TLSv13)) {
            return "TLSv1.3";
        }
        return v.getName();
    }

    /** e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256; unknown values as 0xC02F. */
    static String cipherSuite(int suite) {
        String name = SUITES.get(suite);
        return name != null ? name : String.format(Locale.ROOT, "0x%04X", suite);
    }

    /** e.g. handshake_failure(40). */
    static String alert(short description) {
        return AlertDescription.getText(description);
    }

    private static Map<Integer, String> loadSuiteNames() {
        Map<Integer, String> names = new HashMap<>();
        for (Field f : CipherSuite.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("TLS_")) {
                try {
                    names.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    // public static fields are always readable
                }
            }
        }
        return Map.copyOf(names);
    }
}
