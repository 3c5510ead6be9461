package dev.pith.batch.run;

import dev.pith.ExtractionTimeoutException;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Turns whatever went wrong with one document into the record's {@code error}: a stable
 * {@link ErrorCode} and a plain message, never a Java class name or a stack trace.
 */
public final class Failures {

    /** What the operating system says when the reader of the output has gone or the disk is full. */
    private static final List<String> OUTPUT_FAILURES = List.of("Broken pipe", "No space left on device",
            "Disk quota exceeded");

    private Failures() {
    }

    /** The error text for a failure, e.g. {@code "not-found: no such file: a.html"}. */
    public static String describe(Throwable t) {
        InputError e = asInputError(t);
        return e.code().describe(e.getMessage());
    }

    /** The failure as an {@link InputError}: its code and its plain message. */
    public static InputError asInputError(Throwable t) {
        if (t == null) {
            return new InputError(ErrorCode.INTERNAL, "unknown failure");
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputError e) {
                return e;
            }
        }
        Throwable root = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
        return classify(root);
    }

    private static InputError classify(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof ExtractionTimeoutException) {
            return new InputError(ErrorCode.TIMEOUT, m, t);
        }
        if (t instanceof NoSuchFileException e) {
            return new InputError(ErrorCode.NOT_FOUND, "no such file: " + e.getFile(), t);
        }
        if (t instanceof AccessDeniedException e) {
            return new InputError(ErrorCode.UNREADABLE, "permission denied: " + e.getFile(), t);
        }
        if (t instanceof FileSystemException e) {
            return new InputError(ErrorCode.UNREADABLE, e.getFile() + ": " + (e.getReason() == null ? m : e.getReason()), t);
        }
        if (t instanceof ZipException || t instanceof EOFException) {
            return new InputError(ErrorCode.BAD_COMPRESSION, "damaged or truncated gzip data (" + m + ")", t);
        }
        if (t instanceof CharacterCodingException) {
            return new InputError(ErrorCode.BAD_ENCODING, "the bytes are not valid UTF-8", t);
        }
        if (t instanceof OutOfMemoryError) {
            return new InputError(ErrorCode.TOO_LARGE, "not enough memory for this document; give Pith more heap "
                    + "(PITH_JAVA_OPTS=-Xmx2g) or fewer workers (-j)");
        }
        if (t instanceof StackOverflowError) {
            return new InputError(ErrorCode.TOO_LARGE, "the document is nested too deeply");
        }
        if (t instanceof IOException && OUTPUT_FAILURES.stream().anyMatch(m::contains)) {
            return new InputError(ErrorCode.OUTPUT, "cannot write the output (" + m + "); stopped", t);
        }
        if (t instanceof IOException) {
            return new InputError(ErrorCode.UNREADABLE, m.isEmpty() ? "read failed" : m, t);
        }
        return new InputError(ErrorCode.INTERNAL, "unexpected failure in Pith"
                + (m.isEmpty() ? "" : ": " + m) + " (please report it with the input)", t);
    }
}
