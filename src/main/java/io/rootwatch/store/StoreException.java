package io.rootwatch.store;

import java.io.IOException;

/**
 * The database could not be opened, read or written. The message is a sentence that names the database
 * file and what was being done, fit to show a user as is.
 */
public class StoreException extends IOException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
