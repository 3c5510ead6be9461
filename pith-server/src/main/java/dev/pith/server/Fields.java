package dev.pith.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.ExtractOptions;
import dev.pith.render.Format;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Named request options, from a JSON object or from the query string (when the body is the
 * page itself), read with one set of rules so both forms mean the same. Every bad value is a
 * 400 naming the field.
 */
abstract class Fields {

    /** The field's text, or null when absent or JSON null. */
    abstract String text(String name) throws ApiError;

    /** The field as a flag; {@code fallback} when absent. */
    abstract boolean flag(String name, boolean fallback) throws ApiError;

    static Fields of(JsonNode object) {
        return new JsonFields(object);
    }

    static Fields of(Map<String, String> query) {
        return new QueryFields(query);
    }

    Format format() throws ApiError {
        String v = text("format");
        try {
            return v == null ? Format.JSON : Format.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiError.badField("format", e.getMessage());
        }
    }

    ExtractOptions.Focus focus() throws ApiError {
        String v = text("focus");
        try {
            return v == null ? ExtractOptions.Focus.BALANCED : ExtractOptions.Focus.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badField("focus", "expected precision, balanced or recall, got '" + v + "'");
        }
    }

    LocalDate referenceDate() throws ApiError {
        String v = text("reference_date");
        try {
            return v == null ? null : LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badField("reference_date", "expected YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static final class JsonFields extends Fields {
        private final JsonNode object;

        JsonFields(JsonNode object) {
            this.object = object;
        }

        @Override
        String text(String name) throws ApiError {
            JsonNode v = object.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw ApiError.badField(name, "expected a string, got " + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return v.asText();
        }

        @Override
        boolean flag(String name, boolean fallback) throws ApiError {
            JsonNode v = object.get(name);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw ApiError.badField(name, "expected true or false");
            }
            return v.asBoolean();
        }
    }

    private static final class QueryFields extends Fields {
        private final Map<String, String> query;

        QueryFields(Map<String, String> query) {
            this.query = query;
        }

        @Override
        String text(String name) {
            String v = query.get(name);
            return v == null || v.isEmpty() ? null : v;
        }

        @Override
        boolean flag(String name, boolean fallback) throws ApiError {
            String v = query.get(name);
            if (v == null) {
                return fallback;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "", "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw ApiError.badField(name, "expected true or false, got '" + v + "'");
            };
        }
    }
}
