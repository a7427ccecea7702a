package io.rootwatch.capture;

import io.rootwatch.model.Protocol;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plaintext exchanges that upgrade a connection to TLS: SMTP (RFC 3207), IMAP (RFC 3501 6.2.1),
 * POP3 (RFC 2595 4), FTP (RFC 4217 4). Reads byte by byte from the raw stream so no TLS byte is consumed
 * early; every line and every reply is bounded, and the caller's socket timeout bounds every wait.
 */
final class StartTls {
    /** RFC 5321 4.5.3.1.5 limits SMTP reply lines to 512 octets; allow generous slack for other dialects. */
    private static final int MAX_LINE = 4096;
    /** Longest multi-line reply accepted (an EHLO reply lists a handful of extensions). */
    private static final int MAX_LINES = 100;
    private static final String CLIENT_NAME = "rootwatch.invalid";

    private StartTls() {
    }

    /** Thrown when the server does not offer or refuses the upgrade. */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * The exchange stopped while waiting for the server: {@code awaited} names what never came ("SMTP reply to
     * EHLO"), so a timeout message can say which step stalled rather than blame the TLS handshake.
     */
    static final class StalledException extends IOException {
        private final String awaited;

        StalledException(String awaited, IOException cause) {
            super("waiting for the " + awaited + ": " + cause.getMessage(), cause);
            this.awaited = awaited;
        }

        String awaited() {
            return awaited;
        }
    }

    static void negotiate(Protocol protocol, InputStream in, OutputStream out) throws IOException {
        switch (protocol) {
            case TLS -> {
            }
            case SMTP -> smtp(in, out);
            case IMAP -> imap(in, out);
            case POP3 -> pop3(in, out);
            case FTP -> ftp(in, out);
        }
    }

    private static void smtp(InputStream in, OutputStream out) throws IOException {
        expectCode(awaitReply(in, "SMTP greeting"), "220", "greeting");
        send(out, "EHLO " + CLIENT_NAME);
        List<String> ehlo = awaitReply(in, "SMTP reply to EHLO");
        expectCode(ehlo, "250", "EHLO reply");
        boolean offered = ehlo.stream().anyMatch(l -> l.length() > 4
                && l.substring(4).trim().toUpperCase(Locale.ROOT).startsWith("STARTTLS"));
        if (!offered) {
            throw new RefusedException("the SMTP server does not offer STARTTLS in its EHLO reply");
        }
        send(out, "STARTTLS");
        expectCode(awaitReply(in, "SMTP reply to STARTTLS"), "220", "STARTTLS reply");
    }

    private static void ftp(InputStream in, OutputStream out) throws IOException {
        expectCode(awaitReply(in, "FTP greeting"), "220", "greeting");
        send(out, "AUTH TLS");
        expectCode(awaitReply(in, "FTP reply to AUTH TLS"), "234", "AUTH TLS reply");
    }

    private static void imap(InputStream in, OutputStream out) throws IOException {
        String greeting = awaitLine(in, "IMAP greeting");
        if (!greeting.toUpperCase(Locale.ROOT).startsWith("* OK")) {
            throw new RefusedException("the IMAP server greeted with \"" + greeting + "\" instead of \"* OK\"");
        }
        send(out, "a1 STARTTLS");
        for (int i = 0; i < MAX_LINES; i++) {
            String line = awaitLine(in, "IMAP reply to STARTTLS");
            if (line.startsWith("a1 ")) {
                if (line.toUpperCase(Locale.ROOT).startsWith("A1 OK")) {
                    return;
                }
                throw new RefusedException("the IMAP server refused STARTTLS: \"" + line + "\"");
            }
        }
        throw new RefusedException("the IMAP server sent more than " + MAX_LINES + " lines without answering STARTTLS");
    }

    private static void pop3(InputStream in, OutputStream out) throws IOException {
        String greeting = awaitLine(in, "POP3 greeting");
        if (!greeting.startsWith("+OK")) {
            throw new RefusedException("the POP3 server greeted with \"" + greeting + "\" instead of \"+OK\"");
        }
        send(out, "STLS");
        String reply = awaitLine(in, "POP3 reply to STLS");
        if (!reply.startsWith("+OK")) {
            throw new RefusedException("the POP3 server refused STLS: \"" + reply + "\"");
        }
    }

    private static void expectCode(List<String> reply, String code, String what) throws RefusedException {
        String last = reply.get(reply.size() - 1);
        if (!last.startsWith(code)) {
            throw new RefusedException("expected " + code + " as the " + what + " but the server answered \"" + last + "\"");
        }
    }

    private static void send(OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static List<String> awaitReply(InputStream in, String awaited) throws IOException {
        try {
            return readReply(in);
        } catch (RefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new StalledException(awaited, e);
        }
    }

    private static String awaitLine(InputStream in, String awaited) throws IOException {
        try {
            return readLine(in);
        } catch (RefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new StalledException(awaited, e);
        }
    }

    /** A reply of "ddd-text" continuation lines ending with "ddd text" (SMTP and FTP share this form). */
    static List<String> readReply(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MAX_LINES; i++) {
            String line = readLine(in);
            lines.add(line);
            boolean continues = line.length() >= 4 && line.charAt(3) == '-';
            if (!continues) {
                if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
                    throw new RefusedException("the server answered \"" + line + "\", not a numbered reply");
                }
                return lines;
            }
        }
        throw new RefusedException("the server sent a reply longer than " + MAX_LINES + " lines");
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() <= MAX_LINE) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection during the STARTTLS exchange");
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        throw new RefusedException("the server sent a line longer than " + MAX_LINE + " bytes");
    }
}
