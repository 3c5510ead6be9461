package dev.pith.example.library;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.model.Article;
import dev.pith.model.Metadata;
import dev.pith.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints a page's title, date, language and the first lines of its Markdown: {@code Summary page.html [url]}. */
public final class Summary {

    private static final int PREVIEW_CHARS = 400;

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Summary PAGE.html [URL]");
            System.exit(2);
        }
        System.out.println(of(Files.readAllBytes(Path.of(args[0])), args.length > 1 ? args[1] : null));
    }

    /** The summary of one page, with dates read as of a fixed day so that reruns agree. */
    static String of(byte[] html, String url) {
        ExtractOptions options = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2026, 1, 1));
        Article article = Pith.extract(html, url, null, options);
        Metadata m = article.metadata();
        String markdown = Pith.render(article, Format.MARKDOWN);
        return "title: " + m.title() + "\ndate: " + m.date() + "\nlanguage: " + m.language() + "\n\n"
                + markdown.substring(0, Math.min(PREVIEW_CHARS, markdown.length()));
    }
}
