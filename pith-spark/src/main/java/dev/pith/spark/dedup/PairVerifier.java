package dev.pith.spark.dedup;

import dev.pith.dedup.LinkRule;
import dev.pith.dedup.SetSimilarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * At the input partition of the pairs' second documents: each candidate pair, which brought its
 * first document's set ({@link SetRequests}), meets its second document's set in the kept
 * sketches, and the core's {@link LinkRule} decides on the two exact sets.
 */
final class PairVerifier {

    private PairVerifier() {
    }

    /**
     * @param sketches the partition's sketches, in document order
     * @param requests every request for a document of this partition
     * @return the verified links ({@link DocPairs})
     */
    static long[] verify(Iterator<Sketched> sketches, Iterator<SetRequests> requests, DedupConfig config) {
        List<SetRequests> chunks = new ArrayList<>();
        requests.forEachRemaining(chunks::add);
        int[] firstIndex = new int[chunks.size() + 1];
        for (int c = 0; c < chunks.size(); c++) {
            firstIndex[c + 1] = firstIndex[c] + chunks.get(c).pairs().length;
        }
        // (second document, request number), sorted: the requests in the order of the sketches
        long[] bySecond = new long[firstIndex[chunks.size()]];
        for (int c = 0; c < chunks.size(); c++) {
            long[] pairs = chunks.get(c).pairs();
            for (int i = 0; i < pairs.length; i++) {
                bySecond[firstIndex[c] + i] = DocPairs.pack(DocPairs.second(pairs[i]), firstIndex[c] + i);
            }
        }
        Arrays.sort(bySecond);
        LinkRule rule = new LinkRule(config.options());
        LongList linked = new LongList();
        int next = 0;
        while (next < bySecond.length && sketches.hasNext()) {
            Sketched s = sketches.next();
            for (; next < bySecond.length && DocPairs.first(bySecond[next]) == s.info().doc(); next++) {
                int request = (int) DocPairs.second(bySecond[next]);
                int c = chunkOf(firstIndex, request);
                SetRequests chunk = chunks.get(c);
                int i = request - firstIndex[c];
                if (rule.links(SetSimilarity.of(chunk.set(i), s.shingles()))) {
                    linked.add(chunk.pairs()[i]);
                }
            }
        }
        if (next < bySecond.length) {
            throw new IllegalStateException("a candidate pair for a document this partition does not hold: "
                    + DocPairs.first(bySecond[next]));
        }
        return linked.toArray();
    }

    /** The chunk holding request number {@code request}. */
    private static int chunkOf(int[] firstIndex, int request) {
        int i = Arrays.binarySearch(firstIndex, request);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < firstIndex.length && firstIndex[i + 1] == request) {
            i++; // an empty chunk shares its first index with the next
        }
        return i;
    }
}
