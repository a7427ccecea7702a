package io.rootwatch.cli;

/** A command line that cannot be carried out as given (exit code 2); the message tells the user why. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
