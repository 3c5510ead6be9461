package dev.pith.batch.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.InputError;
import dev.pith.model.Article;

/** The JSON Lines record shapes every command writes. */
public final class Records {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Records() {
    }

    /** The record of a document processed without error. */
    public static ObjectNode of(Input input, Article article) {
        ObjectNode o = head(input);
        if (!article.url().isEmpty()) {
            o.put("url", article.url());
        }
        o.setAll((ObjectNode) MAPPER.valueToTree(article.metadata().asMap()));
        o.put("text", article.text());
        o.putNull("error");
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
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", input.id());
        o.put("source", input.source());
        o.put("url", input.url().isEmpty() ? null : input.url()); // absent, like every other field
        input.fields().forEach(o::put);
        return o;
    }

}
