package dev.pith.spark.dedup;

import dev.pith.dedup.Hash64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import scala.Tuple2;

/**
 * The line-count shuffle of the boilerplate pass, packed: each document's distinct
 * site-and-line keys go, with the site and the document, to the partition of the key
 * ({@link #chunks}); there each key's documents are counted by one primitive sort, and only keys
 * found in at least {@link BoilerplateRule#MIN_REPEATS} documents — the only ones the rule can
 * call boilerplate — come out, keyed by site, to meet the site's document count
 * ({@link #repeated}).
 */
final class LineCounts {

    /** Entries per chunk (3 arrays of 8 MB). */
    static final int CHUNK_ENTRIES = 1 << 20;

    private LineCounts() {
    }

    static Iterator<Tuple2<Integer, LineChunk>> chunks(Iterator<SiteLines> in, int partitions) {
        return new ChunkRouter<>(in, partitions, Buffer::new, (d, to) -> route(d, to, partitions), CHUNK_ENTRIES);
    }

    private static void route(SiteLines d, IntFunction<Buffer> to, int partitions) {
        for (long k : d.keys()) {
            to.apply((int) Long.remainderUnsigned(Hash64.mix(k), partitions)).add(k, d.siteHash(), d.doc());
        }
    }

    /** The keys of one partition found in enough documents, as (site, line). */
    static Iterator<Tuple2<Long, RepeatedLine>> repeated(Iterator<LineChunk> in) {
        Buffer all = new Buffer();
        in.forEachRemaining(c -> {
            all.keys.addAll(c.keys(), 0, c.keys().length);
            all.sites.addAll(c.sites(), 0, c.sites().length);
            all.docs.addAll(c.docs(), 0, c.docs().length);
        });
        long[] keys = all.keys.toArray();
        long[] at = new long[keys.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
        }
        PairSort.sort(keys, at, 0, keys.length);
        long[] sites = all.sites.toArray();
        long[] docs = all.docs.toArray();
        List<Tuple2<Long, RepeatedLine>> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i == keys.length || keys[i] != keys[start]) {
                if (i - start >= BoilerplateRule.MIN_REPEATS) {
                    long[] with = new long[i - start];
                    for (int j = start; j < i; j++) {
                        with[j - start] = docs[(int) at[j]];
                    }
                    Arrays.sort(with);
                    out.add(new Tuple2<>(sites[(int) at[start]], new RepeatedLine(keys[start], with)));
                }
                start = i;
            }
        }
        return out.iterator();
    }

    /** Entries for one destination partition. */
    private static final class Buffer implements ChunkRouter.Buffer<LineChunk> {
        private final LongList keys = new LongList();
        private final LongList sites = new LongList();
        private final LongList docs = new LongList();

        void add(long key, long site, long doc) {
            keys.add(key);
            sites.add(site);
            docs.add(doc);
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public LineChunk take() {
            LineChunk c = new LineChunk(keys.toArray(), sites.toArray(), docs.toArray());
            keys.clear();
            sites.clear();
            docs.clear();
            return c;
        }
    }
}
