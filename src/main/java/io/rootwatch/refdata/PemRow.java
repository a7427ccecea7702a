package io.rootwatch.refdata;

/** A certificate cell from a CCADB report, not yet parsed: its claimed fingerprint, PEM text and origin. */
record PemRow(String sha256, String pem, String source, long line) {
}
