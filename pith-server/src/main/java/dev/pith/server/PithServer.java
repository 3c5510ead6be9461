package dev.pith.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server of {@code pith serve}, on the JDK's built-in {@code HttpServer}: a JSON API
 * needs routing by path, bodies and headers, which it has, and no dependency keeps the jar
 * small and the attack surface known. Connections are served by a pool of light I/O threads;
 * extraction runs on the bounded {@link WorkerPool}, so a slow upload never holds a CPU worker
 * and a full server answers 503 at once.
 */
public final class PithServer implements AutoCloseable {

    /** I/O threads beyond the workers and queue, so a request always reaches its 503. */
    private static final int SPARE_IO_THREADS = 16;
    private static final int BACKLOG = 256;
    /** The JDK server closes a connection whose request or response takes longer (seconds). */
    private static final String MAX_EXCHANGE_SECONDS = "120";

    private final HttpServer server;
    private final ExecutorService io;
    private final WorkerPool pool;
    private final ServerMetrics metrics;

    private PithServer(ServerSettings s) throws IOException {
        configureJdkServer();
        pool = new WorkerPool(s.workers(), s.queue());
        metrics = new ServerMetrics(pool);
        server = HttpServer.create(new InetSocketAddress(s.host(), s.port()), BACKLOG);
        AtomicInteger n = new AtomicInteger();
        io = Executors.newFixedThreadPool(s.workers() + s.queue() + SPARE_IO_THREADS, r -> {
            Thread t = new Thread(r, "pith-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(io);
        routes(s);
    }

    /** Starts a server; {@code settings.port()} 0 picks a free port (see {@link #port()}). */
    public static PithServer start(ServerSettings settings) throws IOException {
        PithServer s = new PithServer(settings);
        s.server.start();
        return s;
    }

    private void routes(ServerSettings s) {
        long body = s.maxBodyBytes();
        PageFetch fetch = s.allowFetch() ? new PageFetch(s.fetch(), s.trustedAddresses()) : null;
        server.createContext("/v1/extract", Endpoint.exact("/v1/extract", "POST",
                new ExtractEndpoint(pool, s.timeBudget(), fetch), body, metrics));
        server.createContext("/v1/clean", Endpoint.exact("/v1/clean", "POST",
                new CleanEndpoint(pool, s.timeBudget()), body, metrics));
        server.createContext("/v1/dedup", Endpoint.exact("/v1/dedup", "POST",
                new DedupEndpoint(pool, s.timeBudget(), s.maxDedupDocs()), body, metrics));
        server.createContext("/healthz", Endpoint.exact("/healthz", "GET", r -> health(s), 0, metrics));
        server.createContext("/metrics", Endpoint.exact("/metrics", "GET",
                r -> Reply.text(200, ServerMetrics.CONTENT_TYPE, metrics.scrape()), 0, metrics));
        StaticAssets assets = new StaticAssets();
        server.createContext("/", Endpoint.matching("/", assets::serves, "GET",
                r -> assets.get(r.path()), metrics));
    }

    private Reply health(ServerSettings s) {
        ObjectNode o = Reply.MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("workers", s.workers());
        o.put("busy", pool.busy());
        o.put("queued", pool.queued());
        o.put("fetch", s.allowFetch());
        return Reply.ok(o);
    }

    /**
     * The JDK server's settings, read once when it first starts; an operator's own values win.
     * Slow or stalled clients must not hold an I/O thread forever. And answers go out without
     * Nagle's delay: the server writes the headers, then the body, and with Nagle on the body
     * waits for the client to acknowledge the headers, which a client that delays its
     * acknowledgements does for up to 40 ms on every answer.
     */
    private static void configureJdkServer() {
        setUnlessSet("sun.net.httpserver.maxReqTime", MAX_EXCHANGE_SECONDS);
        setUnlessSet("sun.net.httpserver.maxRspTime", MAX_EXCHANGE_SECONDS);
        setUnlessSet("sun.net.httpserver.nodelay", "true");
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = server.getAddress().getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        io.shutdownNow();
        pool.close();
        metrics.close();
    }
}
