package dev.pith.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Where one request's time in the server went, answered as a {@code Server-Timing} header
 * (W3C Server Timing): {@code read} (from the handler's start until the work was handed to a
 * worker: reading and parsing the body), {@code queue} (waiting for a worker), {@code work}
 * (the extraction and its rendering, wall clock), {@code cpu} (the worker's CPU time in that
 * work) and {@code total} (until the answer's headers go out). A client that sees a slow answer
 * can then tell a busy server (queue) from a slow page (work and cpu alike) from a worker that
 * waited for a core or a collector pause (work well above cpu) from the network (its own
 * latency minus total); the load benchmark reports them per request.
 * Written by the request's HTTP thread and its worker, one after the other (the worker's
 * writes happen before the future it completes is read); the worker's two are volatile for an
 * answer that went out on a deadline while the worker still ran.
 */
final class RequestTiming {

    static final String HEADER = "Server-Timing";
    private static final double NANOS_PER_MS = 1e6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long received = System.nanoTime();
    private long queued;
    private volatile long started;
    private volatile long finished;
    private volatile long cpuStarted;
    private volatile long cpuFinished;

    /** The work is handed to the worker pool now. */
    void queued() {
        queued = System.nanoTime();
    }

    /** A worker took the work now (called on the worker). */
    void started() {
        started = System.nanoTime();
        cpuStarted = THREADS.getCurrentThreadCpuTime();
    }

    /** The worker finished now (called on the worker). */
    void finished() {
        cpuFinished = THREADS.getCurrentThreadCpuTime();
        finished = System.nanoTime();
    }

    /** The header's value as of now; phases that did not happen (no worker needed, refused) are left out. */
    String header() {
        long now = System.nanoTime();
        StringBuilder s = new StringBuilder();
        if (queued != 0) {
            phase(s, "read", received, queued);
            if (started != 0) {
                phase(s, "queue", queued, started);
            }
            if (finished != 0) {
                phase(s, "work", started, finished);
                phase(s, "cpu", cpuStarted, cpuFinished);
            }
        }
        phase(s, "total", received, now);
        return s.toString();
    }

    private static void phase(StringBuilder s, String name, long from, long to) {
        if (!s.isEmpty()) {
            s.append(", ");
        }
        s.append(name).append(";dur=").append(String.format(Locale.ROOT, "%.2f", (to - from) / NANOS_PER_MS));
    }
}
