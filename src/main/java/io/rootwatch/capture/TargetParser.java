package io.rootwatch.capture;

import io.rootwatch.files.InputFile;
import io.rootwatch.files.Utf8Text;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;

import java.io.IOException;
import java.net.IDN;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads target specs in the field's usual forms: {@code host}, {@code host:port}, {@code [v6]:port},
 * {@code ip:port}, a bare IPv6 literal, and {@code scheme://host[:port][/path]} with scheme {@code smtp},
 * {@code imap}, {@code pop3}, {@code ftp} (STARTTLS) or {@code https}/{@code tls} (direct TLS). The default port
 * is the protocol's ({@link Protocol#defaultPort()}: 443, 25, 143, 110, 21). Host names are lower-cased and
 * internationalized names converted to their ASCII (punycode) form.
 */
public final class TargetParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?");
    private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    /**
     * Targets files are read whole; refuse absurd ones instead of exhausting memory. 16 MiB is some 400,000
     * tagged targets, far more than one scan gets through, and it keeps a mistaken --targets (a disk image,
     * a log) from filling the heap.
     */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private TargetParser() {
    }

    /**
     * Parses one spec.
     *
     * @param sniOverride the server name to send instead of the host (empty: the host's name, none for IPs)
     * @param tags        free-form tags copied onto the endpoint
     * @throws IllegalArgumentException with a message naming the spec when it is not a valid target
     */
    public static Endpoint parse(String spec, Optional<String> sniOverride, Map<String, String> tags) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty target");
        }
        String s = spec.strip();
        Protocol protocol = Protocol.TLS;
        int schemeEnd = s.indexOf("://");
        if (schemeEnd >= 0) {
            String scheme = s.substring(0, schemeEnd);
            protocol = Protocol.fromScheme(scheme).orElseThrow(() -> new IllegalArgumentException(
                    "target \"" + spec + "\": unknown scheme \"" + scheme + "\" (use https, tls, smtp, imap, pop3 or ftp)"));
            s = s.substring(schemeEnd + 3);
            int slash = s.indexOf('/');
            if (slash >= 0) {
                s = s.substring(0, slash); // https://host/path: the path does not matter for a handshake
            }
        }
        if (s.contains("@")) {
            throw new IllegalArgumentException("target \"" + spec + "\": user names are not supported");
        }
        String host;
        int port = protocol.defaultPort();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("target \"" + spec + "\": missing ']' after the IPv6 address");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("target \"" + spec + "\": expected ':port' after ']'");
                }
                port = parsePort(rest.substring(1), spec);
            }
            requireIpv6(host, spec);
        } else if (s.indexOf(':') != s.lastIndexOf(':')) {
            host = s; // several colons and no brackets: a bare IPv6 literal, default port
            if (!Ipv6Literal.is(host)) {
                throw new IllegalArgumentException("target \"" + spec + "\": not host:port, and not an IPv6 address"
                        + " (give an IPv6 address with a port as [address]:port)");
            }
        } else {
            int colon = s.indexOf(':');
            host = colon < 0 ? s : s.substring(0, colon);
            if (colon >= 0) {
                port = parsePort(s.substring(colon + 1), spec);
            }
            host = normalizeName(host, spec);
        }
        Optional<String> sni = sniOverride == null ? Optional.empty() : sniOverride.map(String::strip);
        if (sni.isPresent() && sni.get().isEmpty()) {
            throw new IllegalArgumentException("target \"" + spec + "\": the SNI override is empty");
        }
        return new Endpoint(protocol, host, port, sni, tags == null ? Map.of() : tags);
    }

    /**
     * Reads a targets file: one target per line, optionally followed by {@code key=value} tags separated by
     * spaces ({@code host:443 criticality=public-https owner=web-team}); the tag {@code sni=name} sets the SNI
     * override instead of becoming a tag. Blank lines and {@code #} comments (whole-line or after a space) are
     * skipped.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a bad line, with a message starting {@code file:line:}
     */
    public static List<Endpoint> parseTargetsFile(Path file) throws IOException {
        return parseTargetsFile(file, Optional.empty());
    }

    /**
     * As {@link #parseTargetsFile(Path)}, with {@code defaultSni} (the command line's {@code --sni}) for every line
     * that has no {@code sni=} tag of its own: the line is the more specific choice.
     */
    public static List<Endpoint> parseTargetsFile(Path file, Optional<String> defaultSni) throws IOException {
        List<String> lines = Utf8Text.decode(InputFile.read(file, "targets file", MAX_FILE_BYTES), file).lines().toList();
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1) + ": ";
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            Map<String, String> tags = new LinkedHashMap<>();
            Optional<String> sni = defaultSni;
            for (int t = 1; t < tokens.length; t++) {
                int eq = tokens[t].indexOf('=');
                String key = eq < 0 ? tokens[t] : tokens[t].substring(0, eq);
                if (eq <= 0 || !TAG_KEY.matcher(key).matches()) {
                    throw new IllegalArgumentException(where + "expected key=value after the target, got \"" + tokens[t] + "\"");
                }
                String value = tokens[t].substring(eq + 1);
                if ("sni".equals(key)) {
                    sni = Optional.of(value);
                } else if (tags.put(key, value) != null) {
                    throw new IllegalArgumentException(where + "tag \"" + key + "\" appears twice");
                }
            }
            try {
                endpoints.add(parse(tokens[0], sni, tags));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return List.copyOf(endpoints);
    }

    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int parsePort(String text, String spec) {
        if (!text.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("target \"" + spec + "\": bad port \"" + text + "\" (expected 1-65535)");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("target \"" + spec + "\": port " + port + " is outside 1-65535");
        }
        return port;
    }

    private static void requireIpv6(String host, String spec) {
        if (!Ipv6Literal.is(host)) {
            throw new IllegalArgumentException("target \"" + spec + "\": \"" + host + "\" is not an IPv6 address");
        }
    }

    private static String normalizeName(String host, String spec) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("target \"" + spec + "\": the host is empty");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target \"" + spec + "\": \"" + host + "\" is not a valid host name");
        }
        if (!NAME.matcher(ascii).matches() || ascii.length() > 254) {
            throw new IllegalArgumentException("target \"" + spec + "\": \"" + host + "\" is not a valid host name");
        }
        return ascii;
    }
}
