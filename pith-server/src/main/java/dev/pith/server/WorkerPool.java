package dev.pith.server;

import dev.pith.ExtractionTimeoutException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run extractions: a fixed number of workers and a bounded queue. A request
 * that finds both full is refused at once (503) rather than queued without limit, and a caller
 * waits no longer than its deadline (504): the task is then cancelled, and the core, which
 * checks its own time budget, gives the worker back soon after.
 */
final class WorkerPool implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final AtomicInteger busy = new AtomicInteger();

    WorkerPool(int workers, int queue) {
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger number = new AtomicInteger();
        executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting, r -> {
            Thread t = new Thread(r, "pith-worker-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Work that may fail with an answer of its own. */
    @FunctionalInterface
    interface Task<T> {
        T run() throws ApiError, java.io.IOException;
    }

    /**
     * Runs {@code task} on a worker and waits for it at most {@code deadline}, noting in
     * {@code timing} when it was queued, started and finished.
     *
     * @throws ApiError 503 when no worker or queue slot is free, 504 when the deadline or the
     *                  core's time budget runs out, or the task's own error
     */
    <T> T run(RequestTiming timing, Task<T> task, Duration deadline) throws ApiError {
        Callable<T> counted = () -> {
            timing.started();
            busy.incrementAndGet();
            try {
                return task.run();
            } finally {
                busy.decrementAndGet();
                timing.finished();
            }
        };
        Future<T> future;
        try {
            timing.queued();
            future = executor.submit(counted);
        } catch (RejectedExecutionException e) {
            throw ApiError.overloaded();
        }
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ApiError.timeout("no answer within " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "shutting_down", "the server is stopping");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static ApiError unwrap(Throwable cause) {
        if (cause instanceof ApiError e) {
            return e;
        }
        if (cause instanceof ExtractionTimeoutException e) {
            return ApiError.timeout(e.getMessage());
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new ApiError(400, "bad_request", String.valueOf(cause.getMessage()));
    }

    int busy() {
        return busy.get();
    }

    int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
