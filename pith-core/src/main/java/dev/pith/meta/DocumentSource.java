package dev.pith.meta;

import dev.pith.parse.Urls;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The document's own markup: {@code <title>}, {@code <h1>}, {@code <html lang>} and {@code <link>} elements. */
final class DocumentSource implements MetadataSource {

    @Override
    public void collect(PageScan page, Candidates out) {
        out.add(Field.LANGUAGE, page.htmlLang, Source.DOCUMENT);
        for (Element link : page.links) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            if ("canonical".equals(rel)) {
                String abs = Urls.absolute(link, "href");
                out.add(Field.CANONICAL_URL, abs.isEmpty() ? link.attr("href") : abs, Source.DOCUMENT);
            } else if ("image_src".equals(rel)) {
                out.add(Field.IMAGE, Urls.absolute(link, "href"), Source.DOCUMENT);
            }
        }
    }
}
