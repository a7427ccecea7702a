package io.rootwatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one target gave us, raw. {@code served} holds each certificate's DER exactly as sent (or
 * read), in that order, even when it does not parse. {@code tlsSctLists} holds each TLS-extension
 * SignedCertificateTimestampList as received; {@code stapledOcsp} the DER OCSPResponse if stapled.
 * {@code deliveryProblems} holds one sentence per SCT or OCSP item the handshake carried in a form that
 * could not be kept (a zero-length SCT extension, a TLS 1.3 status entry that is not a CertificateStatus),
 * so that analysis can report what was dropped.
 */
public record Capture(
        Target target,
        Optional<String> address,
        Instant capturedAt,
        CaptureStatus status,
        Optional<CaptureError> error,
        Optional<TlsFacts> tls,
        List<Der> served,
        List<Der> tlsSctLists,
        Optional<Der> stapledOcsp,
        List<String> deliveryProblems) {
    /**
     * The most certificates of one Certificate message a capture keeps. Real chains have 2 to 5; a server
     * sending hundreds is misconfigured or hostile, and 100 records that while bounding the work every later
     * step (path search, hygiene) does. Findings that count certificates say when they saw only this many.
     */
    public static final int MAX_SERVED_CERTIFICATES = 100;

    public Capture {
        served = List.copyOf(served);
        tlsSctLists = List.copyOf(tlsSctLists);
        deliveryProblems = List.copyOf(deliveryProblems);
    }

    /** A capture whose SCT and OCSP items all arrived in a usable form (files, most handshakes). */
    public Capture(Target target, Optional<String> address, Instant capturedAt, CaptureStatus status, Optional<CaptureError> error,
            Optional<TlsFacts> tls, List<Der> served, List<Der> tlsSctLists, Optional<Der> stapledOcsp) {
        this(target, address, capturedAt, status, error, tls, served, tlsSctLists, stapledOcsp, List.of());
    }

    public static Capture failed(Target target, Optional<String> address, Instant at, CaptureError error) {
        return new Capture(target, address, at, CaptureStatus.ERROR, Optional.of(error), Optional.empty(),
                List.of(), List.of(), Optional.empty());
    }
}
