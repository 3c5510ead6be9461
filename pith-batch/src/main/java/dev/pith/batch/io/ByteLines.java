package dev.pith.batch.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code '\n'}-separated lines as bytes, holding at most {@code maxBytes} of any one line:
 * a longer line is returned empty and flagged, so that one huge record costs an error, not the
 * heap. Splitting on the byte {@code '\n'} is safe in UTF-8 (it is never part of a multi-byte
 * character); decoding is left to the caller, which can then report a bad line by its number.
 */
public final class ByteLines implements Closeable {

    private static final int READ_BYTES = 1 << 16;
    private static final int FIRST_LINE_BYTES = 1 << 12;
    /** The largest byte array the JVM allocates (a few header words below {@code Integer.MAX_VALUE}). */
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    /**
     * One line, without its {@code '\n'}.
     *
     * @param number  1-based line number
     * @param bytes   the line's bytes; empty when {@code tooLong}
     * @param tooLong the line was longer than the limit and was skipped
     */
    public record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[READ_BYTES];
    private int pos;
    private int limit;
    private long number;
    private byte[] line = new byte[FIRST_LINE_BYTES];
    private int length;
    private boolean tooLong;
    private boolean heapFull;

    /**
     * A line limit as this class takes it: {@code maxBytes}, or the largest array Java allows
     * when more is asked (a line limit given in megabytes can pass an {@code int}).
     */
    public static int lineLimit(long maxBytes) {
        return (int) Math.min(maxBytes, MAX_ARRAY_BYTES);
    }

    public ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        length = 0;
        tooLong = false;
        heapFull = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return length > 0 || tooLong ? line() : null;
                }
            }
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++; // the '\n'
                return line();
            }
        }
    }

    private Line line() {
        number++;
        int from = number == 1 && startsWithBom() ? BOM.length : 0; // an editor's byte-order mark is not data
        byte[] bytes = new byte[0];
        if (!tooLong) {
            try {
                bytes = Arrays.copyOfRange(line, from, length);
            } catch (OutOfMemoryError e) {
                tooLong = true; // the line and its copy did not both fit: dropped as in append
                heapFull = true;
            }
        }
        if (line.length > READ_BYTES * 16) {
            line = new byte[FIRST_LINE_BYTES]; // a long line's buffer is not kept for the short ones after it
        }
        return new Line(number, bytes, tooLong);
    }

    private boolean startsWithBom() {
        return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
    }

    private void append(int from, int to) {
        int len = to - from;
        if (tooLong || length + (long) len > maxBytes) {
            tooLong = true;
            return;
        }
        if (length + len > line.length) {
            try {
                line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(length + len, 2L * line.length)));
            } catch (OutOfMemoryError e) {
                // a limit raised past what the heap holds: this line is dropped as too long, the run goes on
                line = new byte[FIRST_LINE_BYTES];
                tooLong = true;
                heapFull = true;
                return;
            }
        }
        System.arraycopy(buf, from, line, length, len);
        length += len;
    }

    /** True when the last line was flagged too long because the heap could not hold it, under the limit. */
    public boolean heapFull() {
        return heapFull;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
