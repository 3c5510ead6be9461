package dev.pith.batch.io.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pith.batch.io.TestPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A test web site on 127.0.0.1 (a port of its own: a "host" for politeness): pages, redirects,
 * errors, slow, oversized and non-HTML responses, and a robots.txt. It counts requests in flight
 * to check that a fetcher never opens two at once: a request counts from its arrival until just
 * before its response headers go out, so a polite client (which waits for the headers before it
 * sends the next request) can never be counted twice, however slowly the server threads run.
 */
public final class LocalSite implements AutoCloseable {

    static final int OVERSIZED_BYTES = 2 * 1024 * 1024;
    static final long SLOW_MILLIS = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final String robots;
    private final int robotsStatus;
    private final long robotsDelayMillis;

    public LocalSite(String robots, int robotsStatus) throws IOException {
        this(robots, robotsStatus, 0);
    }

    /** A site whose robots.txt answers only after {@code robotsDelayMillis}. */
    public LocalSite(String robots, int robotsStatus, long robotsDelayMillis) throws IOException {
        this.robots = robots;
        this.robotsStatus = robotsStatus;
        this.robotsDelayMillis = robotsDelayMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public LocalSite() throws IOException {
        this("User-agent: *\nDisallow: /private\n", 200);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        if (path.equals("/robots.txt") && robotsDelayMillis > 0) {
            sleep(robotsDelayMillis);
        }
        if (path.equals("/slow")) { // not counted in flight: the client gives up while it sleeps
            sleep(SLOW_MILLIS);
            send(ex, 200, "text/html", TestPages.utf8("Slow", "slow"));
            return;
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        ex.setAttribute(OPEN, new java.util.concurrent.atomic.AtomicBoolean(true));
        try {
            route(ex, path);
        } catch (IOException clientGone) {
            // the client cancelled (oversized body): nothing to do
        } finally {
            answered(ex);
            ex.close();
        }
    }

    private static final String OPEN = "open";

    /** The request stops counting as in flight: its headers are about to be sent. */
    private void answered(HttpExchange ex) {
        Object open = ex.getAttribute(OPEN);
        if (open instanceof java.util.concurrent.atomic.AtomicBoolean b && b.getAndSet(false)) {
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange ex, String path) throws IOException {
        if (path.equals("/robots.txt")) {
            send(ex, robotsStatus, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/redirect/")) {
            int n = Integer.parseInt(path.substring("/redirect/".length()));
            ex.getResponseHeaders().add("Location", n == 0 ? "/page/redirected" : "/redirect/" + (n - 1));
            send(ex, 302, "text/html", new byte[0]);
        } else if (path.startsWith("/status/")) {
            send(ex, Integer.parseInt(path.substring("/status/".length())), "text/html",
                    TestPages.utf8("Error", "error"));
        } else if (path.equals("/pdf")) {
            send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        } else if (path.equals("/big")) {
            send(ex, 200, "text/html", new byte[OVERSIZED_BYTES]);
        } else if (path.equals("/big-chunked")) {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            answered(ex);
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < OVERSIZED_BYTES / chunk.length; i++) {
                    out.write(chunk);
                }
            }
        } else if (path.equals("/gzip")) {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", compress(TestPages.utf8("Zipped", "zipped"), true));
        } else if (path.equals("/deflate")) {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            send(ex, 200, "text/html; charset=utf-8", compress(TestPages.utf8("Deflated", "deflated"), false));
        } else {
            String name = path.substring(path.lastIndexOf('/') + 1);
            send(ex, 200, "text/html; charset=utf-8", TestPages.utf8("Page " + name, "page" + name));
        }
    }

    private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        answered(ex);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] compress(byte[] b, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
