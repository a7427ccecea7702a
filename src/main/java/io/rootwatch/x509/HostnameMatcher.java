package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a leaf certificate covers a host name the way current browsers do (RFC 6125 §6.4 with the
 * CA/Browser Forum Baseline Requirements' restrictions).
 *
 * <ul>
 *   <li>Only subjectAltName entries count. The subject common name is <b>never</b> used, not even when
 *       there is no SAN: that is Chrome's behaviour since Chrome 58, and Firefox's for certificates issued
 *       under the Baseline Requirements. A certificate with only a CN therefore matches nothing.</li>
 *   <li>DNS names compare case-insensitively as A-labels: a U-label input ({@code ѕрооғ.badssl.com}) is
 *       converted with {@link IDN#toASCII}; one trailing dot on either side is ignored.</li>
 *   <li>A wildcard is allowed only as the whole left-most label of a SAN with at least three labels
 *       ({@code *.example.com}, not {@code *.com} nor {@code f*.example.com}), and stands for exactly one
 *       non-empty label: {@code *.badssl.com} covers {@code foo.badssl.com} but neither {@code badssl.com}
 *       nor {@code wrong.host.badssl.com}. Limitation: without the Public Suffix List, wildcards directly
 *       under a multi-label public suffix ({@code *.co.uk}) are not rejected.</li>
 *   <li>An IPv4 or IPv6 literal matches only iPAddress SANs, compared as addresses ({@code ::1} equals
 *       {@code 0:0:0:0:0:0:0:1}); it never matches a DNS SAN. No name is ever resolved.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class HostnameMatcher {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    /** LDH labels after IDNA conversion; underscores are tolerated because real internal names use them. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    private HostnameMatcher() {
    }

    /**
     * Whether {@code leaf} covers {@code name}.
     *
     * @param name a DNS name (A- or U-labels, any case, optional trailing dot) or an IP literal
     *             ({@code [v6]} brackets allowed)
     * @return false for a blank, malformed or wildcard input name, and for a certificate without SANs
     */
    public static boolean matches(Certificate leaf, String name) {
        if (leaf == null || name == null) {
            throw new IllegalArgumentException("certificate and name must not be null");
        }
        String trimmed = name.strip();
        Optional<byte[]> ip = ipLiteral(trimmed);
        if (ip.isPresent()) {
            return leaf.ipAddresses().stream()
                    .map(HostnameMatcher::ipLiteral)
                    .anyMatch(a -> a.isPresent() && Arrays.equals(a.get(), ip.get()));
        }
        Optional<String> host = normalizeHost(trimmed);
        if (host.isEmpty()) {
            return false;
        }
        return leaf.dnsNames().stream().anyMatch(pattern -> dnsMatches(pattern, host.get()));
    }

    /** The input as lower-case A-labels without a trailing dot, or empty when it is not a usable host name. */
    static Optional<String> normalizeHost(String name) {
        if (name.isEmpty() || name.contains("*")) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(stripDot(name), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    static boolean dnsMatches(String sanPattern, String host) {
        String pattern = stripDot(sanPattern).toLowerCase(Locale.ROOT);
        if (pattern.isEmpty()) {
            return false;
        }
        if (!pattern.contains("*")) {
            return pattern.equals(host);
        }
        if (!pattern.startsWith("*.") || pattern.indexOf('*', 1) >= 0) {
            return false; // partial (f*.example.com) or non-left-most wildcards are never honoured
        }
        String suffix = pattern.substring(2);
        if (suffix.split("\\.", -1).length < 2) {
            return false; // *.com: a wildcard needs at least two labels after it
        }
        int firstDot = host.indexOf('.');
        return firstDot > 0 && host.substring(firstDot + 1).equals(suffix);
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Address bytes of an IPv4 dotted quad or an IPv6 literal; never a DNS lookup. */
    static Optional<byte[]> ipLiteral(String s) {
        String text = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                out[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(out);
        }
        // A string with ':' is parsed by the JDK as an IPv6 literal only, never looked up; the character
        // check keeps zone ids and anything else exotic out.
        if (text.contains(":") && IPV6_CHARS.matcher(text).matches()) {
            try {
                byte[] addr = InetAddress.getByName(text).getAddress();
                return Optional.of(addr.length == 4 ? mapped(addr) : addr);
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The JDK turns ::ffff:a.b.c.d into an IPv4 address; keep it distinct from the IPv4 literal a.b.c.d. */
    private static byte[] mapped(byte[] v4) {
        byte[] out = new byte[16];
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }
}
