package dev.pith.assemble;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.model.Block;
import dev.pith.model.Paragraph;
import dev.pith.util.JsonTrees;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fallback body: pages rendered by script often ship the article as data — the JSON-LD
 * {@code articleBody}, or the steps of a {@code HowTo} guide ({@link HowToSteps}) — while the
 * static DOM holds only a shell. When the DOM gave almost nothing, that text is the best body
 * there is. The visible article always wins otherwise: the data is only believed when it is much
 * longer than what the page shows, and when it describes one article, not the many of a feed.
 */
public final class EmbeddedBody {

    /** A DOM body shorter than this many words counts as "almost nothing". */
    public static final int MIN_DOM_WORDS = 50;
    /**
     * Only an embedded body at least this many times longer than the DOM's replaces it: a shell
     * with a teaser line gives way to the story, a short visible article stays.
     */
    static final int MIN_GAIN_FACTOR = 4;
    /** Deeper JSON is not searched; real JSON-LD is a few levels deep. */
    private static final int MAX_DEPTH = 16;
    private static final JsonFactory JSON = new JsonFactory();

    private EmbeddedBody() {
    }

    /**
     * The body to use: {@code dom} unless it is nearly empty and the page's one JSON-LD
     * {@code articleBody} is much longer, in which case that text split into paragraphs.
     *
     * @param scripts the page's JSON-LD blocks; the metadata walk bounds their count and size
     */
    public static List<Block> orFallback(List<Block> dom, List<String> scripts) {
        if (scripts.isEmpty()) {
            return dom;
        }
        int domWords = 0;
        for (Block b : dom) {
            domWords += TextMetrics.words(b.text());
            if (domWords >= MIN_DOM_WORDS) {
                return dom;
            }
        }
        String best = ownArticleBody(scripts);
        if (TextMetrics.words(best) < Math.max(MIN_DOM_WORDS, MIN_GAIN_FACTOR * domWords)) {
            return dom;
        }
        List<Block> out = new ArrayList<>();
        for (String para : best.split("\\n\\s*\\n|\\n")) {
            String text = TextMetrics.collapseWhitespace(para);
            if (!text.isEmpty()) {
                out.add(new Paragraph(text));
            }
        }
        return out;
    }

    /**
     * The article body the page's JSON-LD gives for the page itself, or "". Blocks that carry
     * different bodies describe several articles (a feed, a listing of teasers), and none of
     * them is the page's own; a block repeated as it is (a template printing it twice) is one.
     */
    private static String ownArticleBody(List<String> scripts) {
        String own = "";
        for (String script : scripts) {
            String body = longestArticleBody(script);
            if (body.isEmpty()) {
                continue;
            }
            if (!own.isEmpty() && !own.equals(body)) {
                return "";
            }
            own = body;
        }
        return own;
    }

    private static String longestArticleBody(String json) {
        try {
            try (JsonParser parser = JSON.createParser(json)) {
                return longest(JsonTrees.readValue(parser), 0);
            }
        } catch (Exception e) {
            // Malformed JSON-LD is common; it simply offers no body.
            return "";
        }
    }

    private static String longest(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return "";
        }
        String best = "";
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            best = body != null && body.isTextual() ? body.asText() : HowToSteps.of(node);
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                String inner = longest(it.next(), depth + 1);
                if (inner.length() > best.length()) {
                    best = inner;
                }
            }
        }
        return best;
    }
}
