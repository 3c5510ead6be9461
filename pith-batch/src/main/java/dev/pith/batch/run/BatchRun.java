package dev.pith.batch.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesSink;
import dev.pith.batch.io.Outputs;
import dev.pith.batch.io.Source;
import dev.pith.batch.io.fetch.FetchAhead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A whole batch run of a per-document job, for any front end: source → (resume filter) → (URL
 * fetch-ahead) → {@link RecordPipeline} → JSON Lines, one flushed line per record. With
 * {@code resume} the output file is appended to after the records it already holds
 * ({@link Resume}). {@link #stop(Duration)} (a command line calls it from its Ctrl-C hook) stops
 * reading, lets finished records be written and closes the file on a line boundary, so the run
 * can be resumed. Nothing is printed: progress goes to a {@link RunListener}, the summary is the
 * returned {@link RunStats}.
 */
public final class BatchRun {

    /** Exit status of a run stopped by Ctrl-C, as shells report SIGINT. */
    public static final int INTERRUPTED_EXIT = 130;

    private final Settings settings;
    private final RecordPipeline pipeline;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile JsonLinesSink sink;

    /**
     * What a batch run needs to know.
     *
     * @param threads        extraction workers
     * @param timeoutSeconds per-document time budget
     * @param output         the output file; null for stdout
     * @param resume         continue the run recorded in {@code output}
     * @param fetchAhead     URLs fetched ahead of the workers; 0 when the input has no URLs
     */
    public record Settings(int threads, long timeoutSeconds, Path output, boolean resume, int fetchAhead) {
        public Settings {
            if (resume && output == null) {
                throw new IllegalArgumentException("--resume needs an output file (-o FILE)");
            }
        }
    }

    public BatchRun(Settings settings) {
        this.settings = settings;
        this.pipeline = new RecordPipeline(settings.threads(), settings.timeoutSeconds());
    }

    /**
     * Runs the job over the source; the caller closes the source. Returns what the run did
     * ({@link RunStats#interrupted()} after {@link #stop}).
     */
    public RunStats run(Source source, RecordPipeline.Job job, RunListener listener) throws IOException {
        return run(source, job, listener, UnaryOperator.identity());
    }

    /**
     * As {@link #run(Source, RecordPipeline.Job, RunListener)}, passing every record through
     * {@code beforeWrite} on the writing thread, in input order, just before it is written (e.g.
     * to move a rendered document into a file of its own).
     */
    public RunStats run(Source source, RecordPipeline.Job job, RunListener listener,
                        UnaryOperator<ObjectNode> beforeWrite) throws IOException {
        Resume done = settings.resume() ? Resume.open(settings.output()) : null;
        Iterator<Input> inputs = done == null ? source : done.skipDone(source);
        FetchAhead ahead = settings.fetchAhead() > 0 ? new FetchAhead(inputs, settings.fetchAhead()) : null;
        try (JsonLinesSink out = new JsonLinesSink(Outputs.open(settings.output(), settings.resume()))) {
            sink = out;
            RunStats stats;
            try {
                stats = pipeline.run(ahead != null ? ahead : inputs, job, r -> out.accept(beforeWrite.apply(r)),
                        listener);
            } finally {
                if (ahead != null) {
                    ahead.close();
                }
                if (done != null) {
                    done.close();
                }
            }
            return stats.withSkipped(source.skipped()).withResumed(done == null ? 0 : done.resumed());
        } finally {
            finished.countDown();
        }
    }

    /**
     * Stops a running batch: no further input is read, and records finished within {@code wait}
     * are written before the output is closed on a line boundary. Safe to call from a shutdown
     * hook while {@link #run} is still working.
     */
    public void stop(Duration wait) {
        pipeline.stop();
        try {
            finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            JsonLinesSink out = sink;
            if (out != null) {
                out.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of the run's wall-clock time its workers spent on documents (see {@link RecordPipeline}). */
    public double workerUtilization() {
        return pipeline.workerUtilization();
    }
}
