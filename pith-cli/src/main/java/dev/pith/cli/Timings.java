package dev.pith.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesSink;
import dev.pith.batch.io.Outputs;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.util.JsonTrees;
import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code pith extract --timings FILE}: how long each document took, for finding the slow pages
 * of a batch (and for checking that {@code --timeout} holds, e.g. by {@code bench/mutate.py}).
 * It wraps the job and writes one JSON line per document as its worker finishes with it,
 * {@code {"source", "id", "ms", "cpu_ms"}}, in the order documents finish, not in input order:
 * {@code ms} is wall-clock time, {@code cpu_ms} the CPU time the worker thread got, so that a
 * page slow only because the machine was busy shows as such. A worker
 * given up on at its time budget keeps working until the extraction stops itself; its line is
 * written then, so {@code ms} is the time the worker really spent, not the time the run waited;
 * if the run ends first, the line is written at the end with the time so far and
 * {@code "unfinished": true}.
 */
final class Timings implements Closeable {

    private final JsonLinesSink out;
    /** Documents being worked on, each under a key of its own (the same file may be given twice). */
    private final Map<Object, Running> running = new ConcurrentHashMap<>();
    /**
     * Taking a document out of {@link #running} and writing its line is one step, and so is
     * closing: a worker given up on that finishes just as the run ends either writes its line
     * before the file is closed or leaves it to {@link #close} as unfinished, never neither.
     */
    private final Object finishing = new Object();
    private boolean closed;

    private record Running(Input input, long start) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Timings(JsonLinesSink out) {
        this.out = out;
    }

    static Timings open(Path file) throws IOException {
        return new Timings(new JsonLinesSink(Outputs.open(file)));
    }

    /** The job, timed. */
    RecordPipeline.Job timing(RecordPipeline.Job job) {
        return input -> {
            Object key = new Object();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            running.put(key, new Running(input, start));
            try {
                return job.process(input);
            } finally {
                long nanos = System.nanoTime() - start;
                long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
                synchronized (finishing) {
                    if (running.remove(key) != null && !closed) {
                        record(input, nanos, cpuNanos);
                    }
                }
            }
        };
    }

    /** One line; {@code cpuNanos} is negative for a document still running (another thread cannot measure it). */
    private void record(Input input, long nanos, long cpuNanos) {
        ObjectNode line = JsonTrees.object();
        line.put("source", input.source());
        line.put("id", input.id());
        line.put("ms", TimeUnit.NANOSECONDS.toMillis(nanos));
        if (cpuNanos >= 0) {
            line.put("cpu_ms", TimeUnit.NANOSECONDS.toMillis(cpuNanos));
        } else {
            line.put("unfinished", true);
        }
        out.accept(line);
    }

    /** Writes the documents still being worked on as unfinished, then closes the file. */
    @Override
    public void close() throws IOException {
        synchronized (finishing) {
            closed = true;
            long now = System.nanoTime();
            for (Object key : running.keySet()) {
                Running r = running.remove(key);
                if (r != null) {
                    record(r.input(), now - r.start(), -1);
                }
            }
            out.close();
        }
    }
}
