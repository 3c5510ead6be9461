package dev.pith.batch.io.fetch;

import dev.pith.batch.io.Input;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A stage between a source and the extraction workers: URL inputs ({@link Fetcher.PendingFetch})
 * are fetched on their own threads up to {@code lookahead} ahead, so network waits and
 * politeness delays overlap across hosts while the workers stay busy with CPU work. Inputs come
 * out in the order they went in; other inputs pass through untouched. At most
 * {@code lookahead} pages are held in memory.
 */
public final class FetchAhead implements Iterator<Input>, Closeable {

    private final Iterator<Input> inputs;
    private final int lookahead;
    private final Deque<Future<Input>> window = new ArrayDeque<>();
    private ExecutorService pool;

    public FetchAhead(Iterator<Input> inputs, int lookahead) {
        this.inputs = inputs;
        this.lookahead = Math.max(1, lookahead);
    }

    @Override
    public boolean hasNext() {
        fill();
        return !window.isEmpty();
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<Input> head = window.poll();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fetch task failed unexpectedly", e.getCause());
        }
    }

    private void fill() {
        while (window.size() < lookahead && inputs.hasNext()) {
            Input input = inputs.next();
            if (input.reader() instanceof Fetcher.PendingFetch pending) {
                window.add(pool().submit(() -> pending.fetchInto(input)));
            } else {
                window.add(CompletableFuture.completedFuture(input));
            }
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(lookahead, r -> {
                Thread t = new Thread(r, "pith-fetch");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
