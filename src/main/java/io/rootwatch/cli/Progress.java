package io.rootwatch.cli;

import java.io.PrintWriter;

/** A one-line progress counter on standard error, only when a person is watching (a terminal). */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean visible;

    private Progress(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    static Progress to(PrintWriter err, int total) {
        return new Progress(err, total, System.console() != null && total > 1);
    }

    /** Whether a person is watching standard error (it is a terminal and there is more than one target). */
    boolean visible() {
        return visible;
    }

    synchronized void update(int done) {
        if (visible) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    void finish() {
        if (visible) {
            err.println();
        }
    }
}
