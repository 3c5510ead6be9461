package dev.pith.batch.io;

import java.io.IOException;

/**
 * A problem with one input that the user should read as it is ("http 404", "not HTML:
 * image/png"): its message becomes the record's {@code error} without an exception class name.
 */
public final class InputError extends IOException {

    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message);
    }

    public InputError(String message, Throwable cause) {
        super(message, cause);
    }
}
