package dev.pith.cli;

import picocli.CommandLine.Option;

/** The worker options every per-document command shares: how many threads, how long a document may take. */
public final class WorkerOptions {

    /** Seconds one document may take by default; generous, since a 20 MB page takes about one. */
    static final long DEFAULT_TIMEOUT_SECONDS = 30;

    @Option(names = {"-j", "--threads"}, description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout",
            description = "Seconds one document may take before it is given up with an error (default: 30).")
    long timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
}
