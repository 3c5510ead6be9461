package dev.pith.batch.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Pith;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.batch.io.TextRecord;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.Records;
import dev.pith.clean.CleanOptions;
import dev.pith.clean.CorpusStats;
import dev.pith.clean.TextCleaner;
import dev.pith.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-document job of {@code pith clean}: one plain-text input (a file, or a JSON Lines
 * record with a {@code text} field), one record with the cleaned article.
 */
public final class CleanJob implements RecordPipeline.Job {

    /** Plain-text files, cleaned one document each (each also with {@code .gz}). */
    public static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text");
    /** Everything {@code pith clean} reads: text files and JSON Lines. */
    public static final List<String> EXTENSIONS = Stream.concat(TEXT_EXTENSIONS.stream(),
            JsonLinesInputs.EXTENSIONS.stream()).toList();

    private final CleanOptions options;
    private final CorpusStats corpus;

    /**
     * @param options how to clean
     * @param corpus  line counts of a first pass over the corpus ({@code --corpus}), or null
     */
    public CleanJob(CleanOptions options, CorpusStats corpus) {
        this.options = options;
        this.corpus = corpus;
    }

    @Override
    public ObjectNode process(Input input) throws IOException {
        TextRecord record = TextRecord.read(input);
        if (TextCleaner.looksBinary(record.text())) {
            return Records.error(input, ErrorCode.NOT_TEXT.describe("the input looks binary"));
        }
        CleanOptions opts = corpus == null ? options : options.withRecurring(corpus, record.site());
        Article article = Pith.clean(record.text(), opts);
        if (!record.url().isEmpty()) {
            article = new Article(record.url(), article.metadata(), article.body());
        }
        return Records.of(input, article);
    }
}
