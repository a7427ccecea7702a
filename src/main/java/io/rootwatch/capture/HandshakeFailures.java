package io.rootwatch.capture;

import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureError.Kind;
import io.rootwatch.model.Endpoint;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Turns whatever ended a handshake into a {@link CaptureError} whose message is a sentence naming the target. */
final class HandshakeFailures {
    private static final Duration STILL_SENDING_WINDOW = Duration.ofSeconds(2);

    private HandshakeFailures() {
    }

    record Context(Endpoint endpoint, boolean watchdogFired, Duration handshakeBudget, SniffingInputStream sniffer,
                   boolean certificatesSeen) {
    }

    static CaptureError classify(Throwable failure, Context c) {
        String target = c.endpoint().display();
        String phase = c.certificatesSeen() ? " after the server's Certificate message" : "";
        if (failure instanceof StartTls.RefusedException refused) {
            return new CaptureError(Kind.NOT_TLS, target + ": STARTTLS failed: " + refused.getMessage());
        }
        if (failure instanceof StartTls.StalledException stalled) {
            // Before TLS began: name the plaintext step that never got its answer, not the handshake.
            if (c.watchdogFired() || hasCause(failure, SocketTimeoutException.class)
                    || failure.getCause() instanceof InterruptedIOException) {
                return new CaptureError(Kind.TIMEOUT, target + ": no " + stalled.awaited() + " within "
                        + Deadline.describe(c.handshakeBudget()));
            }
            if (failure.getCause() instanceof EOFException) {
                return new CaptureError(Kind.NOT_TLS, target + ": the server closed the connection before the "
                        + stalled.awaited());
            }
            return new CaptureError(Kind.IO, target + ": the connection failed waiting for the " + stalled.awaited()
                    + ": " + failure.getCause().getMessage());
        }
        if (c.sniffer() != null && c.sniffer().startsWithNonTls()) {
            return new CaptureError(Kind.NOT_TLS, target + ": the server did not answer with TLS; it sent "
                    + c.sniffer().excerpt());
        }
        if (c.watchdogFired() || hasCause(failure, SocketTimeoutException.class)
                || failure instanceof InterruptedIOException) {
            long got = c.sniffer() == null ? 0 : c.sniffer().bytesRead();
            String within = target + ": the TLS handshake did not finish within " + Deadline.describe(c.handshakeBudget())
                    + phase;
            if (got == 0) {
                return new CaptureError(Kind.TIMEOUT, within + " (the server sent nothing)");
            }
            if (stillSending(c)) {
                return new CaptureError(Kind.TIMEOUT, within + "; the server was still sending slowly (" + got
                        + " bytes received)");
            }
            return new CaptureError(Kind.TIMEOUT, within + " (the server stopped answering after " + got + " bytes)");
        }
        if (failure instanceof TlsFatalAlertReceived received) {
            return new CaptureError(Kind.HANDSHAKE, target + ": the server ended the TLS handshake" + phase
                    + " with alert " + TlsNames.alert(received.getAlertDescription()));
        }
        if (failure instanceof EOFException || (c.sniffer() != null && c.sniffer().sawEof())) {
            boolean silent = c.sniffer() == null || c.sniffer().bytesRead() == 0;
            return new CaptureError(Kind.HANDSHAKE, target + (silent
                    ? ": the server closed the connection without answering the TLS ClientHello"
                    : ": the server closed the connection during the TLS handshake" + phase));
        }
        if (failure instanceof TlsFatalAlert alert) {
            String detail = alert.getMessage() == null || alert.getMessage().isBlank() ? "" : " (" + alert.getMessage() + ")";
            Throwable cause = alert.getCause();
            if (detail.isEmpty() && cause != null) {
                detail = " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
            }
            return new CaptureError(Kind.HANDSHAKE, target + ": the TLS handshake failed" + phase + ": we aborted with "
                    + TlsNames.alert(alert.getAlertDescription()) + detail);
        }
        if (failure instanceof RuntimeException) {
            return new CaptureError(Kind.HANDSHAKE, target + ": the TLS handshake failed" + phase + ": " + failure);
        }
        return new CaptureError(Kind.IO, target + ": the connection failed during the TLS handshake" + phase + ": "
                + failure.getMessage());
    }

    /**
     * A server whose latest byte came shortly before the deadline was not stalled but slow (a tarpit, a
     * saturated link): "stopped answering" would send the reader looking for the wrong fault. "Shortly" is a
     * quarter of the budget, at most two seconds, so a one-byte-a-second drip counts and a real stall does not.
     */
    private static boolean stillSending(Context c) {
        Duration recent = c.handshakeBudget().dividedBy(4);
        if (recent.compareTo(STILL_SENDING_WINDOW) > 0) {
            recent = STILL_SENDING_WINDOW;
        }
        Duration window = recent;
        return c.sniffer().silentFor().map(quiet -> quiet.compareTo(window) < 0).orElse(false);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
