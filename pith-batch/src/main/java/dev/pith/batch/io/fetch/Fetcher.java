package dev.pith.batch.io.fetch;

import dev.pith.batch.io.ContentEncoding;
import dev.pith.batch.io.HtmlTypes;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches HTML pages politely with the JDK HTTP client: connect and read timeouts, redirects
 * followed by hand (bounded, each hop checked against robots.txt and the host's politeness
 * gate), a size cap, gzip/deflate decoding, a clear User-Agent. Every failure is an
 * {@link InputError} whose message says what went wrong with that URL ("HTTP 404", "timed out
 * after 30 s", "not HTML: application/pdf", "blocked by robots.txt"). Thread-safe.
 */
public final class Fetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final int MAX_ROBOTS_REDIRECTS = 5;
    /** A robots.txt request that failed within this time failed at once: worth one more try. */
    private static final Duration QUICK_FAILURE = Duration.ofSeconds(1);
    /** Failures that say the host cannot be reached at all, rather than something of robots.txt. */
    private static final Set<ErrorCode> HOST_FAILURES = EnumSet.of(ErrorCode.DNS, ErrorCode.NETWORK);
    /** robots.txt files larger than this are read only this far (RFC 9309 asks for at least 500 KiB). */
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetchSettings settings;
    private final AddressCheck addressCheck;
    private final HttpClient client;
    private final HostGate gate;
    private final ConcurrentHashMap<String, CompletableFuture<RobotsTxt>> robots = new ConcurrentHashMap<>();

    public Fetcher(FetchSettings settings) {
        this(settings, AddressCheck.ANY);
    }

    /**
     * A fetcher that asks {@code addressCheck} before every request it sends: the page, each
     * redirect hop and robots.txt (a service refuses private addresses this way).
     */
    public Fetcher(FetchSettings settings, AddressCheck addressCheck) {
        this(settings, addressCheck, null);
    }

    /**
     * A fetcher that also lets {@code route} say how each request connects (the JDK client asks
     * it for every request, redirect hops and robots.txt included): a service that checked a
     * host's address can pin the connection to that very address, so that a DNS answer that
     * changes after the check is never used.
     *
     * @param route the proxy selector of the HTTP client, or null for the JVM's default
     */
    public Fetcher(FetchSettings settings, AddressCheck addressCheck, ProxySelector route) {
        this.settings = settings;
        this.addressCheck = java.util.Objects.requireNonNull(addressCheck, "addressCheck");
        this.gate = new HostGate(settings.hostDelay());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        if (route != null) {
            builder.proxy(route);
        }
        this.client = builder.build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Decides, before a request is sent, whether its target may be contacted at all. */
    @FunctionalInterface
    public interface AddressCheck {
        /** Contacts every address. */
        AddressCheck ANY = uri -> { };

        /** Throws when {@code uri} must not be requested; the error becomes the fetch's error. */
        void check(URI uri) throws InputError;
    }

    /** A page as fetched: its final URL (after redirects), Content-Type and decoded body. */
    public record Fetched(String url, int status, String contentType, byte[] body) {
    }

    /** The input of a URL, fetched when read (or ahead of time by {@link FetchAhead}). */
    public Input pending(String url) {
        return new Input(url, url, url, null, new PendingFetch(this, url));
    }

    /** The reader of a URL not fetched yet; {@link FetchAhead} recognises it and fetches ahead. */
    public record PendingFetch(Fetcher fetcher, String url) implements Input.BytesReader {
        @Override
        public byte[] read() throws IOException {
            return fetcher.fetch(url).body();
        }

        /** The input with its page fetched, or failing with the fetch error when read. */
        public Input fetchInto(Input pending) {
            try {
                Fetched f = fetcher.fetch(url);
                return new Input(pending.id(), pending.source(), f.url(), f.contentType(), f::body,
                        pending.fields());
            } catch (InputError e) {
                return Input.failed(pending.id(), pending.source(), pending.url(), e.code(), e.getMessage(), pending.fields());
            }
        }
    }

    /** Fetches an HTML page, following redirects. */
    public Fetched fetch(String url) throws InputError {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            addressCheck.check(uri);
            RobotsTxt rules = settings.robots() ? robotsFor(uri) : RobotsTxt.ALLOW_ALL;
            if (!rules.allows(uri)) {
                InputError down = rules.hostFailure();
                throw down != null ? new InputError(down.code(), down.getMessage())
                        : new InputError(ErrorCode.ROBOTS, "blocked by robots.txt" + rules.note());
            }
            URI target = uri;
            Response r = gated(uri, rules.crawlDelay(), () -> exchange(target, true));
            if (r.location() != null) {
                if (hop >= settings.maxRedirects()) {
                    throw new InputError(ErrorCode.HTTP, "too many redirects (more than " + settings.maxRedirects() + ")");
                }
                uri = r.location();
                continue;
            }
            return page(uri, r);
        }
    }

    private Fetched page(URI uri, Response r) throws InputError {
        if (r.status() >= 400) {
            throw new InputError(ErrorCode.HTTP, "HTTP " + r.status());
        }
        if (r.status() < 200 || r.status() > 299) {
            throw new InputError(ErrorCode.HTTP, "HTTP status " + r.status() + " not handled");
        }
        if (r.contentType() != null && !HtmlTypes.isHtml(r.contentType())) {
            throw new InputError(ErrorCode.NOT_HTML, "not HTML: " + HtmlTypes.mediaType(r.contentType()));
        }
        byte[] body;
        try {
            body = ContentEncoding.decode(r.body(), r.encoding(), settings.maxBytes());
        } catch (InputError e) {
            throw e;
        } catch (IOException e) {
            throw new InputError(ErrorCode.BAD_COMPRESSION, "bad " + r.encoding() + " body: " + e.getMessage());
        }
        if (r.contentType() == null && !HtmlTypes.looksLikeHtml(body)) {
            throw new InputError(ErrorCode.NOT_HTML, "not HTML: no Content-Type and the body does not look like HTML");
        }
        return new Fetched(uri.toString(), r.status(), r.contentType(), body);
    }

    /** What one HTTP exchange gave: a redirect target, or a status and a (possibly empty) body. */
    private record Response(int status, URI location, String contentType, String encoding, byte[] body) {
    }

    private Response exchange(URI uri, boolean htmlOnly) throws InputError, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", htmlOnly ? ACCEPT : "text/plain,*/*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .GET().build();
        long maxBytes = htmlOnly ? settings.maxBytes() : MAX_ROBOTS_BYTES;
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> subscriber(info, htmlOnly, maxBytes));
        Duration limit = settings.connectTimeout().plus(settings.readTimeout());
        HttpResponse<byte[]> response;
        try {
            response = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InputError(ErrorCode.TIMEOUT, "no answer within " + limit.toSeconds()
                    + " s (the connect timeout plus the read timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw describe(e.getCause(), uri, settings.readTimeout());
        }
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (status >= 300 && status <= 399 && location != null) {
            return new Response(status, resolve(uri, location), null, null, null);
        }
        return new Response(status, null, response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Encoding").orElse(null), response.body());
    }

    /** Reads a body only when it is worth it: a 2xx HTML response no larger than the cap. */
    private static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, boolean htmlOnly,
                                                                   long maxBytes) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return CappedBody.refuse(null);
        }
        String type = info.headers().firstValue("Content-Type").orElse(null);
        if (htmlOnly && type != null && !HtmlTypes.isHtml(type)) {
            return CappedBody.refuse(null);
        }
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (htmlOnly && length > maxBytes) {
            return CappedBody.refuse(new InputError(ErrorCode.TOO_LARGE, "response larger than " + ContentEncoding.sizeLabel(maxBytes)
                    + " (Content-Length " + length + ")"));
        }
        return CappedBody.upTo(maxBytes);
    }

    private <T> T gated(URI uri, Duration extraDelay, HostGate.Request<T> request) throws InputError {
        try {
            return gate.run(uri, extraDelay, request);
        } catch (InputError e) {
            throw e;
        } catch (IOException e) {
            throw describe(e, uri, settings.readTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError(ErrorCode.INTERNAL, "interrupted");
        }
    }

    /** The robots.txt rules of the uri's host, fetched once per host and shared. */
    private RobotsTxt robotsFor(URI uri) throws InputError {
        String key = HostGate.key(uri);
        CompletableFuture<RobotsTxt> mine = new CompletableFuture<>();
        CompletableFuture<RobotsTxt> known = robots.putIfAbsent(key, mine);
        if (known == null) {
            mine.complete(loadRobots(uri));
            return mine.join();
        }
        try {
            return known.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError(ErrorCode.INTERNAL, "interrupted");
        } catch (ExecutionException e) {
            return RobotsTxt.unreachable(String.valueOf(e.getCause()));
        }
    }

    /**
     * RFC 9309: 2xx is parsed, 4xx means no rules, 5xx or no answer means keep out. A network
     * failure that came at once is tried once more first, since keeping out of a whole host is a
     * heavy price for one lost packet; one that came only after a timeout is not, since asking
     * again would double the wait before the page is given up.
     */
    private RobotsTxt loadRobots(URI page) {
        long start = System.nanoTime();
        RobotsTxt rules = loadRobotsOnce(page);
        boolean quickFailure = System.nanoTime() - start < QUICK_FAILURE.toNanos();
        boolean networkFailure = !rules.note().isEmpty() && !rules.note().contains("unreachable: HTTP");
        return networkFailure && quickFailure ? loadRobotsOnce(page) : rules;
    }

    private RobotsTxt loadRobotsOnce(URI page) {
        URI uri = resolve(page, "/robots.txt");
        try {
            for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
                addressCheck.check(uri);
                URI target = uri;
                Response r = gated(uri, Duration.ZERO, () -> exchange(target, false));
                if (r.location() == null) {
                    if (r.status() >= 200 && r.status() <= 299) {
                        byte[] text = ContentEncoding.decode(r.body(), r.encoding(), MAX_ROBOTS_BYTES);
                        return RobotsTxt.parse(new String(text, StandardCharsets.UTF_8), FetchSettings.ROBOTS_NAME);
                    }
                    return r.status() >= 400 && r.status() <= 499 ? RobotsTxt.ALLOW_ALL
                            : RobotsTxt.unreachable("HTTP " + r.status());
                }
                uri = r.location();
            }
            return RobotsTxt.ALLOW_ALL;
        } catch (InputError e) {
            return HOST_FAILURES.contains(e.code()) ? RobotsTxt.hostUnreachable(e) : RobotsTxt.unreachable(e.getMessage());
        } catch (IOException e) {
            return RobotsTxt.unreachable(e.getMessage());
        }
    }

    private static URI parse(String url) throws InputError {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InputError(ErrorCode.BAD_URL, "not an http(s) URL: " + url);
            }
            if (uri.getHost() == null) {
                throw new InputError(ErrorCode.BAD_URL, "invalid URL (no host): " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputError(ErrorCode.BAD_URL, "invalid URL: " + e.getMessage());
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return base.resolve(location.strip().replace(" ", "%20"));
        }
    }

    /**
     * A per-URL message for a network failure: DNS, refused, timed out, or the client's text.
     *
     * @param readTimeout the time a response was waited for, named when it ran out
     */
    static InputError describe(Throwable t, URI uri, Duration readTimeout) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputError e) {
                return e;
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new InputError(ErrorCode.DNS, "cannot resolve " + uri.getHost());
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new InputError(ErrorCode.NETWORK, "connect timed out");
            }
            if (c instanceof HttpTimeoutException) {
                return new InputError(ErrorCode.TIMEOUT, "no response within the read timeout of "
                        + readTimeout.toSeconds() + " s");
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return new InputError(ErrorCode.NETWORK, "connection refused: " + uri.getHost()
                        + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
            }
        }
        String m = t == null ? null : t.getMessage();
        return new InputError(ErrorCode.NETWORK, "fetch failed: " + (m == null || m.isBlank() ? String.valueOf(t) : m));
    }
}
