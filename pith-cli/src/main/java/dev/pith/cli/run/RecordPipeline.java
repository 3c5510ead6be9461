package dev.pith.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.cli.io.Input;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a per-document job over a stream of inputs on N worker threads and hands the records to
 * one sink in input order. At most {@link #WINDOW_PER_THREAD} documents per thread are in
 * flight, so memory stays flat however long the input is. Every input yields exactly one
 * record: a failure or a time-out becomes a record with an {@code error} field.
 */
public final class RecordPipeline {

    /** Documents in flight per worker: enough to keep workers busy while the sink writes. */
    static final int WINDOW_PER_THREAD = 4;
    private static final long POLL_MILLIS = 50;

    /** The per-document job: turns one input into one record. */
    @FunctionalInterface
    public interface Job {
        ObjectNode process(Input input) throws Exception;
    }

    private final int threads;
    private final long budgetNanos;

    /**
     * @param threads       worker threads, at least 1
     * @param budgetSeconds time one document may take before it is given up with an error
     */
    public RecordPipeline(int threads, long budgetSeconds) {
        this.threads = Math.max(1, threads);
        this.budgetNanos = TimeUnit.SECONDS.toNanos(budgetSeconds);
    }

    public RunStats run(Iterator<Input> inputs, Job job, Consumer<ObjectNode> sink, Progress progress) {
        long start = System.nanoTime();
        long documents = 0;
        long errors = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pith-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            while (inputs.hasNext() || !window.isEmpty()) {
                while (inputs.hasNext() && window.size() < threads * WINDOW_PER_THREAD) {
                    window.add(submit(pool, inputs.next(), job));
                }
                ObjectNode record = await(window.poll());
                documents++;
                if (record.hasNonNull("error")) {
                    errors++;
                }
                sink.accept(record);
                progress.advance(documents, errors);
            }
        } finally {
            pool.shutdownNow();
        }
        return new RunStats(documents, errors, System.nanoTime() - start);
    }

    private record Pending(Input input, Future<ObjectNode> future, AtomicLong startedAt) {
    }

    private static Pending submit(ExecutorService pool, Input input, Job job) {
        AtomicLong startedAt = new AtomicLong();
        Future<ObjectNode> f = pool.submit(() -> {
            startedAt.set(System.nanoTime());
            return job.process(input);
        });
        return new Pending(input, f, startedAt);
    }

    private ObjectNode await(Pending p) {
        while (true) {
            try {
                return p.future().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = p.startedAt().get();
                if (started != 0 && System.nanoTime() - started > budgetNanos) {
                    p.future().cancel(true);
                    return Records.error(p.input(), "timed out after "
                            + TimeUnit.NANOSECONDS.toSeconds(budgetNanos) + " s");
                }
            } catch (ExecutionException e) {
                return Records.error(p.input(), Records.message(e.getCause()));
            } catch (CancellationException e) {
                return Records.error(p.input(), "cancelled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Records.error(p.input(), "interrupted");
            }
        }
    }
}
