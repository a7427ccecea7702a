package io.rootwatch.model;

import java.util.Optional;

/** What the handshake negotiated, e.g. version "TLSv1.3", cipher "TLS_AES_128_GCM_SHA256". */
public record TlsFacts(String version, String cipher, Optional<String> sni) {
}
