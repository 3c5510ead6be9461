package dev.pith.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.dedup.BucketPairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class BucketPassTest {

    private static final int BANDS = 3;
    private static final int PARTITIONS = 3;

    @Test
    void aSmallBucketProposesEveryPairAndEqualTextsLinkExactly() {
        List<Sketched> docs = List.of(doc(0, 11, 100, 200, 300), doc(1, 12, 100, 201, 301), doc(2, 11, 102, 202, 302),
                doc(3, 13, 100, 203, 303));

        List<Proposals> out = walk(docs);

        assertThat(pairs(out, true)).containsExactly("0-1", "0-3", "1-3");
        assertThat(pairs(out, false)).containsExactly("0-2");
        assertThat(out.stream().mapToLong(Proposals::proposed).sum()).isEqualTo(3);
    }

    @Test
    void aLargeBucketIsAChainAndAStar() {
        List<Sketched> docs = new ArrayList<>();
        int size = BucketPairs.MAX_ALL_PAIRS + 8;
        for (int d = 0; d < size; d++) {
            docs.add(doc(d, 1000 + d, 7, 1000 + d, 2000 + d));
        }

        List<Proposals> out = walk(docs);

        // (0, i) and (i - 1, i) for every later document; (0, 1) is both
        assertThat(pairs(out, true)).hasSize(2 * (size - 1) - 1).contains("0-" + (size - 1), (size - 2) + "-" + (size - 1));
        assertThat(out.stream().mapToLong(Proposals::proposed).sum()).isEqualTo(2L * (size - 1));
    }

    private static List<Proposals> walk(List<Sketched> docs) {
        List<List<BucketChunk>> byPartition = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            byPartition.add(new ArrayList<>());
        }
        BucketChunks.of(docs.iterator(), PARTITIONS, BANDS)
                .forEachRemaining((Tuple2<Integer, BucketChunk> t) -> byPartition.get(t._1()).add(t._2()));
        return byPartition.stream().map(chunks -> BucketPass.walk(chunks.iterator())).toList();
    }

    private static Set<String> pairs(List<Proposals> out, boolean candidates) {
        Set<String> s = new TreeSet<>();
        for (Proposals p : out) {
            for (long pair : candidates ? p.candidates() : p.exact()) {
                s.add(DocPairs.first(pair) + "-" + DocPairs.second(pair));
            }
        }
        return s;
    }

    private static Sketched doc(long doc, long contentHash, int... bandKeys) {
        DocInfo info = new DocInfo(doc, "d" + doc, 100, 0, "", contentHash << 32 | contentHash, true, null, null);
        return new Sketched(info, new int[] {1, 2, 3}, Arrays.copyOf(bandKeys, BANDS));
    }
}
