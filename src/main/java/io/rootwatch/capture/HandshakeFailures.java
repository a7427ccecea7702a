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
            return new CaptureError(Kind.TIMEOUT, target + ": the TLS handshake did not finish within "
                    + Deadline.describe(c.handshakeBudget()) + phase
                    + (got == 0 ? " (the server sent nothing)" : " (the server stopped answering after " + got + " bytes)"));
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

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
