package dev.pith.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of extracting or cleaning one document: its metadata and its main content as
 * typed blocks in reading order.
 *
 * @param url      the URL the document was given with, or empty
 * @param metadata title, authors, dates and the rest; never null
 * @param body     the main content; empty when nothing was found
 */
public record Article(String url, Metadata metadata, List<Block> body) {

    /** Checks and normalises the components, as the class comment describes. */
    public Article {
        url = url == null ? "" : url;
        Objects.requireNonNull(metadata, "metadata");
        body = List.copyOf(body);
    }

    /** The body as plain text: blocks separated by a blank line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block block : body) {
            String t = block.text();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** This article with other metadata. */
    public Article withMetadata(Metadata newMetadata) {
        return new Article(url, newMetadata, body);
    }
}
