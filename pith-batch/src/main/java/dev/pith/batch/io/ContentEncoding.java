package dev.pith.batch.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes an HTTP {@code Content-Encoding} (gzip, deflate; identity passes through) with a cap
 * on the inflated size, so a small compression bomb cannot exhaust memory. Brotli is not
 * supported by the JDK and is reported as an error rather than guessed at.
 */
public final class ContentEncoding {

    private ContentEncoding() {
    }

    /**
     * @param body     the body as sent
     * @param encoding the {@code Content-Encoding} header value; null or blank for none
     * @param maxBytes the largest inflated body accepted
     */
    public static byte[] decode(byte[] body, String encoding, long maxBytes) throws IOException {
        String coding = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        switch (coding) {
            case "", "identity", "none" -> {
                return body;
            }
            case "gzip", "x-gzip" -> {
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
            }
            case "deflate" -> {
                return inflate(body, maxBytes);
            }
            default -> throw new InputError(ErrorCode.BAD_COMPRESSION, "unsupported content encoding: " + coding);
        }
    }

    /** "deflate" is zlib-wrapped by the standard but raw deflate on some servers: try both. */
    private static byte[] inflate(byte[] body, long maxBytes) throws IOException {
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater()), maxBytes);
        } catch (ZipException zlibFailed) {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxBytes);
        }
    }

    /** Reads at most {@code maxBytes}; more is an error, not a silent truncation. */
    public static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputError(ErrorCode.TOO_LARGE, "document larger than " + sizeLabel(maxBytes));
            }
            return bytes;
        }
    }

    /** A size for messages: "64 MB", "500 KB" or "100 bytes". */
    public static String sizeLabel(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
