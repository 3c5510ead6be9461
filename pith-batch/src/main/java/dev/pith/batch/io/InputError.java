package dev.pith.batch.io;

import java.io.IOException;

/**
 * A problem with one input that the user should read as it is: its {@link ErrorCode} and a
 * plain message ("http 404", "no such file: a.html") become the record's {@code error}, with no
 * exception class name.
 */
public final class InputError extends IOException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public InputError(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public InputError(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** What kind of problem this is. */
    public ErrorCode code() {
        return code;
    }
}
