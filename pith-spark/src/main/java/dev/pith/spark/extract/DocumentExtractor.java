package dev.pith.spark.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.Failures;
import dev.pith.batch.run.Records;
import dev.pith.spark.Json;
import java.nio.charset.StandardCharsets;

/**
 * Turns one input into one record, never throwing: HTML is extracted as {@code pith extract}
 * does ({@link ExtractJob}); a JSON Lines record is extracted from its {@code html} field, or
 * passed on with its {@code text} as it is (text already extracted elsewhere, ready for dedup).
 * Any failure, a time-budget overrun included, becomes the record's {@code error}.
 */
final class DocumentExtractor {

    private final ExtractOptions options;
    private final ExtractJob job;

    DocumentExtractor(ExtractOptions options) {
        this.options = options;
        this.job = new ExtractJob(options);
    }

    ObjectNode process(Input input) {
        try {
            return JsonLinesInputs.CONTENT_TYPE.equals(input.contentType()) ? fromJson(input) : job.process(input);
        } catch (Exception | StackOverflowError e) {
            // a page nested deeply enough to exhaust the stack is that page's error, not the task's
            return Records.error(input, Failures.describe(e));
        }
    }

    private ObjectNode fromJson(Input input) throws java.io.IOException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(input.reader().read());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Records.error(input, "not a JSON record: " + e.getOriginalMessage());
        }
        if (node != null && node.path("html").isTextual()) {
            byte[] html = node.get("html").asText().getBytes(StandardCharsets.UTF_8);
            return Records.of(input, Pith.extract(html, input.url(), "text/html; charset=utf-8", options));
        }
        if (node != null && node.path("text").isTextual()) {
            ObjectNode o = Records.error(input, "");
            o.put("text", node.get("text").asText());
            o.putNull("error");
            return o;
        }
        return Records.error(input, "record has neither an \"html\" nor a \"text\" string");
    }
}
