package dev.pith.batch.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.batch.io.Input;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.Records;
import java.io.IOException;
import java.util.List;

/** The per-document job of {@code pith extract}: one HTML input, one record with its main content and metadata. */
public final class ExtractJob implements RecordPipeline.Job {

    /** File name endings read as HTML (each also with {@code .gz}). */
    public static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml");

    private final ExtractOptions options;

    public ExtractJob(ExtractOptions options) {
        this.options = options;
    }

    @Override
    public ObjectNode process(Input input) throws IOException {
        return Records.of(input, Pith.extract(input.reader().read(), input.url(), input.contentType(), options));
    }
}
