package dev.pith.batch.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.clean.CleanOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The job for a mixed folder of documents, as {@code pith dedup} reads them: text files are
 * cleaned as {@link CleanJob} would, everything else is extracted as HTML by {@link ExtractJob}.
 */
public final class DocumentJob implements RecordPipeline.Job {

    /** Files extracted or cleaned, also inside directories. */
    public static final List<String> EXTENSIONS = Stream.concat(ExtractJob.EXTENSIONS.stream(),
            CleanJob.TEXT_EXTENSIONS.stream()).toList();

    private final ExtractJob extract = new ExtractJob(ExtractOptions.DEFAULTS);
    private final CleanJob clean = new CleanJob(CleanOptions.DEFAULTS, null);

    @Override
    public ObjectNode process(Input input) throws IOException {
        boolean text = FileInputs.accepted(Path.of(input.source()), CleanJob.TEXT_EXTENSIONS);
        return text ? clean.process(input) : extract.process(input);
    }
}
