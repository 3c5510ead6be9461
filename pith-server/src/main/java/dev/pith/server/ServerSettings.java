package dev.pith.server;

import dev.pith.batch.io.fetch.FetchSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

/**
 * How {@code pith serve} runs.
 *
 * @param host           the address to listen on (loopback by default: expose it on purpose)
 * @param port           the port; 0 picks a free one
 * @param workers        extractions run at once (CPU-bound: about one per core)
 * @param queue          requests waiting for a worker before the server answers 503
 * @param maxBodyBytes   largest request body accepted (413 above)
 * @param timeBudget     longest one extraction, cleaning or dedup may take (504 after)
 * @param maxDedupDocs   most documents in one {@code /v1/dedup} batch
 * @param allowFetch     whether a request may name a {@code url} for the server to fetch
 * @param fetch          how pages are fetched when allowed
 * @param trustedAddresses addresses a fetch may reach although they are private (tests, an
 *                       intranet the operator means to expose); empty by default
 */
public record ServerSettings(String host, int port, int workers, int queue, long maxBodyBytes, Duration timeBudget,
                             int maxDedupDocs, boolean allowFetch, FetchSettings fetch,
                             Set<InetAddress> trustedAddresses) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);
    /** Enough waiting requests to ride out a burst, few enough that a client hears 503 quickly. */
    public static final int DEFAULT_QUEUE = 64;
    public static final int DEFAULT_MAX_DEDUP_DOCS = 1000;
    /** A service fetches on behalf of others: shorter waits than the CLI, the same size cap as bodies. */
    public static final FetchSettings DEFAULT_FETCH = FetchSettings.DEFAULTS.withReadTimeout(Duration.ofSeconds(10))
            .withMaxBytes(DEFAULT_MAX_BODY_BYTES);

    public ServerSettings {
        if (workers < 1 || queue < 0 || maxBodyBytes < 1 || maxDedupDocs < 1) {
            throw new IllegalArgumentException("workers >= 1, queue >= 0, max body >= 1 and max dedup docs >= 1");
        }
        if (timeBudget == null || timeBudget.isZero() || timeBudget.isNegative()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
        trustedAddresses = Set.copyOf(trustedAddresses);
    }

    /** The defaults: loopback:8080, one worker per core, 10 MB bodies, 10 s per request, no fetching. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", DEFAULT_PORT, Runtime.getRuntime().availableProcessors(),
                DEFAULT_QUEUE, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_BUDGET, DEFAULT_MAX_DEDUP_DOCS, false,
                DEFAULT_FETCH, Set.of());
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, workers, queue, maxBodyBytes, timeBudget, maxDedupDocs, allowFetch, fetch,
                trustedAddresses);
    }

    public ServerSettings withPool(int workerCount, int queueLength) {
        return new ServerSettings(host, port, workerCount, queueLength, maxBodyBytes, timeBudget, maxDedupDocs,
                allowFetch, fetch, trustedAddresses);
    }

    public ServerSettings withLimits(long bodyBytes, Duration budget, int dedupDocs) {
        return new ServerSettings(host, port, workers, queue, bodyBytes, budget, dedupDocs, allowFetch, fetch,
                trustedAddresses);
    }

    public ServerSettings withFetch(boolean allow, FetchSettings settings, Set<InetAddress> trusted) {
        return new ServerSettings(host, port, workers, queue, maxBodyBytes, timeBudget, maxDedupDocs, allow, settings,
                trusted);
    }
}
