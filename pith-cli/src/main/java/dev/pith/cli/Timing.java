package dev.pith.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** What the benchmark commands measure with, and how they sum it up. */
final class Timing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Timing() {
    }

    /**
     * CPU time the calling thread has used, in nanoseconds: it leaves out the moments another
     * process held the core, so it is the steadier figure on a busy machine.
     */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The median (the upper one of an even count): machines are noisy, means are not robust. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
