package io.rootwatch.cli;

import io.rootwatch.model.ExitCode;
import io.rootwatch.report.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line for the user and an exit code: never a stack trace. Input problems
 * (unreadable files, broken CSV, corrupt database) are exit code 2, as the contract says.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    private final boolean debug;

    /** {@code debug}: print the stack trace of an internal error too (the ROOTWATCH_DEBUG variable is set). */
    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        // An I/O failure deep in a stream or callback arrives wrapped; the user needs the file and the reason.
        Throwable shown = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        // The message can carry outside text (a file name, a server's greeting): escape it like every other output.
        String message = TerminalText.safe(shown instanceof FileSystemException fs ? FileErrors.describe(fs)
                : shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage());
        if (shown instanceof IOException || shown instanceof UsageException || shown instanceof IllegalArgumentException) {
            cl.getErr().println("rootwatch: " + message);
        } else {
            return unexpected(shown, debug, cl.getErr());
        }
        return ExitCode.USAGE_OR_INPUT.code();
    }

    /**
     * One line for a failure that is no input problem: a bug, or an Error picocli does not hand to this handler
     * (OutOfMemoryError, StackOverflowError). Exit 2, never 1, which scripts read as "findings".
     */
    static int unexpected(Throwable t, boolean debug, PrintWriter err) {
        if (t instanceof OutOfMemoryError) {
            err.println("rootwatch: out of memory (" + t.getMessage() + "); an input may be far larger than expected,"
                    + " or raise the heap with JAVA_TOOL_OPTIONS=-Xmx…");
        } else {
            err.println("rootwatch: internal error (" + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + TerminalText.safe(t.getMessage())) + "); set "
                    + Main.DEBUG_VARIABLE + "=1 for details");
        }
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE_OR_INPUT.code();
    }

    static int exitCodeFor(Throwable t) {
        return ExitCode.USAGE_OR_INPUT.code();
    }
}
