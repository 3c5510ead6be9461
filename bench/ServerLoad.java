// Load generator for `pith serve` (a single-file Java program, JDK only):
//   java [-Dclient=jdk] bench/ServerLoad.java URL PAGES_DIR CLIENTS SECONDS [SERVER_PID]
// POSTs the pages of PAGES_DIR (.html or .html.gz, read into memory first) to URL/v1/extract as
// text/html, round robin, from CLIENTS threads that each wait for their answer before sending
// the next request, for SECONDS, over one kept-alive connection per client: by default with a
// small blocking HTTP/1.1 client written here (it costs the shared cores little CPU), or with
// the JDK's HttpClient (-Dclient=jdk, as earlier measurements did). Prints requests/s, latency
// percentiles (all pages, and pages under 500 KB), errors by status, the server's resident
// memory (VmRSS of SERVER_PID) sampled every 10 s, the server's CPU time per answered request
// (a figure that, unlike requests/s, depends less on what else the machine runs), split by the
// server's threads: workers (extraction), HTTP I/O threads, garbage collector, JIT compiler,
// the rest; and the load generator's own CPU per request. When the server answers a
// Server-Timing header, also the percentiles of its phases for pages under 500 KB (read, queue,
// work, the worker's cpu in that work, total in the server) and of the time outside it (client
// latency minus the server's total: both processes' HTTP code, the kernel, waiting for a core).
// -Drate=R sends at a constant R requests/s in all instead (as wrk2 does): request k is due at
// k / R seconds, the next free client sends it, and its latency counts from when it was due, so
// that time spent waiting for a free client is not hidden (no coordinated omission). Latency at a
// stated load says what a user with that traffic sees; the closed loop measures the most the
// server can answer, where 16 clients always keep 16 requests in it and the mean latency is
// 16 / throughput by Little's law.
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPInputStream;

public class ServerLoad {

    static final int SMALL_PAGE = 500 * 1024;
    static final long RSS_EVERY_MS = 10_000;
    /** USER_HZ: 100 on Linux x86 and ARM. */
    static final double TICKS_PER_SECOND = 100;

    /** One answered request: the client's latency and the server's Server-Timing phases (ms). */
    record Sample(long nanos, boolean small, Map<String, Double> phases) {
    }

    /** An answer: its status and the phases of its Server-Timing header (ms). */
    record Answer(int status, Map<String, Double> phases) {
    }

    /** Sends one page and waits for the whole answer; one per client thread. */
    interface Poster {
        Answer post(byte[] page) throws Exception;

        /** After a failure: start over (a new connection). */
        default void reset() {
        }
    }

