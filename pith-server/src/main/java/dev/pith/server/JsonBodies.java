package dev.pith.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.batch.io.HtmlTypes;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Reading request bodies: JSON objects, and text in the charset its Content-Type names. */
final class JsonBodies {

    static final String JSON_TYPE = "application/json";

    private JsonBodies() {
    }

    static boolean isJson(String contentType) {
        return HtmlTypes.mediaType(contentType).equals(JSON_TYPE);
    }

    /** The body as JSON: 400 {@code bad_json} when it does not parse. */
    static JsonNode parse(byte[] body) throws ApiError {
        try {
            JsonNode node = Reply.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiError.badJson("empty body: expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badJson("not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badJson("not valid JSON: " + e.getMessage());
        }
    }

    /** The body as a JSON object: 400 when it is JSON of another kind. */
    static JsonNode object(byte[] body) throws ApiError {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw ApiError.badJson("expected a JSON object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    /** The charset named by a Content-Type, or UTF-8 when it names none; 415 for an unknown one. */
    static Charset charset(String contentType) throws ApiError {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ApiError(415, "unsupported_charset", "unknown charset: " + name);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
