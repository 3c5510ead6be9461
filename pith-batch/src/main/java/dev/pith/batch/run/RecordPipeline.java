package dev.pith.batch.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.Input;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a per-document job over a stream of inputs: one reader thread pulls inputs, N worker
 * threads run the job, and the calling thread writes the records to the sink in input order.
 *
 * <p>At most {@link #WINDOW_PER_THREAD} documents per worker are in flight (queued, running or
 * waiting for their turn to be written), so memory stays flat however long the input is, and a
 * slow sink slows the reader down (backpressure). Every input read yields exactly one record: a
 * failure becomes a record with an {@code error} field.
 *
 * <p>A document that runs past its time budget gets an error record at once. Java cannot stop a
 * busy thread, so the stuck worker is interrupted, left to finish on its own (its late result is
 * dropped) and replaced by a fresh worker: the run keeps its N workers and never stalls.
 *
 * <p>{@link #stop()} (e.g. from a Ctrl-C hook) ends reading; records already finished are still
 * written in order, and {@link #run} returns with {@link RunStats#interrupted()} set.
 */
public final class RecordPipeline {

    /** Files up to this size on disk are read by the reader thread; larger ones by their worker. */
    static final long READ_AHEAD_MAX_BYTES = 4L << 20;

    /** Seconds one document may take by default; generous, since a 20 MB page takes about one. */
    public static final long DEFAULT_BUDGET_SECONDS = 30;

    /** Documents in flight per worker: enough to keep workers busy while the sink writes. */
    static final int WINDOW_PER_THREAD = 4;
    private static final long POLL_MILLIS = 50;
    /** How long a stopped run still waits for the next record in order before it gives up on it. */
    private static final long STOP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** The per-document job: turns one input into one record. */
    @FunctionalInterface
    public interface Job {
        ObjectNode process(Input input) throws Exception;
    }

    private final int threads;
    private final long budgetNanos;
    private final AtomicInteger replaced = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong busyNanos = new java.util.concurrent.atomic.AtomicLong();
    private volatile long lastRunNanos;
    private volatile boolean stopping;
    private volatile boolean stopRequested;

    /**
     * @param threads       worker threads, at least 1
     * @param budgetSeconds time one document may take before it is given up with an error
     */
    public RecordPipeline(int threads, long budgetSeconds) {
        this(threads, TimeUnit.SECONDS.toNanos(Math.max(1, budgetSeconds)), TimeUnit.NANOSECONDS);
    }

    /** As {@link #RecordPipeline(int, long)} with the budget in any unit (tests use milliseconds). */
    public RecordPipeline(int threads, long budget, TimeUnit unit) {
        this.threads = Math.max(1, threads);
        this.budgetNanos = unit.toNanos(budget);
    }

    /** Asks a running pipeline to stop reading and return after writing what is finished. */
    public void stop() {
        stopRequested = true;
        stopping = true;
    }

    /**
     * The share of the last run's wall-clock time its workers spent on documents (1.0: never
     * idle). Below 1 the reader or the writer kept them waiting; on a shared machine this shows
     * whether the pipeline or the CPU limits throughput.
     */
    public double workerUtilization() {
        return lastRunNanos == 0 ? 0 : busyNanos.get() / ((double) threads * lastRunNanos);
    }

    /** Workers replaced so far because their document ran past its budget. */
    public int replacedWorkers() {
        return replaced.get();
    }

    /**
     * Runs the job over every input and writes one record per input to the sink, in order.
     * An exception thrown by the inputs iterator itself (not by a document) ends the run after
     * the records before it are written, and is rethrown.
     */
    public RunStats run(Iterator<Input> inputs, Job job, Consumer<ObjectNode> sink, RunListener listener) {
        long start = System.nanoTime();
        stopping = stopRequested; // a pipeline may run again; a stop asked for before it starts holds
        busyNanos.set(0);
        Run run = new Run(job, threads * WINDOW_PER_THREAD);
        Thread reader = daemon(() -> run.read(inputs), "pith-reader");
        reader.start();
        for (int i = 0; i < threads; i++) {
            run.startWorker();
        }
        long documents = 0;
        long errors = 0;
        try {
            while (true) {
                Slot slot = run.order.take();
                if (slot == Slot.END) {
                    break;
                }
                ObjectNode record = await(slot, run);
                if (record == null) {
                    break;
                }
                sink.accept(record);
                run.window.release();
                documents++;
                if (record.hasNonNull("error")) {
                    errors++;
                }
                listener.written(documents, errors);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            stopping = true;
            reader.interrupt();
            run.shutdownWorkers();
            joinQuietly(reader);
        }
        if (run.readFailure != null) {
            rethrow(run.readFailure);
        }
        lastRunNanos = System.nanoTime() - start;
        return new RunStats(documents, errors, java.util.Map.of(), 0, lastRunNanos, stopRequested);
    }

    /** The slot's record; an error record past the budget; null when stopped and not ready soon. */
    private ObjectNode await(Slot slot, Run run) throws InterruptedException {
        long stopSeen = 0;
        while (true) {
            try {
                return slot.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = slot.startedAt;
                if (started != 0 && System.nanoTime() - started > budgetNanos) {
                    if (slot.result.complete(Records.error(slot.input, ErrorCode.TIMEOUT.describe("gave up after " + budgetLabel())))) {
                        run.replace(slot.worker);
                    }
                    return slot.result.getNow(null);
                }
                if (stopping) {
                    stopSeen = stopSeen == 0 ? System.nanoTime() : stopSeen;
                    if (System.nanoTime() - stopSeen > STOP_GRACE_NANOS) {
                        return null;
                    }
                }
            } catch (ExecutionException e) {
                return Records.error(slot.input, Failures.describe(e.getCause()));
            }
        }
    }

    private String budgetLabel() {
        long ms = TimeUnit.NANOSECONDS.toMillis(budgetNanos);
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Waits briefly for the reader, so the source's counts are final when the run returns. */
    private static void joinQuietly(Thread reader) {
        try {
            reader.join(TimeUnit.NANOSECONDS.toMillis(STOP_GRACE_NANOS) * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** One document on its way through: its input, its future record, who works on it since when. */
    private static final class Slot {
        static final Slot END = new Slot(null);

        final Input input;
        final CompletableFuture<ObjectNode> result = new CompletableFuture<>();
        volatile long startedAt;
        volatile Worker worker;

        Slot(Input input) {
            this.input = input;
        }
    }

    /** The state of one run: the queues between the stages and the worker threads. */
    private final class Run {
        final Job job;
        final Semaphore window;
        final BlockingQueue<Slot> tasks = new LinkedBlockingQueue<>();
        final BlockingQueue<Slot> order = new LinkedBlockingQueue<>();
        final java.util.Set<Worker> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        volatile Throwable readFailure;

        Run(Job job, int window) {
            this.job = job;
            this.window = new Semaphore(window);
        }

        /** The reader stage: input order is fixed here, by the order of the two queues. */
        void read(Iterator<Input> inputs) {
            try {
                while (!stopping) {
                    window.acquire();
                    if (stopping || !inputs.hasNext()) {
                        break;
                    }
                    // files are read and inflated here, off the workers: with one worker the
                    // second core does the I/O instead of idling
                    Slot slot = new Slot(inputs.next().readAhead(READ_AHEAD_MAX_BYTES));
                    order.put(slot);
                    tasks.put(slot);
                }
            } catch (InterruptedException e) {
                // the writer has ended the run
            } catch (RuntimeException | Error e) {
                if (!stopping) { // once stopping, an interrupted read is expected, not a failure
                    readFailure = e;
                }
            } finally {
                order.add(Slot.END);
            }
        }

        void startWorker() {
            Worker w = new Worker(this);
            workers.add(w);
            w.thread.start();
        }

        /** Gives up on a stuck worker: it may finish its document, but takes no other. */
        void replace(Worker stuck) {
            if (stuck != null && workers.remove(stuck)) {
                stuck.abandoned = true;
                stuck.thread.interrupt();
                replaced.incrementAndGet();
                startWorker();
            }
        }

        void shutdownWorkers() {
            tasks.clear();
            tasks.add(Slot.END);
            for (Worker w : workers) {
                w.thread.interrupt();
            }
        }
    }

    /** A worker thread: takes documents until the end marker, or until it is abandoned. */
    private final class Worker implements Runnable {
        final Run run;
        final Thread thread;
        volatile boolean abandoned;

        Worker(Run run) {
            this.run = run;
            this.thread = daemon(this, "pith-worker");
        }

        @Override
        public void run() {
            while (!abandoned) {
                Slot slot;
                try {
                    slot = run.tasks.take();
                } catch (InterruptedException e) {
                    if (abandoned || run.tasks.peek() == Slot.END) {
                        return;
                    }
                    continue;
                }
                if (slot == Slot.END) {
                    run.tasks.add(Slot.END);
                    return;
                }
                slot.worker = this;
                long started = System.nanoTime();
                slot.startedAt = started;
                slot.result.complete(process(slot.input));
                busyNanos.addAndGet(System.nanoTime() - started);
                Thread.interrupted();
            }
        }

        private ObjectNode process(Input input) {
            try {
                ObjectNode record = run.job.process(input);
                return record != null ? record : Records.error(input, ErrorCode.INTERNAL.describe("no record produced"));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                return Records.error(input, Failures.describe(e));
            }
        }
    }
}
