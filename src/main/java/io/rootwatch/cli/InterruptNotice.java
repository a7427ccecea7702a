package io.rootwatch.cli;

import io.rootwatch.report.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Tells a user who pressed Ctrl-C how to pick the scan up again. A JVM shutdown hook: it only prints. Every
 * capture and result is committed as it completes, so there is nothing to save, and writing to the database
 * from a hook would race the scan's own threads as the JVM goes down.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    private InterruptNotice(Thread hook) {
        this.hook = hook;
    }

    /**
     * @param done how many of {@code total} targets are captured and judged, read when the hook runs
     * @param args the command's arguments, repeated in the resume command (without any earlier --resume)
     */
    static InterruptNotice register(PrintWriter err, String scanId, int total, IntSupplier done, List<String> args) {
        Thread hook = new Thread(() -> {
            err.println(message(scanId, done.getAsInt(), total, args));
            err.flush();
        }, "rootwatch-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptNotice(hook);
    }

    static String message(String scanId, int done, int total, List<String> args) {
        StringBuilder resume = new StringBuilder("rootwatch scan --resume ").append(scanId);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--resume")) {
                i++; // and its value
            } else if (!args.get(i).startsWith("--resume=")) {
                resume.append(' ').append(quoted(args.get(i)));
            }
        }
        return TerminalText.safe("rootwatch: interrupted; " + done + " of " + total
                + " targets done; resume with: " + resume);
    }

    /** Shell-safe enough to paste back: plain words as they are, anything else in single quotes. */
    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+,\\[\\]-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The scan ended on its own: no notice. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs, which is right
        }
    }
}
