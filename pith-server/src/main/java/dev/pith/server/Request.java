package dev.pith.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request as an endpoint sees it: its Content-Type, query parameters and a size-capped body. */
final class Request {

    /** A client that sends a too-large body gets its 413 once this much more has been read and thrown away. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    private static final int BUFFER = 16 * 1024;
    /**
     * Bodies up to this declared size are read into an array allocated before they arrive: most
     * pages are smaller, and the I/O threads times this stays a small part of the heap.
     */
    private static final int PREALLOCATED_BODY = 1024 * 1024;
    /** The largest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final HttpExchange exchange;
    private final long maxBodyBytes;
    private final RequestTiming timing;

    Request(HttpExchange exchange, long maxBodyBytes, RequestTiming timing) {
        this.exchange = exchange;
        this.maxBodyBytes = maxBodyBytes;
        this.timing = timing;
    }

    /** Where this request's time goes, for the {@code Server-Timing} header. */
    RequestTiming timing() {
        return timing;
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    String contentType() {
        return exchange.getRequestHeaders().getFirst("Content-Type");
    }

    /** The query string's parameters, decoded; the last value of a repeated name wins. */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(name), decode(value));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * The body, at most {@code maxBodyBytes}. A declared or actual larger body is refused with
     * 413; what the client still sends is read and dropped (up to a limit) so that it hears the
     * answer instead of a reset connection.
     */
    byte[] body() throws ApiError, IOException {
        long declared = parseLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        InputStream in = exchange.getRequestBody();
        if (declared > maxBodyBytes) {
            drain(in);
            throw tooLarge();
        }
        return declared >= 0 && declared <= MAX_ARRAY ? exactly(in, (int) declared) : upToLimit(in);
    }

    /**
     * A body of a declared length. Up to {@link #PREALLOCATED_BODY} it is read straight into one
     * array of that size: {@code InputStream.readNBytes(int)} would read it in 8 KB pieces and
     * copy them into a new array at the end, twice the allocation and one more copy of every
     * page, and short-lived arrays are what the collector's pauses are made of. A larger
     * declared length is not trusted with an array of its size before the bytes arrive (many
     * connections declaring the limit and sending nothing would fill the heap): those bodies are
     * read in pieces as they come.
     */
    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] body;
        if (length <= PREALLOCATED_BODY) {
            body = new byte[length];
            int read = in.readNBytes(body, 0, length);
            if (read < length) {
                throw endedEarly(read, length);
            }
        } else {
            body = in.readNBytes(length);
            if (body.length < length) {
                throw endedEarly(body.length, length);
            }
        }
        return body;
    }

    private static IOException endedEarly(int read, int length) {
        return new IOException("the body ended after " + read + " of " + length + " bytes");
    }

    /** A body of no declared length (chunked), read until it ends or passes the limit. */
    private byte[] upToLimit(InputStream in) throws ApiError, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[BUFFER];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            if (out.size() > maxBodyBytes) {
                drain(in);
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }

    private ApiError tooLarge() {
        exchange.getResponseHeaders().set("Connection", "close");
        return ApiError.tooLarge("request body larger than the limit of " + maxBodyBytes + " bytes");
    }

    /** The declared length, or -1 when there is none (or it is not a number). */
    private static long parseLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[BUFFER];
        long read = 0;
        for (int n; read < DRAIN_LIMIT && (n = in.read(buf)) > 0; ) {
            read += n;
        }
    }
}
