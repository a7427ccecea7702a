package io.rootwatch.refdata;

import java.io.IOException;

/**
 * Reference data could not be read or used: a file is missing, broken (the message names the file and
 * the line or column), of a kind given twice, or a download failed with no cached copy to fall back on.
 * The CLI maps it to the usage/input-error exit code.
 */
public class RefDataException extends IOException {
    public RefDataException(String message) {
        super(message);
    }

    public RefDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
