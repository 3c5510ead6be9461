package dev.pith.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairSortTest {

    @Test
    void valuesMoveWithTheirKeys() {
        Random random = new Random(7);
        long[] keys = new long[1000];
        long[] values = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(50) - 25; // repeats and negatives
            values[i] = keys[i] * 3;
        }

        PairSort.sort(keys, values, 0, keys.length);

        for (int i = 0; i < keys.length; i++) {
            assertThat(values[i]).isEqualTo(keys[i] * 3);
            if (i > 0) {
                assertThat(keys[i - 1]).isLessThanOrEqualTo(keys[i]);
            }
        }
    }

    @Test
    void packedPairsSortByFirstThenSecondAndRepeatsGo() {
        long[] pairs = {DocPairs.pack(5, 9), DocPairs.pack(1, 7), DocPairs.pack(5, 2), DocPairs.pack(1, 7)};

        int n = DocPairs.sortDistinct(pairs);

        assertThat(n).isEqualTo(3);
        assertThat(DocPairs.first(pairs[0])).isEqualTo(1);
        assertThat(DocPairs.second(pairs[0])).isEqualTo(7);
        assertThat(DocPairs.second(pairs[1])).isEqualTo(2);
        assertThat(DocPairs.second(pairs[2])).isEqualTo(9);
    }
}
