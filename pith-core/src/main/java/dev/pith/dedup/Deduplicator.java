package dev.pith.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate detection over documents held in memory: the library entry point. Two passes,
 * as the statistics of a site's recurring lines must be known before any document is sketched:
 * count lines per site, sketch, cluster. Large or incremental runs use {@link LineStatistics},
 * {@link Sketcher} and {@link Clusterer} directly with a spilling {@link SketchStore}.
 */
public final class Deduplicator {

    private final DedupOptions options;

    /** A deduplicator with these settings. */
    public Deduplicator(DedupOptions options) {
        this.options = options;
    }

    /** One document to deduplicate; {@code site} may be empty, {@code date} ISO 8601 or empty. */
    public record Doc(String id, String text, String site, int metadataFields, String date) {
    }

    /** Clusters the documents; the result is indexed like {@code docs}. */
    public Clusters run(List<Doc> docs) {
        LineStatistics stats = new LineStatistics(lineCounterBits(docs.size()));
        for (Doc d : docs) {
            String site = site(d);
            stats.add(site, LineStatistics.keys(site, Tokenizer.tokenize(text(d))));
        }
        Sketcher sketcher = new Sketcher(options, stats);
        InMemorySketchStore store = new InMemorySketchStore(sketcher.bandCount());
        List<DocFeatures> features = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            DocumentSketch s = sketcher.sketch(text(d), site(d));
            store.add(s);
            features.add(new DocFeatures(d.id(), s.tokens(), d.metadataFields(), d.date(), s.contentHash()));
        }
        return new Clusterer(options).cluster(store, features, new UnionFind(docs.size()), 0);
    }

    /** Small batches need far fewer counters than the 32 MB default. */
    private static int lineCounterBits(int documents) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1L, documents) * 256);
        return Math.min(LineStatistics.DEFAULT_LOG2_COUNTERS, Math.max(12, bits));
    }

    private static String text(Doc d) {
        return d.text() == null ? "" : d.text();
    }

    private static String site(Doc d) {
        return d.site() == null ? "" : d.site();
    }
}
