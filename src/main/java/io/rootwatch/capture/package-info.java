/**
 * Capture: TLS handshakes that record everything the server sent.
 *
 * <p>Its one job: connect to an {@link io.rootwatch.model.Endpoint} (directly or after a STARTTLS
 * exchange), run a TLS handshake with BouncyCastle's low-level client, and return a
 * {@link io.rootwatch.model.Capture} holding the exact DER of every certificate in served order, the
 * TLS-extension SCT lists, the stapled OCSP response, the negotiated version and cipher. Network and TLS
 * problems are values ({@link io.rootwatch.model.CaptureError}), never exceptions.
 *
 * <p>What it deliberately does not do: judge trust. The handshake accepts any certificate (self-signed,
 * expired, mismatched, broken chains); it never checks names, paths, revocation or CT. Those belong to
 * {@code trust}, {@code ct} and {@code lint}. It does not store captures either: {@link ScanRunner}
 * hands each one to a callback as it completes.
 *
 * <p>May import: {@code io.rootwatch.model}, {@code io.rootwatch.x509}, BouncyCastle (bctls, bcprov) and
 * the JDK. BouncyCastle types never appear in the public signatures of this package.
 */
package io.rootwatch.capture;
