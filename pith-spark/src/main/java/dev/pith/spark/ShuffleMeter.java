package dev.pith.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums the shuffle bytes the executors write while a stage runs (from the task metrics the
 * driver receives), for the summary's "shuffle bytes per document": the figure that sizes a
 * cluster's local disks and network for a larger corpus.
 */
public final class ShuffleMeter extends SparkListener implements AutoCloseable {

    private final SparkContext sc;
    private final AtomicLong bytes = new AtomicLong();

    private ShuffleMeter(SparkContext sc) {
        this.sc = sc;
    }

    /** Starts counting; {@link #close()} stops. */
    public static ShuffleMeter start(SparkContext sc) {
        ShuffleMeter m = new ShuffleMeter(sc);
        sc.addSparkListener(m);
        return m;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics metrics = end.taskMetrics();
        if (metrics != null) {
            bytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
        }
    }

    /** Shuffle bytes written so far. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public void close() {
        sc.removeSparkListener(this);
    }
}
