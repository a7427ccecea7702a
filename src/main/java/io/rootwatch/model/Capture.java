package io.rootwatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one target gave us, raw. {@code served} holds each certificate's DER exactly as sent (or
 * read), in that order, even when it does not parse. {@code tlsSctLists} holds each TLS-extension
 * SignedCertificateTimestampList as received; {@code stapledOcsp} the DER OCSPResponse if stapled.
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
        Optional<Der> stapledOcsp) {

    public Capture {
        served = List.copyOf(served);
        tlsSctLists = List.copyOf(tlsSctLists);
    }

    public static Capture failed(Target target, Optional<String> address, Instant at, CaptureError error) {
        return new Capture(target, address, at, CaptureStatus.ERROR, Optional.of(error), Optional.empty(),
                List.of(), List.of(), Optional.empty());
    }
}
