package dev.pith.batch.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps lines to results on worker threads in chunks, handing results to one consumer in input
 * order: parsing and sketching run in parallel, the shared statistics and files are updated by
 * the reading thread only, while workers process the previous chunk. Memory is bounded by two
 * chunks.
 *
 * @param <T> the result of one line
 */
public final class ChunkedMapper<T> implements AutoCloseable {

    /** Lines per chunk: large enough to amortise hand-over, small enough to bound memory. */
    static final int CHUNK = 512;

    /** Receives results in input order. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T result) throws java.io.IOException;
    }

    private final ExecutorService pool;
    private final int threads;
    private final Function<JsonlSource.Line, T> work;
    private final Sink<T> sink;
    private List<JsonlSource.Line> chunk = new ArrayList<>(CHUNK);
    /** The chunk being processed while the next one is read: reading overlaps the work. */
    private List<Future<List<T>>> inFlight = List.of();

    public ChunkedMapper(ExecutorService pool, int threads, Function<JsonlSource.Line, T> work, Sink<T> sink) {
        this.pool = pool;
        this.threads = threads;
        this.work = work;
        this.sink = sink;
    }

    /** A daemon pool of the given size. */
    public static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "pith-dedup");
            t.setDaemon(true);
            return t;
        });
    }

    public void accept(JsonlSource.Line line) throws java.io.IOException {
        chunk.add(line);
        if (chunk.size() == CHUNK) {
            drain();
        }
    }

    /** Processes what is left; call at the end. */
    public void finish() throws java.io.IOException {
        drain();
        deliver();
    }

    private void drain() throws java.io.IOException {
        deliver();
        if (chunk.isEmpty()) {
            return;
        }
        List<JsonlSource.Line> lines = chunk;
        chunk = new ArrayList<>(CHUNK);
        int parts = Math.max(1, Math.min(threads, lines.size()));
        List<Future<List<T>>> futures = new ArrayList<>(parts);
        int per = (lines.size() + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            List<JsonlSource.Line> slice = lines.subList(Math.min(lines.size(), p * per),
                    Math.min(lines.size(), (p + 1) * per));
            futures.add(pool.submit(() -> {
                List<T> out = new ArrayList<>(slice.size());
                for (JsonlSource.Line l : slice) {
                    out.add(work.apply(l));
                }
                return out;
            }));
        }
        inFlight = futures;
    }

    private void deliver() throws java.io.IOException {
        for (Future<List<T>> f : inFlight) {
            for (T result : await(f)) {
                sink.accept(result);
            }
        }
        inFlight = List.of();
    }

    private static <T> List<T> await(Future<List<T>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // the work functions turn every per-record failure into a value; this is a bug
            throw new IllegalStateException("dedup worker failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        chunk.clear();
        inFlight.forEach(f -> f.cancel(true));
    }
}
