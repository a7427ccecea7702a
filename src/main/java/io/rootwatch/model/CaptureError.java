package io.rootwatch.model;

/** Why a capture failed or stopped early; the message is a sentence naming the input. */
public record CaptureError(Kind kind, String message) {
    public enum Kind {
        DNS("dns"), REFUSED("refused"), TIMEOUT("timeout"), NOT_TLS("not-tls"), HANDSHAKE("handshake"),
        IO("io"), PARSE("parse"), USAGE("usage");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
