package dev.pith.batch.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.batch.io.ByteSniffer;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.InputError;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.Records;
import dev.pith.model.Article;
import dev.pith.render.Format;
import dev.pith.render.RenderOptions;
import dev.pith.render.Renderer;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** The per-document job of {@code pith extract}: one HTML input, one record with its main content and metadata. */
public final class ExtractJob implements RecordPipeline.Job {

    /** File name endings read as HTML (each also with {@code .gz}): static pages and server-page names. */
    public static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml", ".php", ".asp",
            ".aspx", ".jsp");
    /** What a directory walk takes as pages: those, and names without an extension, as web mirrors save pages. */
    public static final List<String> IN_DIRECTORIES = Stream.concat(EXTENSIONS.stream(),
            Stream.of(FileInputs.NO_EXTENSION)).toList();

    private final ExtractOptions options;
    private final boolean explain;
    private final Format document;
    private final RenderOptions render;

    public ExtractJob(ExtractOptions options) {
        this(options, false, null);
    }

    /**
     * @param explain  add the verdict on every block and pruned element to each record
     *                 ({@link Records#explained}), as {@code pith extract --explain} does for batches
     * @param document also render each article in this format into the record's
     *                 {@link Records#DOCUMENT} field, for a later stage to take out (the files of
     *                 {@code --output-dir}); null for none
     */
    public ExtractJob(ExtractOptions options, boolean explain, Format document) {
        this(options, explain, document, RenderOptions.DEFAULTS);
    }

    /**
     * As {@link #ExtractJob(ExtractOptions, boolean, Format)}, the document rendered with these
     * options (links, bold and italic in Markdown and HTML, as {@code --links} and
     * {@code --formatting} ask); the record's own fields never change with them.
     */
    public ExtractJob(ExtractOptions options, boolean explain, Format document, RenderOptions render) {
        this.options = options;
        this.explain = explain;
        this.document = document;
        this.render = render;
    }

    @Override
    public ObjectNode process(Input input) throws IOException {
        byte[] page = input.reader().read();
        String contentType = contentType(page, input.contentType());
        Article article;
        ObjectNode record;
        if (explain) {
            Extraction x = Pith.explain(page, input.url(), contentType, options);
            article = x.article();
            record = Records.explained(input, x);
        } else {
            article = Pith.extract(page, input.url(), contentType, options);
            record = Records.of(input, article);
        }
        if (document != null) {
            record.put(Records.DOCUMENT, Renderer.of(document, render).render(article));
        }
        return record;
    }

    /**
     * The content type to decode a page with: the given one, unless the bytes are UTF-16 without
     * a byte-order mark (which no label announces reliably).
     *
     * @throws InputError {@code not-html} when the bytes are binary, not a page
     */
    public static String contentType(byte[] page, String given) throws InputError {
        String utf16 = ByteSniffer.utf16WithoutBom(page);
        if (utf16 != null) {
            return "text/html; charset=" + utf16;
        }
        if (ByteSniffer.looksBinary(page)) {
            throw new InputError(ErrorCode.NOT_HTML, "the input looks binary, not like a web page");
        }
        return given;
    }
}
