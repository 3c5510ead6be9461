package dev.pith.batch.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Extraction;
import dev.pith.batch.io.Input;
import dev.pith.model.Article;

/**
 * The JSON Lines record shapes of {@link RecordNodes}, next to an {@code ObjectMapper} for the
 * callers that also read JSON with one (the Spark stages, the server). Batch runs use
 * {@link RecordNodes} directly and never create the mapper.
 */
public final class Records {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** See {@link RecordNodes#DOCUMENT}. */
    public static final String DOCUMENT = RecordNodes.DOCUMENT;

    private Records() {
    }

    /** See {@link RecordNodes#of}. */
    public static ObjectNode of(Input input, Article article) {
        return RecordNodes.of(input, article);
    }

    /** See {@link RecordNodes#explained}. */
    public static ObjectNode explained(Input input, Extraction x) {
        return RecordNodes.explained(input, x);
    }

    /** See {@link RecordNodes#explanation}. */
    public static ObjectNode explanation(Extraction x) {
        return RecordNodes.explanation(x);
    }

    /** See {@link RecordNodes#error}. */
    public static ObjectNode error(Input input, String message) {
        return RecordNodes.error(input, message);
    }
}
