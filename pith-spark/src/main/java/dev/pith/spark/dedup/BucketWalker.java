package dev.pith.spark.dedup;

import java.util.ArrayDeque;
import java.util.Iterator;
import scala.Tuple2;

/**
 * Walks one partition's buckets (sorted by bucket, then document) and emits the pairs the core's
 * {@code Clusterer} would consider, lazily, holding at most {@link #MAX_ALL_PAIRS_BUCKET} + 1
 * documents: in the exact-text bucket, each document with the one before it when their content
 * hashes are equal; in an LSH bucket of up to 32 documents every pair; in a larger one (a
 * template-heavy site, thousands of copies) a chain and a star, linear in the bucket.
 */
final class BucketWalker implements Iterator<Edge> {

    /** The core's {@code Clusterer.MAX_ALL_PAIRS_BUCKET}. */
    static final int MAX_ALL_PAIRS_BUCKET = 32;

    private final Iterator<Tuple2<BucketKey, Long>> in;
    private final ArrayDeque<Edge> out = new ArrayDeque<>();
    private final long[] buffered = new long[MAX_ALL_PAIRS_BUCKET];
    private boolean started;
    private boolean finished;
    private long bucket;
    private boolean exact;
    private int size;
    private long prev;
    private long prevHash;

    /** @param in documents with their content hash, sorted by {@link BucketKey.Order} */
    BucketWalker(Iterator<Tuple2<BucketKey, Long>> in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        while (out.isEmpty() && in.hasNext()) {
            Tuple2<BucketKey, Long> next = in.next();
            accept(next._1(), next._2());
        }
        if (out.isEmpty() && started && !finished) {
            finished = true;
            endBucket();
        }
        return !out.isEmpty();
    }

    @Override
    public Edge next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        return out.poll();
    }

    private void accept(BucketKey key, long contentHash) {
        if (!started || key.bucket() != bucket) {
            if (started) {
                endBucket();
            }
            started = true;
            bucket = key.bucket();
            exact = key.band() == BucketKey.EXACT_BAND;
            size = 0;
        }
        long doc = key.doc();
        if (exact) {
            if (size > 0 && contentHash == prevHash) {
                out.add(new Edge(prev, doc, true));
            }
        } else if (size < MAX_ALL_PAIRS_BUCKET) {
            buffered[size] = doc;
        } else {
            if (size == MAX_ALL_PAIRS_BUCKET) {
                // the bucket is large after all: the chain and star over the documents held so far
                for (int i = 1; i < size; i++) {
                    out.add(new Edge(buffered[0], buffered[i], false));
                    out.add(new Edge(buffered[i - 1], buffered[i], false));
                }
            }
            out.add(new Edge(buffered[0], doc, false));
            out.add(new Edge(prev, doc, false));
        }
        prev = doc;
        prevHash = contentHash;
        size++;
    }

    private void endBucket() {
        if (exact || size > MAX_ALL_PAIRS_BUCKET) {
            return;
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                out.add(new Edge(buffered[i], buffered[j], false));
            }
        }
    }
}
