package dev.pith.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.TextRecord;
import dev.pith.dedup.Clusters;
import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.Deduplicator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/dedup}: a small batch {@code {"documents": [{"id", "text", "url"?, "site"?,
 * "date"?}], "threshold"?}} in; every document's cluster (the fields {@code pith dedup} adds to
 * a record) and the clusters with more than one member out. Large corpora belong to
 * {@code pith dedup}, which spills to disk: the batch size is capped.
 */
final class DedupEndpoint implements Endpoint.Handler {

    private static final double ROUNDING = 10_000;

    private final WorkerPool pool;
    private final Duration deadline;
    private final int maxDocs;

    DedupEndpoint(WorkerPool pool, Duration budget, int maxDocs) {
        this.pool = pool;
        this.deadline = budget.plus(ExtractEndpoint.GRACE);
        this.maxDocs = maxDocs;
    }

    @Override
    public Reply handle(Request request) throws ApiError, IOException {
        if (!JsonBodies.isJson(request.contentType())) {
            throw ApiError.unsupportedType(request.contentType(), "application/json");
        }
        JsonNode json = JsonBodies.object(request.body());
        List<Deduplicator.Doc> docs = documents(json);
        DedupOptions options = options(json);
        return Reply.ok(pool.run(request.timing(), () -> clusters(docs, new Deduplicator(options).run(docs)),
                deadline));
    }

    private List<Deduplicator.Doc> documents(JsonNode json) throws ApiError {
        JsonNode array = json.get("documents");
        if (array == null || !array.isArray()) {
            throw ApiError.missingField("documents", "an array of {\"id\", \"text\"} objects");
        }
        if (array.size() > maxDocs) {
            throw new ApiError(413, "batch_too_large", array.size() + " documents; this server takes at most "
                    + maxDocs + " per request (use pith dedup for corpora)");
        }
        List<Deduplicator.Doc> docs = new ArrayList<>(array.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode d = array.get(i);
            String where = "documents[" + i + "]";
            if (!d.isObject()) {
                throw ApiError.badField(where, "expected an object");
            }
            Fields f = Fields.of(d);
            JsonNode id = d.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
                throw ApiError.missingField(where + ".id", "a string or integer");
            }
            if (!ids.add(id.asText())) {
                throw ApiError.badField(where + ".id", "duplicate id " + id.asText());
            }
            String text = f.text("text");
            if (text == null) {
                throw ApiError.missingField(where + ".text", "the document's text");
            }
            String site = f.text("site") != null ? f.text("site") : TextRecord.siteOf(f.text("url"));
            String date = f.text("date") == null ? "" : f.text("date");
            docs.add(new Deduplicator.Doc(id.asText(), text, site, 0, date));
        }
        return docs;
    }

    private static DedupOptions options(JsonNode json) throws ApiError {
        JsonNode t = json.get("threshold");
        if (t == null || t.isNull()) {
            return DedupOptions.defaults();
        }
        if (!t.isNumber() || !(t.asDouble() > 0 && t.asDouble() < 1)) {
            throw ApiError.badField("threshold", "expected a number between 0 and 1 (exclusive)");
        }
        return DedupOptions.defaults().withThreshold(t.asDouble());
    }

    private static ObjectNode clusters(List<Deduplicator.Doc> docs, Clusters c) {
        int[] sizes = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            sizes[c.clusterOf(i)]++;
        }
        ObjectNode out = Reply.MAPPER.createObjectNode();
        ArrayNode documents = out.putArray("documents");
        ArrayNode clusters = out.putArray("clusters");
        ObjectNode[] byCluster = new ObjectNode[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            int label = c.clusterOf(i);
            String survivor = docs.get(c.survivorOf(i)).id();
            documents.addObject().put("id", docs.get(i).id()).put("cluster", label)
                    .put("cluster_size", sizes[label]).put("duplicate_of", c.isSurvivor(i) ? null : survivor)
                    .put("similarity", Math.round(c.similarityOf(i) * ROUNDING) / ROUNDING);
            if (sizes[label] > 1) {
                if (byCluster[label] == null) {
                    byCluster[label] = clusters.addObject().put("cluster", label).put("survivor", survivor);
                    byCluster[label].putArray("members");
                }
                ((ArrayNode) byCluster[label].get("members")).add(docs.get(i).id());
            }
        }
        return out;
    }
}
