package dev.pith.batch.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.ContentEncoding;
import dev.pith.batch.io.ErrorCode;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One input record as deduplication sees it: a JSON object with {@code id}, {@code text} and
 * optionally {@code site}, {@code url} and the metadata fields of {@code pith extract}.
 *
 * @param line            where it came from
 * @param json            the parsed object, or null when the line is not one
 * @param id              its id ({@code source:line} when it has none)
 * @param text            the text to compare, {@code ""} when absent
 * @param site            the site whose boilerplate it shares: {@code site}, else the URL's host
 * @param metadataFields  non-empty metadata fields, for the survivor rule
 * @param date            {@code modified}, else {@code published}, else {@code ""}
 * @param error           why the record cannot be used, or null
 */
public record DedupRecord(JsonlSource.Line line, ObjectNode json, String id, String text, String site,
                          int metadataFields, String date, String error) {

    /**
     * Jackson refuses strings over 20 M characters by default; records up to the line limit are
     * fine, and the line limit ({@link JsonlSource#maxLineBytes}) already bounds every string.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build())
            .build())
            // "{...} junk" is malformed, not an object followed by ignorable bytes
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The metadata fields {@code pith extract} writes, counted by the survivor rule. */
    static final List<String> METADATA_FIELDS = List.of("url", "title", "description", "authors",
            "published", "modified", "site", "language", "canonical_url", "image", "tags", "page_type");

    /** Parses a line; any problem becomes the record's error, never an exception. */
    public static DedupRecord parse(JsonlSource.Line line) {
        return parse(line, JsonlSource.MAX_LINE_BYTES);
    }

    /** As {@link #parse(JsonlSource.Line)}, for a line read with this limit (named in the too-large error). */
    public static DedupRecord parse(JsonlSource.Line line, long maxLineBytes) {
        String fallbackId = line.where();
        if (line.heapFull()) {
            return overHeap(line);
        }
        if (line.tooLong()) {
            return failed(line, fallbackId, ErrorCode.TOO_LARGE.describe("line " + line.number()
                    + " is longer than " + ContentEncoding.sizeLabel(maxLineBytes) + " (--max-page-mb)"));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line.bytes());
        } catch (Exception e) {
            return failed(line, fallbackId, ErrorCode.BAD_RECORD.describe("malformed JSON: " + firstLine(e.getMessage())));
        }
        if (node == null || !node.isObject()) {
            return failed(line, fallbackId, ErrorCode.BAD_RECORD.describe("not a JSON object"));
        }
        ObjectNode o = (ObjectNode) node;
        JsonNode idNode = o.get("id");
        String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asText() : fallbackId;
        JsonNode textNode = o.get("text");
        if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
            return new DedupRecord(line, o, id, "", "", 0, "", ErrorCode.BAD_RECORD.describe("field 'text' is not a string"));
        }
        String text = textNode == null || textNode.isNull() ? "" : textNode.asText();
        return new DedupRecord(line, o, id, text, site(o), metadataFields(o), date(o), null);
    }

    /**
     * A record that the heap could not hold while it was parsed or compared (a line limit raised
     * past the heap): a {@code too-large} error, and the run goes on.
     */
    static DedupRecord overHeap(JsonlSource.Line line) {
        return failed(line, line.where(), ErrorCode.TOO_LARGE.describe("line " + line.number() + " does not fit in"
                + " memory; give Pith more heap (PITH_JAVA_OPTS=-Xmx2g) or a lower --max-page-mb"));
    }

    private static DedupRecord failed(JsonlSource.Line line, String id, String error) {
        return new DedupRecord(line, null, id, "", "", 0, "", error);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static String site(ObjectNode o) {
        String site = string(o, "site");
        if (!site.isEmpty()) {
            return site.toLowerCase(Locale.ROOT);
        }
        for (String field : List.of("url", "canonical_url")) {
            String host = host(string(o, field));
            if (!host.isEmpty()) {
                return host;
            }
        }
        return "";
    }

    private static String host(String url) {
        if (url.isEmpty()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int metadataFields(ObjectNode o) {
        int n = 0;
        for (String f : METADATA_FIELDS) {
            JsonNode v = o.get(f);
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())
                    && !(v.isContainerNode() && v.isEmpty())) {
                n++;
            }
        }
        return n;
    }

    private static String date(ObjectNode o) {
        String modified = string(o, "modified");
        return modified.isEmpty() ? string(o, "published") : modified;
    }

    private static String string(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && v.isTextual() ? v.asText().strip() : "";
    }
}
