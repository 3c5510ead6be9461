package dev.pith.cli;

import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.job.CleanJob;
import dev.pith.clean.CleanOptions;
import dev.pith.clean.TextCleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pith bench --clean}: single-thread speed of plain-text cleaning ({@code pith clean},
 * single-document) over text files held in memory, in MB of UTF-8 text per second. Per thread
 * means per second of the cleaning thread's CPU time, which other jobs on a shared machine
 * disturb less than wall time; both are reported, as medians of the measured rounds.
 */
final class CleanBench {

    /** Plain-text files only: JSON Lines records would time the JSON parser too. */
    static final List<String> EXTENSIONS = CleanJob.TEXT_EXTENSIONS;
    /** A round cleans the files over and over until this much text is done: small sets time too briefly. */
    static final long MIN_ROUND_BYTES = 8_000_000;
    /** Warm-up cleans at least this much text, so that the JIT has compiled the hot paths. */
    static final long MIN_WARMUP_BYTES = 40_000_000;

    private CleanBench() {
    }

    /** Times cleaning of the files under {@code paths}; prints the report; returns the exit status. */
    static int run(List<String> paths, int rounds, int warmup, PrintStream out) throws IOException {
        return run(paths, rounds, warmup, MIN_ROUND_BYTES, MIN_WARMUP_BYTES, out);
    }

    /** {@link #run(List, int, int, PrintStream)} with the round and warm-up sizes given (tests). */
    static int run(List<String> paths, int rounds, int warmup, long minRoundBytes, long minWarmupBytes,
                   PrintStream out) throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Input input : FileInputs.expand(paths, EXTENSIONS)) {
            byte[] b = input.reader().read();
            bytes += b.length;
            texts.add(new String(b, StandardCharsets.UTF_8));
        }
        if (bytes == 0) {
            System.err.println("pith bench --clean: no text found");
            return 1;
        }
        int repeats = (int) Math.max(1, (minRoundBytes + bytes - 1) / bytes);
        long roundBytes = bytes * repeats;
        int warmupRounds = (int) Math.max(warmup, (minWarmupBytes + roundBytes - 1) / roundBytes);
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        long blocks = 0;
        for (int r = 0; r < warmupRounds + rounds; r++) {
            long wall0 = System.nanoTime();
            long cpu0 = Timing.threadCpuNanos();
            for (int k = 0; k < repeats; k++) {
                for (String text : texts) {
                    blocks += TextCleaner.clean(text, CleanOptions.DEFAULTS).article().body().size();
                }
            }
            if (r >= warmupRounds) {
                cpu[r - warmupRounds] = megabytesPerSecond(roundBytes, Timing.threadCpuNanos() - cpu0);
                wall[r - warmupRounds] = megabytesPerSecond(roundBytes, System.nanoTime() - wall0);
            }
        }
        out.printf(Locale.ROOT, "documents             %d (%.1f MB of text; %d blocks kept per pass)%n",
                texts.size(), bytes / 1e6, blocks / (warmupRounds + rounds) / repeats);
        out.printf(Locale.ROOT, "rounds                %d measured of %.1f MB each, after %d warm-up%n",
                rounds, roundBytes / 1e6, warmupRounds);
        out.printf(Locale.ROOT, "clean, per thread     median %.1f MB/s of CPU time (rounds %s)%n", Timing.median(cpu), list(cpu));
        out.printf(Locale.ROOT, "clean, wall           median %.1f MB/s%n", Timing.median(wall));
        return 0;
    }

    private static double megabytesPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (Math.max(1, nanos) / 1e9);
    }

    private static String list(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", v));
        }
        return sb.toString();
    }
}
