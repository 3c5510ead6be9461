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
        if (t == null) {
            return ErrorCode.INTERNAL.describe("unknown failure");
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputError e) {
                return e.code().describe(e.getMessage());
            }
        }
        Throwable root = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
        return classify(root);
    }

    private static String classify(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof ExtractionTimeoutException) {
            return ErrorCode.TIMEOUT.describe(m);
        }
        if (t instanceof NoSuchFileException e) {
            return ErrorCode.NOT_FOUND.describe("no such file: " + e.getFile());
        }
        if (t instanceof AccessDeniedException e) {
            return ErrorCode.UNREADABLE.describe("permission denied: " + e.getFile());
        }
        if (t instanceof FileSystemException e) {
            return ErrorCode.UNREADABLE.describe(e.getFile() + ": " + (e.getReason() == null ? m : e.getReason()));
        }
        if (t instanceof ZipException || t instanceof EOFException) {
            return ErrorCode.BAD_COMPRESSION.describe("damaged or truncated gzip data (" + m + ")");
        }
        if (t instanceof CharacterCodingException) {
            return ErrorCode.BAD_ENCODING.describe("the bytes are not valid UTF-8");
        }
        if (t instanceof OutOfMemoryError) {
            return ErrorCode.TOO_LARGE.describe("not enough memory for this document; give Pith more heap "
                    + "(PITH_JAVA_OPTS=-Xmx2g) or fewer workers (-j)");
        }
        if (t instanceof StackOverflowError) {
            return ErrorCode.TOO_LARGE.describe("the document is nested too deeply");
        }
        if (t instanceof IOException && OUTPUT_FAILURES.stream().anyMatch(m::contains)) {
            return ErrorCode.OUTPUT.describe("cannot write the output (" + m + "); stopped");
        }
        if (t instanceof IOException) {
            return ErrorCode.UNREADABLE.describe(m.isEmpty() ? "read failed" : m);
        }
        return ErrorCode.INTERNAL.describe("unexpected failure in Pith"
                + (m.isEmpty() ? "" : ": " + m) + " (please report it with the input)");
    }
}
