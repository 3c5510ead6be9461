package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/** The candidate values collected for one page, by field, in the order they were found. */
final class Candidates {

    /** More candidates for one field than this come from a hostile or broken page: ignore them. */
    static final int MAX_PER_FIELD = 200;

    private final Map<Field, List<Candidate>> byField = new EnumMap<>(Field.class);

    /** Adds a value unless it is null or blank; the value is whitespace-collapsed. */
    void add(Field field, String value, Source source) {
        if (value == null) {
            return;
        }
        // values from JSON and double-encoded attributes may still carry entities ("&#8211;", "&amp;")
        String v = TextMetrics.collapseWhitespace(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value);
        if (v.isEmpty()) {
            return;
        }
        List<Candidate> list = byField.computeIfAbsent(field, f -> new ArrayList<>());
        if (list.size() < MAX_PER_FIELD) {
            list.add(new Candidate(field, v, source));
        }
    }

    /** The candidates for a field, in the order found. */
    List<Candidate> of(Field field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The first value a given source offered for a field, or null. */
    String first(Field field, Source source) {
        for (Candidate c : of(field)) {
            if (c.source() == source) {
                return c.value();
            }
        }
        return null;
    }
}
