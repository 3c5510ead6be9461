package dev.pith.batch.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.BlockVerdict;
import dev.pith.Extraction;
import dev.pith.PrunedElement;
import dev.pith.batch.io.Input;
import dev.pith.model.Article;
import dev.pith.util.JsonTrees;

/**
 * The JSON Lines record shapes every command writes, built from Jackson's node factory alone.
 *
 * <p>Why not through an {@code ObjectMapper}: creating one costs a process some 200 ms of CPU
 * (its serializer and type machinery, loaded and then compiled), about what fifty pages cost a
 * warm extractor, and a batch run needs nothing of it to build and write trees
 * ({@link dev.pith.batch.io.JsonLinesSink} writes them with {@link JsonTrees#write}).
 */
public final class Records {

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
        article.metadata().asMap().forEach((key, value) -> o.set(key, JsonTrees.fromValue(value)));
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
        ObjectNode o = JsonTrees.object();
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

    /** The record of a document that failed: empty text and the reason. */
    public static ObjectNode error(Input input, String message) {
        ObjectNode o = head(input);
        o.put("text", "");
        o.put("error", message);
        return o;
    }

    private static ObjectNode head(Input input) {
        ObjectNode o = JsonTrees.object();
        o.put("id", input.id());
        o.put("source", input.source());
        o.put("url", input.url().isEmpty() ? null : input.url()); // absent, like every other field
        input.fields().forEach(o::put);
        return o;
    }

}
