package io.rootwatch.cli;

import io.rootwatch.model.ExitCode;
import io.rootwatch.report.TerminalText;
import java.io.IOException;
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
            cl.getErr().println("rootwatch: internal error (" + shown.getClass().getSimpleName() + "): " + message);
            if (System.getenv("ROOTWATCH_DEBUG") != null) {
                ex.printStackTrace(cl.getErr());
            }
        }
        return ExitCode.USAGE_OR_INPUT.code();
    }

    static int exitCodeFor(Throwable t) {
        return ExitCode.USAGE_OR_INPUT.code();
    }
}
