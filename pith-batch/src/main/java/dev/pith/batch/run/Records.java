package dev.pith.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pith.BlockVerdict;
import dev.pith.Extraction;
import dev.pith.PrunedElement;
import dev.pith.batch.io.Input;
import dev.pith.model.Article;
import java.util.List;

/** The JSON Lines record shapes every command writes. */
public final class Records {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A field that carries a rendered document from a worker to the stage that writes it to its
     * own file; that stage removes it, so it never reaches the JSON Lines output.
     */
    public static final String DOCUMENT = "document";

    private Records() {
    }

    /** The record of a document processed without error. */
    public static ObjectNode of(Input input, Article article) {
        ObjectNode o = head(input);
        if (!article.url().isEmpty()) {
            o.put("url", article.url());
        }
        article.metadata().asMap().forEach((key, value) -> o.set(key, node(value)));
        o.put("text", article.text());
        o.putNull("error");
        return o;
    }

    /**
     * The record of a document processed without error, with the reasons behind it
     * ({@link #explanation}) after the usual fields.
     */
    public static ObjectNode explained(Input input, Extraction x) {
        ObjectNode o = of(input, x.article());
        o.setAll(explanation(x));
        return o;
    }

    /**
     * The reasons behind an extraction as JSON: {@code region} (the main-content containers),
     * {@code removals} (each pruned element: {@code rule}, {@code element}, {@code chars}) and
     * {@code blocks} (every text block: {@code text}, {@code kind}, {@code path}, {@code kept},
     * {@code rule}, {@code weight}), the names {@code pith serve}'s {@code explain} uses too.
     */
    public static ObjectNode explanation(Extraction x) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode region = o.putArray("region");
        x.region().forEach(region::add);
        ArrayNode removals = o.putArray("removals");
        for (PrunedElement p : x.removals()) {
            removals.addObject().put("rule", p.rule()).put("element", p.element()).put("chars", p.chars());
        }
        ArrayNode blocks = o.putArray("blocks");
        for (BlockVerdict b : x.blocks()) {
            blocks.addObject().put("text", b.text()).put("kind", b.kind()).put("path", b.path())
                    .put("kept", b.kept()).put("rule", b.rule()).put("weight", b.weight());
        }
        return o;
    }

    /**
     * A metadata value as JSON, as Jackson's {@code valueToTree} makes it, built directly: the
     * general conversion (a token buffer, serializer lookups) cost each record more than its
     * fields, and the JIT compiler's time on a short run.
     */
    private static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            ArrayNode array = MAPPER.createArrayNode();
            list.forEach(item -> array.add((String) item));
            return array;
        }
        return MAPPER.valueToTree(value);
    }

    /** The record of a document that failed: empty text and the reason. */
    public static ObjectNode error(Input input, String message) {
        ObjectNode o = head(input);
        o.put("text", "");
        o.put("error", message);
        return o;
    }

    private static ObjectNode head(Input input) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", input.id());
        o.put("source", input.source());
        o.put("url", input.url().isEmpty() ? null : input.url()); // absent, like every other field
        input.fields().forEach(o::put);
        return o;
    }

}
