package dev.pith.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.Caption;
import dev.pith.model.Code;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import dev.pith.model.Quote;
import dev.pith.model.Table;
import dev.pith.util.JsonTrees;
import java.util.List;

/**
 * One JSON object per article: the metadata fields under the names the CLI's JSON Lines use,
 * {@code text}, and the typed {@code blocks}.
 */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String render(Article article) {
        return JsonTrees.pretty(toTree(article, true), JSON);
    }

    /**
     * The article as a JSON tree.
     *
     * @param withBlocks add the typed {@code blocks} array besides {@code text}
     */
    static ObjectNode toTree(Article article, boolean withBlocks) {
        ObjectNode o = JsonTrees.object();
        o.put("url", article.url().isEmpty() ? null : article.url()); // absent, like every other field
        putMetadata(o, article.metadata());
        o.put("text", article.text());
        if (withBlocks) {
            ArrayNode blocks = o.putArray("blocks");
            article.body().forEach(b -> blocks.add(block(b)));
        }
        return o;
    }

    /** Adds the metadata fields to {@code o}: empty fields as JSON null, lists as arrays. */
    private static void putMetadata(ObjectNode o, Metadata m) {
        o.setAll((ObjectNode) JsonTrees.fromValue(m.asMap()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static ObjectNode block(Block block) {
        ObjectNode o = JsonTrees.object();
        if (block instanceof Heading h) {
            o.put("type", "heading").put("level", h.level()).put("text", h.text());
        } else if (block instanceof Paragraph p) {
            o.put("type", "paragraph").put("text", p.text());
        } else if (block instanceof ListBlock l) {
            o.put("type", "list").put("ordered", l.ordered());
            strings(o.putArray("items"), l.items());
        } else if (block instanceof Quote q) {
            o.put("type", "quote").put("text", q.text());
        } else if (block instanceof Code c) {
            o.put("type", "code").put("language", c.language()).put("text", c.text());
        } else if (block instanceof Table t) {
            o.put("type", "table");
            ArrayNode rows = o.putArray("rows");
            t.rows().forEach(r -> strings(rows.addArray(), r));
        } else if (block instanceof Caption c) {
            o.put("type", "caption").put("text", c.text());
        } else if (block instanceof Image i) {
            o.put("type", "image").put("src", i.src()).put("alt", i.alt());
        }
        return o;
    }
}
