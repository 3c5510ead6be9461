package dev.pith.batch.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a command writes: the {@code -o} file, or standard output. */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Opens {@code file}, or standard output when it is null. Closing standard output only
     * flushes it: the JVM still needs it for the summary line and for later writes.
     */
    public static OutputStream open(Path file) throws IOException {
        return open(file, false);
    }

    /** The same, appending to the file when {@code append} (a resumed run) instead of replacing it. */
    public static OutputStream open(Path file, boolean append) throws IOException {
        if (file != null) {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new InputError(ErrorCode.NOT_FOUND, "cannot write " + file + ": no such directory " + dir);
            }
            return append ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
        }
        // the file descriptor, not System.out: a PrintStream hides a closed pipe or a full disk
        return new FilterOutputStream(new FileOutputStream(FileDescriptor.out)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                // FilterOutputStream would write the array one byte at a time.
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
