package dev.pith.meta;

import dev.pith.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The meta stage: reads what the page says about itself. Runs on the whole parsed page,
 * before pruning removes the head and the furniture where bylines and dates live.
 */
public final class MetadataExtractor {

    private MetadataExtractor() {
    }

    /**
     * Extracts metadata from a parsed page.
     *
     * @param doc the parsed page, not yet pruned
     * @param url the page URL, or empty
     */
    public static Metadata extract(Document doc, String url) {
        return Metadata.builder().title(title(doc)).build();
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        return doc.title();
    }
}
