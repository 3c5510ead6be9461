package dev.pith.cli;

import dev.pith.batch.run.RecordPipeline;
import picocli.CommandLine.Option;

/** The worker options every per-document command shares: how many threads, how long a document may take. */
public final class WorkerOptions {

    @Option(names = {"-j", "--threads"}, description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout",
            description = "Seconds one document may take before it is given up with an error (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = RecordPipeline.DEFAULT_BUDGET_SECONDS;
}
