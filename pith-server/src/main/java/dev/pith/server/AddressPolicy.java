package dev.pith.server;

import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Keeps server-side fetches away from the server's own network: a host is contacted only when
 * every address its name resolves to is public. Asked before every request the fetcher sends
 * (the page, each redirect hop, robots.txt), so a public page cannot redirect the server to a
 * cloud metadata service or an admin port on the LAN; {@link PinnedRoutes} then connects to the
 * address approved here, never to a second answer of the DNS.
 */
final class AddressPolicy {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    /** 6to4 (2002::/16) carries an IPv4 address in bytes 2 to 5. */
    private static final int SIX_TO_FOUR_OFFSET = 2;
    /** NAT64 (64:ff9b::/96) and IPv4-compatible (::/96) addresses carry it in the last 4 bytes. */
    private static final int EMBEDDED_V4_OFFSET = 12;

    /** The cause of a refusal, so a caller can tell it from other fetch failures. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Resolves a host name to its addresses: the JVM's resolver, or a test's names. */
    @FunctionalInterface
    interface Resolver {
        Resolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<InetAddress> trusted;
    private final Resolver resolver;

    /** @param trusted addresses allowed although not public (a test site, a chosen intranet host) */
    AddressPolicy(Set<InetAddress> trusted) {
        this(trusted, Resolver.SYSTEM);
    }

    AddressPolicy(Set<InetAddress> trusted, Resolver resolver) {
        this.trusted = Set.copyOf(trusted);
        this.resolver = resolver;
    }

    /**
     * The address to connect to for {@code uri}: its host's first address, once every address
     * the host resolves to is found public (or trusted).
     *
     * @throws InputError when the host has no address, or one of them is off limits
     */
    InetAddress approve(URI uri) throws InputError {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InputError(ErrorCode.BAD_URL, "invalid URL (no host): " + uri);
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new InputError(ErrorCode.DNS, "cannot resolve " + name);
        }
        for (InetAddress a : addresses) {
            String kind = trusted.contains(a) ? null : forbiddenKind(a);
            if (kind != null) {
                String message = "refused: " + name + " resolves to " + a.getHostAddress() + ", a " + kind
                        + " address";
                throw new InputError(ErrorCode.FORBIDDEN, message, new Refused(message));
            }
        }
        if (addresses.length == 0) {
            throw new InputError(ErrorCode.DNS, "cannot resolve " + name);
        }
        return addresses[0];
    }

    /** Whether a fetch error is this policy's refusal. */
    static boolean isRefusal(Throwable error) {
        return error != null && error.getCause() instanceof Refused;
    }

    /** What makes an address off limits ("loopback", "private", ...), or null for a public one. */
    static String forbiddenKind(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        if (a instanceof Inet4Address) {
            return ipv4Kind(b);
        }
        return b.length == IPV6_BYTES ? ipv6Kind(b) : null;
    }

    /**
     * IPv4 ranges the JDK's predicates miss: 0/8 "this network" (RFC 791), 100.64/10 shared by
     * carrier-grade NAT and cloud metadata services (RFC 6598), 192.0.0/24 protocol assignments,
     * 192.0.2/24, 198.51.100/24 and 203.0.113/24 documentation, 198.18/15 benchmarking, 240/4
     * reserved with the broadcast address (RFC 6890).
     */
    private static String ipv4Kind(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "unspecified";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "carrier-grade NAT";
        }
        if (first == 192 && second == 0 && (b[2] == 0 || b[2] == 2)
                || first == 198 && (second == 18 || second == 19 || second == 51 && (b[2] & 0xff) == 100)
                || first == 203 && second == 0 && (b[2] & 0xff) == 113 || first >= 240) {
            return "reserved";
        }
        return null;
    }

    /**
     * IPv6: fc00::/7 unique local (RFC 4193; fd00:ec2::254 is a metadata service), 2001::/32
     * Teredo and 2001:db8::/32 documentation, and the forms that carry an IPv4 address, judged
     * by it: 6to4 2002::/16, NAT64 64:ff9b::/96, IPv4-compatible ::/96.
     */
    private static String ipv6Kind(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "unique local (private)";
        }
        if (first == 0x20 && b[1] == 0x02) {
            return embedded(b, SIX_TO_FOUR_OFFSET);
        }
        if (first == 0x20 && b[1] == 0x01 && (b[2] == 0 && b[3] == 0 || b[2] == 0x0d && (b[3] & 0xff) == 0xb8)) {
            return "reserved";
        }
        boolean nat64 = first == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        boolean compatible = isZero(b, 0, EMBEDDED_V4_OFFSET);
        return nat64 || compatible ? embedded(b, EMBEDDED_V4_OFFSET) : null;
    }

    /** The kind of the IPv4 address carried inside an IPv6 one. */
    private static String embedded(byte[] b, int offset) {
        byte[] v4 = new byte[IPV4_BYTES];
        System.arraycopy(b, offset, v4, 0, IPV4_BYTES);
        try {
            return forbiddenKind(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
