package dev.pith.server;

import dev.pith.batch.io.InputError;
import dev.pith.batch.io.fetch.FetchSettings;
import dev.pith.batch.io.fetch.Fetcher;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches the page a request names, as the CLI does (robots.txt, size cap, timeouts, polite
 * per-host pacing) but only from public addresses ({@link AddressPolicy}), and turns each
 * failure into an answer: 403 for a refused address or robots.txt, 422 for a page that is not
 * HTML, 504 for a timeout, 502 for the rest.
 */
final class PageFetch {

    /** Bytes looked at for markup. */
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int BINARY_SNIFF_BYTES = 1024;

    /** A page to extract: bytes, URL and Content-Type. */
    record Page(byte[] body, String url, String contentType) {
    }

    /**
     * A fetcher remembers every host's robots.txt and pacing for as long as it lives: right for a
     * batch run, a slow leak and stale rules for a server that runs for weeks. The server starts
     * a fresh one this often (RFC 9309 asks not to keep robots.txt longer than a day).
     */
    static final Duration FETCHER_LIFETIME = Duration.ofHours(1);

    private final FetchSettings settings;
    private final AddressPolicy policy;
    private final AtomicReference<Generation> current;

    /** A fetcher and when it was made. */
    private record Generation(Fetcher fetcher, long bornNanos) {
    }

    PageFetch(FetchSettings settings, Set<InetAddress> trusted) {
        this(settings, new AddressPolicy(trusted));
    }

    /** A page fetch that judges addresses with {@code policy} (tests give it a resolver of their own). */
    PageFetch(FetchSettings settings, AddressPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.current = new AtomicReference<>(fresh());
    }

    /** A fetcher whose connections go to the addresses its checks approved. */
    private Generation fresh() {
        PinnedRoutes routes = new PinnedRoutes(policy);
        return new Generation(new Fetcher(settings, routes, routes), System.nanoTime());
    }

    /** The current fetcher, replaced once it has lived {@link #FETCHER_LIFETIME}. */
    private Fetcher fetcher() {
        Generation g = current.get();
        if (System.nanoTime() - g.bornNanos() > FETCHER_LIFETIME.toNanos()) {
            current.compareAndSet(g, fresh());
        }
        return current.get().fetcher();
    }

    /** The longest a fetch may take: connecting, then reading. */
    Duration timeLimit() {
        return settings.connectTimeout().plus(settings.readTimeout());
    }

    Page fetch(String url) throws ApiError {
        try {
            Fetcher.Fetched f = fetcher().fetch(url);
            return new Page(f.body(), f.url(), f.contentType());
        } catch (InputError e) {
            throw answer(e);
        }
    }

    /** The API's answer to a failed fetch, by the failure's error code. */
    private static ApiError answer(InputError e) {
        String m = e.getMessage();
        if (AddressPolicy.isRefusal(e)) {
            return new ApiError(403, "address_refused", m);
        }
        return switch (e.code()) {
            case ROBOTS -> new ApiError(403, "robots_disallowed", m);
            case NOT_HTML -> new ApiError(422, "not_html", m);
            case BAD_URL -> ApiError.badField("url", m);
            case TIMEOUT -> ApiError.timeout("fetch " + m);
            case TOO_LARGE -> ApiError.tooLarge("fetched page " + m);
            default -> new ApiError(502, "fetch_failed", m);
        };
    }

    /**
     * Whether bytes may be an HTML page: a tag near the start and no NUL bytes at the start
     * (binary), unless a UTF-16 byte order mark explains them.
     */
    static boolean looksLikeMarkup(byte[] body) {
        boolean utf16 = body.length >= 2 && ((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff
                || (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe);
        if (utf16) {
            return true;
        }
        for (int i = 0; i < Math.min(body.length, BINARY_SNIFF_BYTES); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        for (int i = head.indexOf('<'); i >= 0 && i + 1 < head.length(); i = head.indexOf('<', i + 1)) {
            char c = head.charAt(i + 1);
            if (Character.isLetter(c) || c == '!' || c == '/') {
                return true;
            }
        }
        return false;
    }
}
