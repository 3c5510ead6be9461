package dev.pith.batch.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.Pith;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * One text document as {@code pith clean} sees it: the text, and the site it belongs to for
 * corpus statistics (a record's {@code site} field, else its URL's host, else empty).
 *
 * @param text the document's text
 * @param url  its URL, or empty
 * @param site its site key, or empty
 */
public record TextRecord(String text, String url, String site) {

    /**
     * Parses records whose text may be as long as a whole document (Jackson's default stops at
     * 20 MB): no limit of its own, since the record's line is already within the run's limit.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build())
            .build());

    /**
     * Reads an input: JSON Lines records are parsed, files are decoded as pages are (UTF-8
     * unless the bytes say otherwise; invalid bytes become U+FFFD, see {@link Pith#decodeText}).
     *
     * @throws IOException when a record is not JSON or has no {@code text}
     */
    public static TextRecord read(Input input) throws IOException {
        byte[] bytes = input.reader().read();
        if (!JsonLinesInputs.CONTENT_TYPE.equals(input.contentType())) {
            return new TextRecord(Pith.decodeText(bytes, input.url()), input.url(), siteOf(input.url()));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputError(ErrorCode.BAD_RECORD, "not a JSON record: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.hasNonNull("text") || !node.get("text").isTextual()) {
            throw new InputError(ErrorCode.BAD_RECORD, "record has no \"text\" string");
        }
        String url = node.hasNonNull("url") ? node.get("url").asText() : "";
        String site = node.hasNonNull("site") ? node.get("site").asText() : siteOf(url);
        return new TextRecord(node.get("text").asText(), url, site);
    }

    /** The host of a URL without {@code www.}, lower case; empty when there is none. */
    public static String siteOf(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
