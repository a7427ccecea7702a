package io.rootwatch.cli;

import io.rootwatch.model.ExitCode;
import java.io.IOException;
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
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof IOException || ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            cl.getErr().println("rootwatch: " + message);
        } else {
            cl.getErr().println("rootwatch: internal error (" + ex.getClass().getSimpleName() + "): " + message);
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
