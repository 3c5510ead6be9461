package dev.pith.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.Source;
import dev.pith.batch.run.BatchRun;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.RunStats;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

/** How the command line runs a batch: a progress line, Ctrl-C that leaves a valid file, a summary at the end. */
final class Summaries {

    /** How long a Ctrl-C waits for the run to write what is finished and close the file. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    /** Set this environment variable to print how busy the workers were (benchmarks). */
    private static final String UTILIZATION_ENV = "PITH_REPORT_UTILIZATION";

    private Summaries() {
    }

    /** Runs the batch with a Ctrl-C hook installed, then prints its summary line to stderr. */
    static RunStats run(BatchRun batch, Source source, RecordPipeline.Job job, Progress progress, int threads)
            throws IOException {
        return run(batch, source, job, progress, threads, UnaryOperator.identity());
    }

    /** As {@link #run(BatchRun, Source, RecordPipeline.Job, Progress, int)}, with a stage before each record is written. */
    static RunStats run(BatchRun batch, Source source, RecordPipeline.Job job, Progress progress, int threads,
                        UnaryOperator<ObjectNode> beforeWrite) throws IOException {
        // the JVM halts when the hook returns: it waits until the summary is out too
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            batch.stop(SHUTDOWN_WAIT);
            awaitQuietly(reported);
        }, "pith-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            RunStats stats = batch.run(source, job, progress, beforeWrite);
            removeHook(hook);
            progress.finish();
            System.err.println(stats.summary());
            if (System.getenv(UTILIZATION_ENV) != null) {
                System.err.printf(Locale.ROOT, "pith: %d workers busy %.0f%% of the run%n", threads,
                        100 * batch.workerUtilization());
            }
            return stats;
        } finally {
            reported.countDown();
        }
    }

    /** Prints the summary of a run that needs no Ctrl-C handling (its output is not resumable). */
    static void print(RunStats stats, Progress progress) {
        progress.finish();
        System.err.println(stats.summary());
    }

    /** The skipped inputs of a run by reason, " (3 other files by name)", or "" when none was skipped. */
    static String reasons(RunStats stats) {
        return stats.skipped().isEmpty() ? "" : stats.skipped().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ", " (", ")"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for this run to finish
        }
    }
}
