package dev.pith.server;

import dev.pith.batch.io.InputError;
import dev.pith.batch.io.fetch.Fetcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects every plain-HTTP fetch to the very address the {@link AddressPolicy} approved a
 * moment before, so DNS rebinding cannot slip through: a name that resolves to a public address
 * for the check and to a private one for the connection (a short-lived DNS answer, or a cache
 * that expired in between) still reaches only the public one.
 *
 * <p>The fetcher asks this check before each request (the page, every redirect hop,
 * robots.txt), and the JDK client then asks this selector how to connect. For an {@code http}
 * URL the answer is the approved address as a proxy: the client connects there and sends the
 * request in absolute form ({@code GET http://host/path}, which every HTTP/1.1 server must
 * accept, RFC 9112 3.2.2) with the host's own {@code Host} header, and never resolves the name
 * itself. An {@code https} URL connects directly: the client resolves the name again, but the
 * request goes out only after the server proves with a certificate that it is that host, which
 * a rebound internal address cannot do; at most a TLS greeting reaches it.
 *
 * <p>One instance lives as long as one fetcher; it keeps the last approved address of each
 * host, so it grows with the hosts fetched in that time.
 */
final class PinnedRoutes extends ProxySelector implements Fetcher.AddressCheck {

    /**
     * Where a request whose host was never approved goes: a name that cannot resolve (RFC 6761
     * reserves {@code .invalid}), so the request fails instead of finding its own way. The
     * fetcher checks before every request, so this is a guard, not a path.
     */
    static final String UNAPPROVED = "unapproved-host.invalid";
    private static final int HTTP_PORT = 80;

    private final AddressPolicy policy;
    private final Map<String, InetAddress> approved = new ConcurrentHashMap<>();

    PinnedRoutes(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(URI uri) throws InputError {
        approved.put(key(uri), policy.approve(uri));
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = uri.getPort() < 0 ? HTTP_PORT : uri.getPort();
        InetAddress address = approved.get(key(uri));
        InetSocketAddress target = address == null ? InetSocketAddress.createUnresolved(UNAPPROVED, port)
                : new InetSocketAddress(address, port);
        return List.of(new Proxy(Proxy.Type.HTTP, target));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to learn: the next request is checked and pinned again
    }

    private static String key(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    }
}