    /** The JDK's HttpClient (-Dclient=jdk): what earlier measurements used. */
    record JdkPoster(HttpClient http, URI target) implements Poster {
        @Override
        public Answer post(byte[] page) throws Exception {
            HttpRequest req = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build();
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), phases(r.headers().firstValue("Server-Timing").orElse("")));
        }
    }

    /**
     * HTTP/1.1 over one kept-alive socket, blocking, written by hand (the default): the load
     * generator shares the server's cores, and the JDK client cost ~1.2 ms of CPU per request
     * there (a third of the server's own), a share the server then did not get. It sends the
     * same request (POST, Content-Type text/html, Content-Length) and reads the whole answer
     * (status line, headers, a Content-Length body) before the latency is taken.
     */
    static final class PlainPoster implements Poster {
        private final URI target;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        PlainPoster(URI target) {
            this.target = target;
        }

        @Override
        public Answer post(byte[] page) throws Exception {
            if (socket == null) {
                socket = new Socket();
                socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
                socket.setSoTimeout(60_000);
                socket.setTcpNoDelay(true);
                out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            }
            String head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(page);
            out.flush();
            String status = line(in);
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean close = false;
            String timing = "";
            for (String h; !(h = line(in)).isEmpty(); ) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "server-timing" -> timing = value;
                    case "transfer-encoding" -> throw new IOException("chunked answers are not read here");
                    default -> { }
                }
            }
            if (length < 0) {
                throw new IOException("an answer without Content-Length");
            }
            if (in.readNBytes((int) length).length < length) {
                throw new IOException("the answer ended early");
            }
            if (close) {
                reset();
            }
            return new Answer(code, phases(timing));
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("the connection closed");
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        @Override
        public void reset() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
        }
    }

    /** The phases of a Server-Timing header, e.g. {@code queue;dur=1.5, work;dur=3.2}. */
    static Map<String, Double> phases(String header) {
        Map<String, Double> phases = new TreeMap<>();
        for (String part : header.split(",")) {
            String[] f = part.trim().split(";dur=");
            if (f.length == 2) {
                phases.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return phases;
    }

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0]).resolve("/v1/extract");
        List<byte[]> pages = read(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String pid = args.length > 4 ? args[4] : null;
        boolean jdkClient = "jdk".equals(System.getProperty("client", "plain"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        double rate = Double.parseDouble(System.getProperty("rate", "0"));
        long period = rate > 0 ? (long) (1e9 / rate) : 0;
        AtomicLong due = new AtomicLong();
        long start0 = System.nanoTime();
        long end = start0 + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                Poster poster = jdkClient ? new JdkPoster(http, target) : new PlainPoster(target);
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    if (period > 0) {
                        start = start0 + due.getAndIncrement() * period;
                        if (start >= end) {
                            break;
                        }
                        for (long wait; (wait = start - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    byte[] page = pages.get(Math.floorMod(next.getAndIncrement(), pages.size()));
                    try {
                        Answer r = poster.post(page);
                        long took = System.nanoTime() - start;
                        statuses.computeIfAbsent(r.status(), k -> new AtomicLong()).incrementAndGet();
                        if (r.status() == 200) {
                            samples.add(new Sample(took, page.length < SMALL_PAGE, r.phases()));
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        poster.reset();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        List<String> rss = new ArrayList<>();
        long cpuBefore = pid == null ? 0 : cpuTicks(pid);
        Map<String, Long> threadsBefore = pid == null ? Map.of() : threadTicks(pid);
        long ownCpuBefore = cpuTicks("self");
        long began = System.nanoTime();
        while (System.nanoTime() < end) {
            if (pid != null) {
                rss.add(((System.nanoTime() - began) / 1_000_000_000L) + "s:" + rssMb(pid) + "MB");
            }
            Thread.sleep(Math.min(RSS_EVERY_MS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        double ownCpu = (cpuTicks("self") - ownCpuBefore) / TICKS_PER_SECOND;
        System.out.printf("load generator (%s client) CPU: %.1f s, %.2f ms per answered request%n",
                jdkClient ? "JDK HttpClient" : "plain socket", ownCpu, 1000 * ownCpu / Math.max(1, samples.size()));
        if (pid != null) {
            rss.add("end:" + rssMb(pid) + "MB");
            double cpuSeconds = (cpuTicks(pid) - cpuBefore) / TICKS_PER_SECOND;
            System.out.printf("server CPU: %.1f s (%.2f cores), %.2f ms per answered request%n", cpuSeconds,
                    cpuSeconds / elapsed, 1000 * cpuSeconds / Math.max(1, samples.size()));
            System.out.println("server CPU per answered request by thread: "
                    + byThread(threadsBefore, threadTicks(pid), samples.size()));
        }
        if (period > 0) {
            System.out.printf("offered load: %.1f requests/s from %d clients (latency counted from when each request was due)%n",
                    rate, clients);
        }
        report(pages, clients, elapsed, samples, statuses, failures.get(), rss);
    }

    static void report(List<byte[]> pages, int clients, double elapsed, List<Sample> samples,
                       Map<Integer, AtomicLong> statuses, long failures, List<String> rss) {
        long[] all = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long[] small = samples.stream().filter(Sample::small).mapToLong(Sample::nanos).sorted().toArray();
        System.out.printf("pages=%d clients=%d seconds=%.1f ok=%d req/s=%.1f%n", pages.size(), clients, elapsed,
                all.length, all.length / elapsed);
        System.out.println("all pages:      " + percentiles(all));
        System.out.println("pages < 500 KB: " + percentiles(small));
        List<Sample> timed = samples.stream().filter(x -> x.small() && x.phases().containsKey("total")).toList();
        if (!timed.isEmpty()) {
            for (String phase : List.of("read", "queue", "work", "cpu", "total")) {
                System.out.println("  server " + phase + ": " + percentiles(timed.stream().filter(
                        x -> x.phases().containsKey(phase)).mapToLong(x -> (long) (x.phases().get(phase) * 1e6))
                        .sorted().toArray()));
            }
            System.out.println("  outside server: " + percentiles(timed.stream()
                    .mapToLong(x -> x.nanos() - (long) (x.phases().get("total") * 1e6)).sorted().toArray()));
        }
        System.out.println("statuses: " + new TreeMap<>(statuses) + " transport failures: " + failures);
        if (!rss.isEmpty()) {
            System.out.println("server RSS: " + String.join(" ", rss));
        }
    }

    static String percentiles(long[] sorted) {
        if (sorted.length == 0) {
            return "none";
        }
        return String.format("p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms n=%d", ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** user + system time of a process in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    static long cpuTicks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU ticks of each group of the process's threads, grouped by name without its number. */
    static Map<String, Long> threadTicks(String pid) {
        Map<String, Long> ticks = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(group(name), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (Exception threadEnded) {
                    // a thread that ended between listing and reading
                }
            }
        } catch (Exception e) {
            return ticks;
        }
        return ticks;
    }

    static String group(String thread) {
        if (thread.startsWith("pith-worker")) {
            return "workers";
        }
        if (thread.startsWith("pith-http") || thread.startsWith("HTTP-Dispatcher")) {
            return "http";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.startsWith("VM Thread")) {
            return "gc+vm";
        }
        if (thread.contains("Compiler")) {
            return "jit";
        }
        return "other";
    }

    static String byThread(Map<String, Long> before, Map<String, Long> after, int answered) {
        StringBuilder s = new StringBuilder();
        for (var e : after.entrySet()) {
            double ms = 1000 * (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND
                    / Math.max(1, answered);
            s.append(String.format("%s %.2f ms  ", e.getKey(), ms));
        }
        return s.toString().trim();
    }

    static long rssMb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static List<byte[]> read(Path dir) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                        pages.add(in.readAllBytes());
                    }
                } else if (name.endsWith(".html")) {
                    pages.add(Files.readAllBytes(p));
                }
            }
        }
        return pages;
    }
}
