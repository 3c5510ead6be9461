package dev.pith.cli.run;

import dev.pith.cli.io.Input;
import dev.pith.cli.io.JsonLinesSink;
import dev.pith.cli.io.Outputs;
import dev.pith.cli.io.Source;
import dev.pith.cli.io.fetch.FetchAhead;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A whole batch run of a per-document job, for any command: source → (resume filter) → (URL
 * fetch-ahead) → {@link RecordPipeline} → JSON Lines, one flushed line per record. With
 * {@code resume} the output file is appended to after the records it already holds
 * ({@link Resume}); Ctrl-C stops reading, lets finished records be written and closes the file
 * on a line boundary, so the run can be resumed.
 *
 * @param threads        extraction workers
 * @param timeoutSeconds per-document time budget
 * @param output         the output file; null for stdout
 * @param resume         continue the run recorded in {@code output}
 * @param fetchAhead     URLs fetched ahead of the workers; 0 when the input has no URLs
 */
public record BatchRun(int threads, long timeoutSeconds, Path output, boolean resume, int fetchAhead) {

    /** How long a Ctrl-C waits for the run to write what is finished and close the file. */
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    /** Set this environment variable to print how busy the workers were (benchmarks). */
    static final String UTILIZATION_ENV = "PITH_REPORT_UTILIZATION";

    /** Exit status of a run stopped by Ctrl-C, as shells report SIGINT. */
    public static final int INTERRUPTED_EXIT = 130;

    public BatchRun {
        if (resume && output == null) {
            throw new IllegalArgumentException("--resume needs an output file (-o FILE)");
        }
    }

    /**
     * Runs the job over the source and prints the summary line to stderr; the caller closes
     * the source. Returns what the run did ({@link RunStats#interrupted()} after Ctrl-C).
     */
    public RunStats run(Source source, RecordPipeline.Job job, Progress progress) throws IOException {
        Resume done = resume ? Resume.open(output) : null;
        Iterator<Input> inputs = done == null ? source : done.skipDone(source);
        FetchAhead ahead = fetchAhead > 0 ? new FetchAhead(inputs, fetchAhead) : null;
        RecordPipeline pipeline = new RecordPipeline(threads, timeoutSeconds);
        CountDownLatch finished = new CountDownLatch(1);
        RunStats stats = null;
        try (JsonLinesSink sink = new JsonLinesSink(Outputs.open(output, resume))) {
            Thread hook = new Thread(() -> {
                pipeline.stop();
                try {
                    finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                    sink.close();
                } catch (InterruptedException | IOException ignored) {
                    // the JVM is going down: nothing more can be done
                }
            }, "pith-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stats = pipeline.run(ahead != null ? ahead : inputs, job, sink, progress);
            } finally {
                removeHook(hook);
                if (ahead != null) {
                    ahead.close();
                }
                if (done != null) {
                    done.close();
                }
            }
            stats = stats.withSkipped(source.skipped()).withResumed(done == null ? 0 : done.resumed());
            progress.finish();
            System.err.println(stats.summary());
            if (System.getenv(UTILIZATION_ENV) != null) {
                System.err.printf(java.util.Locale.ROOT, "pith: %d workers busy %.0f%% of the run%n", threads,
                        100 * pipeline.workerUtilization());
            }
        } finally {
            finished.countDown();
        }
        return stats;
    }

    /** Signals the shutdown hook that the summary has been printed and the JVM may halt. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for this run to finish
        }
    }

}
