package io.rootwatch.refdata.ctlogs;

/** Which API a log speaks: RFC 6962 ({@code logs}) or the static-CT/tiled API ({@code tiled_logs}). */
public enum LogKind {
    RFC6962,
    TILED
}
