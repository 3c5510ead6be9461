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

    private final HttpExchange exchange;
    private final long maxBodyBytes;

    Request(HttpExchange exchange, long maxBodyBytes) {
        this.exchange = exchange;
        this.maxBodyBytes = maxBodyBytes;
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
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (declared != null && parseLength(declared) > maxBodyBytes) {
            drain(in);
            throw tooLarge();
        }
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

    private static long parseLength(String value) {
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
