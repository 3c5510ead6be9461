package dev.pith.cli;

import dev.pith.batch.io.fetch.FetchSettings;
import dev.pith.batch.io.FileInputs;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The fetching options of commands that take URLs, as a picocli mixin; defaults come from
 * {@link FetchSettings#DEFAULTS}, except the page size limit, which is one limit for every kind
 * of input (files, standard input, WARC records and URLs alike).
 */
public final class FetchOptions {

    private static final FetchSettings DEFAULTS = FetchSettings.DEFAULTS;
    private static final long MB = 1024 * 1024;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

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

    long maxPageMb = FileInputs.MAX_DOCUMENT_BYTES / MB;

    @Option(names = "--max-page-mb", paramLabel = "MB",
            description = "Largest page accepted, in MB, once inflated: a file, standard input, a WARC record or a"
                    + " fetched response (also before decompression); larger ones get a too-large error"
                    + " (default: 64).")
    void maxPageMb(long mb) {
        if (mb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-page-mb must be at least 1, got " + mb);
        }
        maxPageMb = mb;
    }

    @Option(names = "--ignore-robots", description = "Do not honour robots.txt (only for sites you own).")
    boolean ignoreRobots = !DEFAULTS.robots();

    @Option(names = "--fetch-ahead", description = "URLs fetched in parallel ahead of extraction (default: ${DEFAULT-VALUE}).")
    int lookahead = DEFAULTS.lookahead();

    /** The largest page accepted from any input, in bytes. */
    long maxPageBytes() {
        return maxPageMb * MB;
    }

    FetchSettings settings() {
        return new FetchSettings(userAgent, Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(readTimeoutSeconds), maxRedirects, maxPageBytes(),
                Duration.ofMillis(hostDelayMillis), !ignoreRobots, lookahead);
    }
}
