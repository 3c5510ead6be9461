package dev.pith.server;

import dev.pith.batch.io.fetch.FetchSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pith serve}: starts the HTTP API and the review page, and runs until stopped. */
@Command(name = "pith serve", mixinStandardHelpOptions = true,
        description = {"Serves the extractor over HTTP: POST /v1/extract, /v1/clean, /v1/dedup; GET /healthz,"
                + " /metrics; and a review page at / that shows what was kept and which rule dropped the rest."})
public final class ServeCommand implements Callable<Integer> {

    private static final long MIB = 1024L * 1024;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server).")
    String host;

    @Option(names = "--workers", description = "Extractions at once (default: one per core).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", defaultValue = "" + ServerSettings.DEFAULT_QUEUE,
            description = "Requests waiting for a worker before 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body-mb", defaultValue = "10",
            description = "Largest request body in MiB; larger gets 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyMb;

    @Option(names = "--timeout", defaultValue = "10",
            description = "Seconds one extraction may take; longer gets 504 (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-dedup-docs", defaultValue = "" + ServerSettings.DEFAULT_MAX_DEDUP_DOCS,
            description = "Most documents in one /v1/dedup request (default: ${DEFAULT-VALUE}).")
    int maxDedupDocs;

    @Option(names = "--allow-fetch", description = "Let requests name a \"url\" for the server to fetch (public"
            + " addresses only, robots.txt obeyed). Off by default.")
    boolean allowFetch;

    @Option(names = "--trust-address", paramLabel = "IP", description = "With --allow-fetch: also fetch from this"
            + " private address (repeatable), e.g. an intranet host you mean to expose.")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--user-agent", description = "User-Agent for fetches (add a contact address).")
    String userAgent = FetchSettings.DEFAULT_USER_AGENT;

    @Override
    public Integer call() throws Exception {
        Set<InetAddress> trust = new HashSet<>();
        for (String ip : trusted) {
            trust.add(InetAddress.getByName(ip));
        }
        FetchSettings f = ServerSettings.DEFAULT_FETCH;
        FetchSettings fetch = new FetchSettings(userAgent, f.connectTimeout(), f.readTimeout(), f.maxRedirects(),
                maxBodyMb * MIB, f.hostDelay(), true, f.lookahead());
        ServerSettings settings = new ServerSettings(host, port, workers, queue, maxBodyMb * MIB,
                Duration.ofSeconds(timeoutSeconds), maxDedupDocs, allowFetch, fetch, trust);
        PithServer server = PithServer.start(settings);
        // runs until the process is told to stop (Ctrl-C, SIGTERM): then close and return
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "pith-shutdown"));
        System.err.println("pith serve: listening on " + server.uri() + " (" + workers + " workers, fetch "
                + (allowFetch ? "on" : "off") + ")");
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
