package dev.pith.spark.dedup;

import java.util.ArrayDeque;
import java.util.Iterator;
import scala.Tuple2;

/**
 * Candidate pairs on their way to the input partition of their second document, each with the
 * first document's shingle set, packed end to end (one record for many pairs).
 *
 * @param pairs     the pairs ({@link DocPairs})
 * @param ends      where each pair's set ends in {@code shingles} (pair i: from {@code ends[i - 1]},
 *                  or 0, to {@code ends[i]})
 * @param shingles  the first documents' sorted shingle sets
 */
record SetRequests(long[] pairs, int[] ends, int[] shingles) implements java.io.Serializable {

    /** Ints of shingles per record (4 MB): well below Kryo's largest buffer. */
    static final int CHUNK_SHINGLES = 1 << 20;

    int[] set(int i) {
        return java.util.Arrays.copyOfRange(shingles, i == 0 ? 0 : ends[i - 1], ends[i]);
    }

    /**
     * At the input partition of the pairs' first documents: each pair picks up its first
     * document's set and goes to its second document's input partition.
     *
     * @param sketches the partition's sketches, in document order
     * @param pairs    the candidate pairs whose first document this partition holds, in any
     *                 order, repeats allowed
     */
    static Iterator<Tuple2<Integer, SetRequests>> attach(Iterator<Sketched> sketches, long[] pairs,
                                                         InputOrder order) {
        int n = DocPairs.sortDistinct(pairs);
        Builder[] out = new Builder[order.partitions()];
        ArrayDeque<Tuple2<Integer, SetRequests>> ready = new ArrayDeque<>();
        int next = 0;
        while (next < n && sketches.hasNext()) {
            Sketched s = sketches.next();
            long doc = s.info().doc();
            for (; next < n && DocPairs.first(pairs[next]) == doc; next++) {
                int p = order.partitionOf(DocPairs.second(pairs[next]));
                out[p] = out[p] == null ? new Builder() : out[p];
                if (out[p].add(pairs[next], s.shingles())) {
                    ready.add(new Tuple2<>(p, out[p].take()));
                }
            }
        }
        if (next < n) {
            throw new IllegalStateException("a candidate pair for a document this partition does not hold: "
                    + DocPairs.first(pairs[next]));
        }
        for (int p = 0; p < out.length; p++) {
            if (out[p] != null && out[p].pairs.size() > 0) {
                ready.add(new Tuple2<>(p, out[p].take()));
            }
        }
        return ready.iterator();
    }

    /** Requests for one destination partition. */
    private static final class Builder {
        private final LongList pairs = new LongList();
        private final IntList ends = new IntList();
        private final IntList shingles = new IntList();

        /** Adds a pair; true when the chunk is full. */
        boolean add(long pair, int[] set) {
            pairs.add(pair);
            shingles.addAll(set, 0, set.length);
            ends.add(shingles.size());
            return shingles.size() >= CHUNK_SHINGLES;
        }

        SetRequests take() {
            SetRequests r = new SetRequests(pairs.toArray(), ends.toArray(), shingles.toArray());
            pairs.clear();
            ends.clear();
            shingles.clear();
            return r;
        }
    }
}
