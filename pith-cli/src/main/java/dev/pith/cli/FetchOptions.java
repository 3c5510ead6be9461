package dev.pith.cli;

import dev.pith.batch.io.fetch.FetchSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The fetching options of commands that take URLs, as a picocli mixin; defaults come from
 * {@link FetchSettings#DEFAULTS}. The page size limit is not here: it is one limit for every kind
 * of input ({@link PageSizeOption}).
 */
public final class FetchOptions {

    private static final FetchSettings DEFAULTS = FetchSettings.DEFAULTS;

    @Option(names = "--user-agent", description = "User-Agent header; please add a contact address (default: pith/0.1 ...).")
    String userAgent = DEFAULTS.userAgent();

    @Option(names = "--host-delay", description = "Milliseconds between two requests to the same host (default: ${DEFAULT-VALUE}).")
    long hostDelayMillis = DEFAULTS.hostDelay().toMillis();

    @Option(names = "--connect-timeout", description = "Seconds to open a connection (default: ${DEFAULT-VALUE}).")
    long connectTimeoutSeconds = DEFAULTS.connectTimeout().toSeconds();

    @Option(names = "--read-timeout", description = "Seconds to receive a whole response (default: ${DEFAULT-VALUE}).")
    long readTimeoutSeconds = DEFAULTS.readTimeout().toSeconds();

    @Option(names = "--max-redirects", description = "Redirects followed per URL (default: ${DEFAULT-VALUE}).")
    int maxRedirects = DEFAULTS.maxRedirects();

    @Option(names = "--ignore-robots", description = "Do not honour robots.txt (only for sites you own).")
    boolean ignoreRobots = !DEFAULTS.robots();

    @Option(names = "--fetch-ahead", description = "URLs fetched in parallel ahead of extraction (default: ${DEFAULT-VALUE}).")
    int lookahead = DEFAULTS.lookahead();

    /** The settings, with the largest response accepted, in bytes. */
    FetchSettings settings(long maxPageBytes) {
        return new FetchSettings(userAgent, Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(readTimeoutSeconds), maxRedirects, maxPageBytes,
                Duration.ofMillis(hostDelayMillis), !ignoreRobots, lookahead);
    }
}
