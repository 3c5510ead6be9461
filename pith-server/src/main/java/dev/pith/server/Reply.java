package dev.pith.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** What an endpoint answers: a status, a Content-Type and the body's bytes. */
public record Reply(int status, String contentType, byte[] body) {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JSON = "application/json; charset=utf-8";

    static Reply json(int status, JsonNode node) {
        try {
            return new Reply(status, JSON, MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static Reply ok(JsonNode node) {
        return json(200, node);
    }

    static Reply text(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(ApiError e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("error", e.code());
        o.put("message", e.getMessage());
        o.put("status", e.status());
        return json(e.status(), o);
    }
}
