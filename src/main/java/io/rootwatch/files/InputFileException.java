package io.rootwatch.files;

import java.io.IOException;

/** A named input file that cannot be used; the message names the file and says why, for the user. */
public final class InputFileException extends IOException {
    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
