package io.rootwatch.capture;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Passes bytes through and keeps the first few, so a failed handshake can tell "this port does not speak
 * TLS" (an HTTP reply, an SSH banner) apart from a TLS server that refused us.
 */
final class SniffingInputStream extends FilterInputStream {
    private static final int KEEP = 64;
    private final byte[] head = new byte[KEEP];
    private int headLength;
    private long total;
    private boolean eof;
    private boolean slurped;
    /** When the latest byte arrived ({@link System#nanoTime}); meaningful only once {@code total > 0}. */
    private volatile long lastByteNanos;

    SniffingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            eof = true;
        } else {
            keep(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            eof = true;
        } else {
            keep(buf, off, n);
        }
        return n;
    }

    private void keep(byte[] buf, int off, int n) throws IOException {
        if (n > 0) {
            lastByteNanos = System.nanoTime();
        }
        total += n;
        int copy = Math.min(n, KEEP - headLength);
        if (copy > 0) {
            System.arraycopy(buf, off, head, headLength, copy);
            headLength += copy;
        }
        if (!slurped && startsWithNonTls()) {
            // BC stops after the 5-byte record header; take what has already arrived (never blocking) so the
            // error can quote the server's first line. The stream is not TLS, so nothing of value is lost.
            slurped = true;
            int more = Math.min(in.available(), KEEP - headLength);
            if (more > 0) {
                int got = in.read(head, headLength, more);
                headLength += Math.max(0, got);
            }
        }
    }

    long bytesRead() {
        return total;
    }

    /**
     * How long the server has been silent: since its latest byte, or empty when it sent none. Tells a server
     * that stalled apart from one that was still dripping bytes when the deadline closed the socket.
     */
    java.util.Optional<java.time.Duration> silentFor() {
        return total == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.Duration.ofNanos(System.nanoTime() - lastByteNanos));
    }

    boolean sawEof() {
        return eof;
    }

    /**
     * True when the first bytes cannot start a TLS record: a content type of 20-24 followed by major
     * version 3 (RFC 8446 5.1; every SSL 3.0 to TLS 1.3 record).
     */
    boolean startsWithNonTls() {
        if (headLength == 0) {
            return false;
        }
        int type = head[0] & 0xff;
        if (type < 20 || type > 24) {
            return true;
        }
        return headLength >= 2 && head[1] != 3;
    }

    /** The first line received if it is printable text, else the first bytes in hex. */
    String excerpt() {
        int end = 0;
        while (end < headLength && head[end] != '\r' && head[end] != '\n' && end < 48) {
            end++;
        }
        byte[] line = Arrays.copyOf(head, end);
        boolean printable = end > 0;
        for (byte b : line) {
            printable &= b >= 0x20 && b < 0x7f;
        }
        if (printable) {
            return "\"" + new String(line, StandardCharsets.US_ASCII) + "\"";
        }
        return "bytes " + HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(headLength, 8));
    }
}
