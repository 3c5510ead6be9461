package dev.pith.dedup;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Links documents into clusters: identical normalised texts first, then candidate pairs from
 * each LSH band, each verified on its exact shingle sets by the {@link LinkRule} before it is
 * joined (union-find, so clusters are the connected components of verified links). Then picks
 * each cluster's survivor by the {@link SurvivorRule}s and measures every member against it.
 *
 * <p>Incremental use: documents below {@code firstNew} were clustered by an earlier run (their
 * links are already in the union-find); only pairs with at least one new document are checked.
 */
public final class Clusterer {

    private static final long LOW_32 = 0xFFFFFFFFL;

    private final LinkRule linkRule;
    private final Comparator<DocFeatures> survivorOrder;

    /** A clusterer with these settings (threshold, containment, LSH layout, survivor rules). */
    public Clusterer(DedupOptions options) {
        this.linkRule = new LinkRule(options);
        this.survivorOrder = SurvivorRule.order(options.survivorRules());
    }

    /**
     * @param store    sketches of all documents, old and new
     * @param features per document, for exact matching and the survivor rule
     * @param links    earlier links (a fresh {@link UnionFind} of the store's size for a first run)
     * @param firstNew the first document of this batch (0 for a first run)
     */
    public Clusters cluster(SketchStore store, List<DocFeatures> features, UnionFind links, int firstNew) {
        int n = store.size();
        links.grow(n);
        Counter counter = new Counter();
        long exact = linkExact(store, features, links, firstNew);
        for (int b = 0; b < store.bands(); b++) {
            linkBand(store, store.band(b), links, firstNew, counter);
        }
        int[] cluster = new int[n];
        int[] survivor = new int[n];
        float[] similarity = new float[n];
        pickSurvivors(features, links, cluster, survivor);
        for (int doc = 0; doc < n; doc++) {
            int s = survivor[doc];
            if (s == doc || features.get(doc).contentHash() == features.get(s).contentHash()) {
                similarity[doc] = 1f;
            } else {
                similarity[doc] = (float) SetSimilarity.of(store.shingles(doc), store.shingles(s)).jaccard();
            }
        }
        return new Clusters(cluster, survivor, similarity,
                new Clusters.Stats(exact, counter.candidates, counter.verified, counter.linked));
    }

    private static final class Counter {
        long candidates;
        long verified;
        long linked;
    }

    private static long linkExact(SketchStore store, List<DocFeatures> features, UnionFind links, int firstNew) {
        int n = store.size();
        long[] packed = new long[n];
        int m = 0;
        for (int doc = 0; doc < n; doc++) {
            if (store.comparable(doc)) {
                packed[m++] = (features.get(doc).contentHash() & ~LOW_32) | doc;
            }
        }
        Arrays.sort(packed, 0, m);
        long joined = 0;
        for (int i = 1; i < m; i++) {
            int a = (int) packed[i - 1];
            int b = (int) packed[i];
            boolean sameKey = (packed[i - 1] >>> 32) == (packed[i] >>> 32);
            if (sameKey && Math.max(a, b) >= firstNew
                    && features.get(a).contentHash() == features.get(b).contentHash()
                    && links.union(a, b)) {
                joined++;
            }
        }
        return joined;
    }

    private void linkBand(SketchStore store, int[] keys, UnionFind links, int firstNew, Counter counter) {
        long[] packed = new long[keys.length];
        int m = 0;
        for (int doc = 0; doc < keys.length; doc++) {
            if (store.comparable(doc)) {
                packed[m++] = ((long) keys[doc] << 32) | doc;
            }
        }
        Arrays.sort(packed, 0, m);
        int start = 0;
        for (int i = 1; i <= m; i++) {
            if (i == m || (packed[i] >>> 32) != (packed[start] >>> 32)) {
                BucketPairs.propose(packed, start, i,
                        (a, b) -> consider(store, (int) a, (int) b, links, firstNew, counter));
                start = i;
            }
        }
    }

    private void consider(SketchStore store, int a, int b, UnionFind links, int firstNew, Counter counter) {
        counter.candidates++;
        if (Math.max(a, b) < firstNew || links.find(a) == links.find(b)) {
            return;
        }
        counter.verified++;
        if (linkRule.links(SetSimilarity.of(store.shingles(a), store.shingles(b)))) {
            links.union(a, b);
            counter.linked++;
        }
    }

    private void pickSurvivors(List<DocFeatures> features, UnionFind links, int[] cluster, int[] survivor) {
        int n = cluster.length;
        int[] best = new int[n];
        int[] label = new int[n];
        Arrays.fill(best, -1);
        Arrays.fill(label, -1);
        for (int doc = 0; doc < n; doc++) {
            int root = links.find(doc);
            if (label[root] < 0) {
                label[root] = doc;
            }
            if (best[root] < 0 || survivorOrder.compare(features.get(doc), features.get(best[root])) < 0) {
                best[root] = doc;
            }
        }
        for (int doc = 0; doc < n; doc++) {
            int root = links.find(doc);
            cluster[doc] = label[root];
            survivor[doc] = best[root];
        }
    }
}
