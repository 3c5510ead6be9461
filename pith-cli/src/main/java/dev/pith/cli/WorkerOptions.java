package dev.pith.cli;

import dev.pith.batch.run.RecordPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The worker options every per-document command shares: how many threads, how long a document may take. */
public final class WorkerOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int threads = Runtime.getRuntime().availableProcessors();

    long timeoutSeconds = RecordPipeline.DEFAULT_BUDGET_SECONDS;

    @Option(names = {"-j", "--threads"}, description = "Worker threads, at least 1 (default: all cores).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "-j/--threads must be at least 1, got " + n);
        }
        threads = n;
    }

    @Option(names = "--timeout",
            description = "Seconds one document may take before it is given up with an error, at least 1 (default: 30).")
    void timeout(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, got " + seconds);
        }
        timeoutSeconds = seconds;
    }
}
