package dev.pith.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link TextCleaner} in MB of UTF-8 text per second; not a unit
 * test (no timing assertions). Run:
 * <pre>
 * mvn -q -o -pl pith-core test-compile
 * java -cp pith-core/target/classes:pith-core/target/test-classes dev.pith.text.CleanBenchmark ../shared/bench/wcxb-dev/text 3
 * </pre>
 */
public final class CleanBenchmark {

    /** CPU time of this thread: wall time is meaningless on a shared machine. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CleanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/wcxb-dev/text");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            for (String t : texts) {
                sink += TextCleaner.clean(t, CleanOptions.DEFAULTS).article().body().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT,
                    "%s round %d: %d docs, %.1f MB in %.2f s wall = %.1f MB/s; %.2f s CPU = %.1f MB/s per thread%n",
                    round == 0 ? "warm-up" : "measure", round, texts.size(), bytes / 1e6, seconds,
                    bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
        }
        System.out.println("(blocks " + sink + ")");
    }
}
