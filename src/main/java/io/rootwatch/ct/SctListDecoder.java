package io.rootwatch.ct;

import io.rootwatch.model.Der;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes TLS-encoded SCTs (RFC 6962 §3.3): {@code opaque SerializedSCT<1..2^16-1>;
 * SerializedSCT sct_list<1..2^16-1>}. Never throws on bad input: every defect becomes a problem
 * sentence, and SCTs that decode before or after a bad entry are still returned. Thread-safe.
 */
public final class SctListDecoder {
    private static final int V1 = 0;

    private SctListDecoder() {
    }

    /** A SignedCertificateTimestampList (embedded, TLS extension or OCSP extension content). */
    public static DecodedScts decodeList(byte[] list) {
        List<SignedCertificateTimestamp> scts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (list.length < 2) {
            problems.add("SCT list of " + list.length + " bytes is too short for its 2-byte length");
            return new DecodedScts(scts, problems);
        }
        int declared = u16(list, 0);
        int end = 2 + declared;
        if (end > list.length) {
            problems.add("SCT list declares " + declared + " bytes but only " + (list.length - 2) + " follow");
            end = list.length;
        } else if (end < list.length) {
            problems.add("SCT list has " + (list.length - end) + " trailing bytes after its declared length");
        }
        if (declared == 0) {
            problems.add("SCT list is empty (RFC 6962 requires at least one SCT)");
        }
        int pos = 2;
        int index = 0;
        while (pos < end) {
            index++;
            if (pos + 2 > end) {
                problems.add("SCT " + index + ": truncated length prefix");
                break;
            }
            int len = u16(list, pos);
            pos += 2;
            if (len == 0) {
                problems.add("SCT " + index + ": zero-length entry");
                continue;
            }
            if (pos + len > end) {
                problems.add("SCT " + index + ": declares " + len + " bytes but only " + (end - pos) + " remain");
                break;
            }
            decodeOne(Arrays.copyOfRange(list, pos, pos + len), "SCT " + index, scts, problems);
            pos += len;
        }
        return new DecodedScts(scts, problems);
    }

    /** One bare SignedCertificateTimestamp (e.g. a log's add-chain response, the ".proof" test vectors). */
    public static DecodedScts decodeSingle(byte[] sct) {
        List<SignedCertificateTimestamp> scts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        decodeOne(sct, "SCT", scts, problems);
        return new DecodedScts(scts, problems);
    }

    private static void decodeOne(byte[] b, String name, List<SignedCertificateTimestamp> out, List<String> problems) {
        if (b.length < 1) {
            problems.add(name + ": empty");
            return;
        }
        if (b[0] != V1) {
            // Later fields are version-specific: without knowing the version we cannot read them.
            problems.add(name + ": unknown SCT version " + (b[0] & 0xff) + " (only v1 is defined)");
            return;
        }
        // version 1 + log id 32 + timestamp 8 + ext length 2 = 43; then hash 1, sig 1, sig length 2.
        if (b.length < 43) {
            problems.add(name + ": truncated (" + b.length + " bytes)");
            return;
        }
        Der logId = Der.of(Arrays.copyOfRange(b, 1, 33));
        long ts = 0;
        for (int i = 33; i < 41; i++) {
            ts = (ts << 8) | (b[i] & 0xff);
        }
        int extLen = u16(b, 41);
        int pos = 43 + extLen;
        if (pos + 4 > b.length) {
            problems.add(name + ": truncated extensions or signature header");
            return;
        }
        Der ext = Der.of(Arrays.copyOfRange(b, 43, pos));
        int hash = b[pos] & 0xff;
        int sig = b[pos + 1] & 0xff;
        int sigLen = u16(b, pos + 2);
        pos += 4;
        if (pos + sigLen > b.length) {
            problems.add(name + ": signature declares " + sigLen + " bytes but only " + (b.length - pos) + " remain");
            return;
        }
        if (pos + sigLen < b.length) {
            problems.add(name + ": " + (b.length - pos - sigLen) + " trailing bytes after the signature");
            return;
        }
        if (ts < 0) {
            problems.add(name + ": timestamp does not fit a signed 64-bit millisecond count");
            return;
        }
        out.add(new SignedCertificateTimestamp(V1, logId, ts, ext, hash, sig, Der.of(Arrays.copyOfRange(b, pos, pos + sigLen))));
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
