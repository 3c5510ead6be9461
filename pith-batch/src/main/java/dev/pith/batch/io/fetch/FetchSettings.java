package dev.pith.batch.io.fetch;

import java.time.Duration;

/**
 * How pages are fetched.
 *
 * @param userAgent      sent with every request and matched against robots.txt groups
 * @param connectTimeout time to open a connection
 * @param readTimeout    time to receive a whole response once connected
 * @param maxRedirects   redirects followed before giving up
 * @param maxBytes       largest response body accepted, before and after content decoding
 * @param hostDelay      pause between two requests to the same host (politeness)
 * @param robots         honour robots.txt
 * @param lookahead      URLs fetched ahead of the extraction workers (and fetch threads)
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                            long maxBytes, Duration hostDelay, boolean robots, int lookahead) {

    /** The name robots.txt groups are matched against. */
    public static final String ROBOTS_NAME = "pith";
    public static final String DEFAULT_USER_AGENT =
            "pith/0.1 (main-content extractor; use --user-agent to add a contact address)";

    public static final FetchSettings DEFAULTS = new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 5, 10L * 1024 * 1024, Duration.ofSeconds(1), true, 32);

    public FetchSettings {
        if (maxRedirects < 0 || maxBytes <= 0 || lookahead < 1) {
            throw new IllegalArgumentException("redirects >= 0, max bytes > 0 and lookahead >= 1 required");
        }
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxRedirects, maxBytes, delay, robots,
                lookahead);
    }

    public FetchSettings withReadTimeout(Duration timeout) {
        return new FetchSettings(userAgent, connectTimeout, timeout, maxRedirects, maxBytes, hostDelay, robots,
                lookahead);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxRedirects, bytes, hostDelay, robots,
                lookahead);
    }

    public FetchSettings withRobots(boolean honour) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxRedirects, maxBytes, hostDelay, honour,
                lookahead);
    }
}
