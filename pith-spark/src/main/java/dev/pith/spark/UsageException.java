package dev.pith.spark;

/** A mistake in the command line: printed with a pointer to {@code --help}, exit code 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
