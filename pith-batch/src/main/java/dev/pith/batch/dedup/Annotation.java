package dev.pith.batch.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.dedup.Clusters;
import dev.pith.dedup.DocFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one output record: the input record with {@code cluster}, {@code cluster_size},
 * {@code duplicate_of}, {@code similarity} (shingle Jaccard with the survivor, 1 for the
 * survivor) and {@code dedup_note} added. A clean input line is kept byte for byte and the
 * fields appended, which avoids re-serialising large texts; other records are rebuilt.
 */
final class Annotation {

    private static final double ROUNDING = 10_000;

    private Annotation() {
    }

    /** Writes the output line of one record, without the line break. */
    static void write(OutputStream out, JsonlSource.Line line, RecordState state, int doc, Clusters c, int[] sizes,
                      List<DocFeatures> features) throws IOException {
        int survivor = c.survivorOf(doc);
        String duplicateOf = survivor == doc ? null : features.get(survivor).id();
        double similarity = Math.round(c.similarityOf(doc) * ROUNDING) / ROUNDING;
        int label = c.clusterOf(doc);
        if (state.error() == null && state.plain()) {
            byte[] raw = line.bytes();
            int end = raw.length - 1; // the closing brace: the line parsed as an object and is trimmed
            while (end > 0 && raw[end - 1] <= ' ') {
                end--;
            }
            out.write(raw, 0, end);
            StringBuilder sb = new StringBuilder(120);
            sb.append(raw[end - 1] == '{' ? "" : ",");
            sb.append("\"cluster\":").append(label)
                    .append(",\"cluster_size\":").append(sizes[label])
                    .append(",\"duplicate_of\":").append(quote(duplicateOf))
                    .append(",\"similarity\":").append(similarity);
            if (state.note() != null) {
                sb.append(",\"dedup_note\":").append(quote(state.note()));
            }
            out.write(sb.append('}').toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        ObjectNode o = tree(line, state);
        o.put("cluster", label);
        o.put("cluster_size", sizes[label]);
        o.put("duplicate_of", duplicateOf);
        o.put("similarity", similarity);
        if (state.note() != null) {
            o.put("dedup_note", state.note());
        }
        out.write(DedupRun.mapper().writeValueAsBytes(o));
    }

    private static ObjectNode tree(JsonlSource.Line line, RecordState state) {
        ObjectNode o = null;
        if (!line.tooLong()) {
            try {
                JsonNode n = DedupRun.mapper().readTree(line.bytes());
                o = n != null && n.isObject() ? (ObjectNode) n : null;
            } catch (Exception e) {
                o = null;
            }
        }
        if (o == null) {
            o = DedupRun.mapper().createObjectNode();
            o.put("id", state.id());
        }
        if (state.error() != null) {
            o.put("source", line.where());
            o.put("error", state.error());
        }
        return o;
    }

    private static String quote(String s) throws JsonProcessingException {
        return s == null ? "null" : DedupRun.mapper().writeValueAsString(s);
    }
}
