package dev.pith.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web site on 127.0.0.1 for fetch tests: an article, redirects to any target, a page that is
 * not HTML, a robots.txt that keeps out of /private, and /hold, which answers only once released
 * (to keep a worker busy).
 */
final class TestSite implements AutoCloseable {

    static final String ARTICLE = "<!DOCTYPE html><html><head><title>Local news</title></head><body>"
            + "<nav><a href='/'>Home</a></nav><article><h1>Local news</h1>"
            + "<p>The local council met on Tuesday to discuss the bridge, which has been closed for repairs since"
            + " the spring floods damaged two of its supports and left the river path impassable.</p>"
            + "<p>Engineers said the work would take another month, and that the bridge would reopen to"
            + " walkers first, then to cyclists, once the new railings are in place and inspected.</p>"
            + "</article></body></html>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-site");
        t.setDaemon(true);
        return t;
    });
    final CountDownLatch holdArrived = new CountDownLatch(1);
    final CountDownLatch holdRelease = new CountDownLatch(1);

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery();
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n");
            case "/article", "/private" -> send(ex, 200, "text/html; charset=utf-8", ARTICLE);
            case "/pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4");
            case "/redirect" -> {
                ex.getResponseHeaders().set("Location", query.substring("to=".length()));
                send(ex, 302, "text/plain", "");
            }
            case "/hold" -> {
                holdArrived.countDown();
                await(holdRelease);
                send(ex, 200, "text/html", ARTICLE);
            }
            default -> send(ex, 404, "text/plain", "not found");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        holdRelease.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
