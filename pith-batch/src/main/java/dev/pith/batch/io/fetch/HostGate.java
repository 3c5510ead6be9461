package dev.pith.batch.io.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most one request at a time per host (scheme, host and port), and a pause
 * between the end of one request and the start of the next. Waiting requests are served in
 * arrival order (a fair lock), which keeps the output order's head moving.
 */
final class HostGate {

    /** A request to run while holding a host's gate. */
    @FunctionalInterface
    interface Request<T> {
        T run() throws java.io.IOException, InterruptedException;
    }

    private final Duration delay;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(Duration delay) {
        this.delay = delay;
    }

    /** The key politeness and robots.txt work by: scheme://host:port. */
    static String key(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** Runs a request for the uri's host once it is that host's turn; {@code extraDelay} from robots.txt. */
    <T> T run(URI uri, Duration extraDelay, Request<T> request) throws java.io.IOException, InterruptedException {
        Host host = hosts.computeIfAbsent(key(uri), k -> new Host());
        host.lock.lockInterruptibly();
        try {
            long wait = host.nextAllowed - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                return request.run();
            } finally {
                Duration pause = extraDelay.compareTo(delay) > 0 ? extraDelay : delay;
                host.nextAllowed = System.nanoTime() + pause.toNanos();
            }
        } finally {
            host.lock.unlock();
        }
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowed;
    }
}
