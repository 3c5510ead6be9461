package dev.pith.batch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a dataset's {@code gold.jsonl}.
 *
 * @param id      page id
 * @param url     page URL, or empty
 * @param type    page type, or {@code (none)}
 * @param text    gold main text; null when the page has none to score
 * @param with    snippets that must appear
 * @param without snippets that must not appear
 */
public record GoldPage(String id, String url, String type, String text, List<String> with, List<String> without) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Loads a gold file, keyed and sorted by id. */
    public static Map<String, GoldPage> load(Path file) throws IOException {
        Map<String, GoldPage> pages = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                GoldPage g = new GoldPage(n.path("id").asText(), text(n, "url", ""),
                        text(n, "type", "(none)"), text(n, "text", null),
                        strings(n.get("with")), strings(n.get("without")));
                pages.put(g.id(), g);
            }
        }
        return pages;
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(s -> out.add(s.asText()));
        }
        return out;
    }
}
