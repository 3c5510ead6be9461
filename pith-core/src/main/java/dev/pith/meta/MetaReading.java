package dev.pith.meta;

import dev.pith.model.Metadata;
import java.util.List;

/**
 * What the meta stage read from a page: its metadata, and its JSON-LD scripts, which later
 * stages need after pruning has removed them from the document.
 *
 * @param metadata the resolved fields
 * @param jsonLd   the text of the page's JSON-LD scripts, in document order (the first
 *                 twenty: pages with more are listings describing other pages)
 */
public record MetaReading(Metadata metadata, List<String> jsonLd) {

    public MetaReading {
        jsonLd = List.copyOf(jsonLd);
    }
}
