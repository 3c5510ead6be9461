package dev.pith.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One route: checks path and method, runs its handler, answers every failure as JSON with a
 * stable code, adds the security headers, and counts the request in the metrics. No exception
 * leaves it: an unexpected one is logged and answered 500.
 */
final class Endpoint implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());

    /**
     * The page and the API share one origin; nothing the page shows may run script or load
     * from elsewhere, so even a sanitiser slip cannot run the extracted page's code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    /** Handles a request whose path and method already match. */
    @FunctionalInterface
    interface Handler {
        Reply handle(Request request) throws ApiError, IOException;
    }

    private final String route;
    private final Predicate<String> paths;
    private final String method;
    private final Handler handler;
    private final long maxBodyBytes;
    private final ServerMetrics metrics;

    private Endpoint(String route, Predicate<String> paths, String method, Handler handler, long maxBodyBytes,
                     ServerMetrics metrics) {
        this.route = route;
        this.paths = paths;
        this.method = method;
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    /** A route answering exactly {@code path}. */
    static Endpoint exact(String path, String method, Handler handler, long maxBodyBytes, ServerMetrics metrics) {
        return new Endpoint(path, path::equals, method, handler, maxBodyBytes, metrics);
    }

    /** A route answering every path {@code paths} accepts, counted in the metrics as {@code route}. */
    static Endpoint matching(String route, Predicate<String> paths, String method, Handler handler,
                             ServerMetrics metrics) {
        return new Endpoint(route, paths, method, handler, 0, metrics);
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        RequestTiming timing = new RequestTiming();
        Reply reply = answer(exchange, timing);
        try {
            send(exchange, reply, timing);
        } catch (IOException clientGone) {
            LOG.log(Level.FINE, "client went away", clientGone);
        } finally {
            exchange.close();
            metrics.record(route, exchange.getRequestMethod(), reply.status(), System.nanoTime() - start);
        }
    }

    private Reply answer(HttpExchange exchange, RequestTiming timing) {
        try {
            if (!paths.test(exchange.getRequestURI().getPath())) {
                throw new ApiError(404, "not_found", "no such endpoint: " + exchange.getRequestURI().getPath());
            }
            String asked = exchange.getRequestMethod();
            if (!method.equals(asked) && !(method.equals("GET") && asked.equals("HEAD"))) {
                exchange.getResponseHeaders().set("Allow", method);
                throw new ApiError(405, "method_not_allowed", route + " answers " + method + " only");
            }
            return handler.handle(new Request(exchange, maxBodyBytes, timing));
        } catch (ApiError e) {
            metrics.error(e.code());
            return Reply.error(e);
        } catch (IOException e) {
            metrics.error("bad_request");
            return Reply.error(new ApiError(400, "bad_request", "could not read the request: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure on " + route, e);
            metrics.error("internal");
            return Reply.error(new ApiError(500, "internal", "internal error: " + e.getClass().getSimpleName()));
        }
    }

    private static void send(HttpExchange exchange, Reply reply, RequestTiming timing) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set(RequestTiming.HEADER, timing.header());
        headers.set("Content-Type", reply.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
