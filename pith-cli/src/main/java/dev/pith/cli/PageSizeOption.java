package dev.pith.cli;

import dev.pith.batch.io.FileInputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --max-page-mb}, as a picocli mixin: one limit on the size of a document for every
 * command and every kind of input it reads (a file, standard input, a JSON line, a WARC record,
 * a fetched response), so that no input has a hidden cap of its own. A larger document is one
 * {@code too-large} error record; the run goes on.
 */
public final class PageSizeOption {

    private static final long MB = 1024 * 1024;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    long maxPageMb = FileInputs.MAX_DOCUMENT_BYTES / MB;

    @Option(names = "--max-page-mb", paramLabel = "MB",
            description = "Largest document accepted, in MB, once inflated: a file, standard input, a JSON line, a"
                    + " WARC record or a fetched response (also before decompression); a larger one gets a too-large"
                    + " error record (default: 64).")
    void maxPageMb(long mb) {
        if (mb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-page-mb must be at least 1, got " + mb);
        }
        maxPageMb = mb;
    }

    /** The largest document accepted from any input, in bytes. */
    long bytes() {
        return maxPageMb * MB;
    }
}
