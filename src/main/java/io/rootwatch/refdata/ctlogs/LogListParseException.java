package io.rootwatch.refdata.ctlogs;

/** A log list could not be read; the message names the input and the place in it. */
public class LogListParseException extends Exception {
    public LogListParseException(String message) {
        super(message);
    }

    public LogListParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
