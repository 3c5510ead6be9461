package dev.pith.cli.io.fetch;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The fetching options of commands that take URLs, as a picocli mixin. */
public final class FetchOptions {

    @Option(names = "--user-agent", description = "User-Agent header; please add a contact address (default: pith/0.1 ...).")
    String userAgent = FetchSettings.DEFAULT_USER_AGENT;

    @Option(names = "--host-delay", defaultValue = "1000",
            description = "Milliseconds between two requests to the same host (default: ${DEFAULT-VALUE}).")
    long hostDelayMillis;

    @Option(names = "--connect-timeout", defaultValue = "10",
            description = "Seconds to open a connection (default: ${DEFAULT-VALUE}).")
    long connectTimeoutSeconds;

    @Option(names = "--read-timeout", defaultValue = "30",
            description = "Seconds to receive a whole response (default: ${DEFAULT-VALUE}).")
    long readTimeoutSeconds;

    @Option(names = "--max-redirects", defaultValue = "5",
            description = "Redirects followed per URL (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--max-page-mb", defaultValue = "10",
            description = "Largest page accepted, in MB, before and after decompression (default: ${DEFAULT-VALUE}).")
    long maxPageMb;

    @Option(names = "--ignore-robots", description = "Do not honour robots.txt (only for sites you own).")
    boolean ignoreRobots;

    @Option(names = "--fetch-ahead", defaultValue = "32",
            description = "URLs fetched in parallel ahead of extraction (default: ${DEFAULT-VALUE}).")
    int lookahead;

    public FetchSettings settings() {
        return new FetchSettings(userAgent, Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(readTimeoutSeconds), maxRedirects, maxPageMb * 1024 * 1024,
                Duration.ofMillis(hostDelayMillis), !ignoreRobots, lookahead);
    }
}
