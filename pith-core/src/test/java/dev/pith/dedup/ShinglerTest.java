package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Property
    void setIsTheSortedDistinctValues(@ForAll @Size(max = 600) int[] values) {
        int[] expected = Arrays.stream(values).distinct().sorted().toArray();
        assertThat(Shingler.set(values)).containsExactly(expected);
    }

    @Test
    void radixSortKeepsSignedOrder() {
        int[] values = {5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 256, -256, 65_536, -65_537};
        int[] many = new int[values.length * 20];
        for (int i = 0; i < many.length; i++) {
            many[i] = values[i % values.length] ^ (i / values.length);
        }
        int[] expected = many.clone();
        Arrays.sort(expected);
        assertThat(Shingler.sorted(many)).containsExactly(expected);
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(new Shingler(5).shingles(new long[] {1, 2, 3})).hasSize(1);
        assertThat(new Shingler(5).shingles(new long[0])).isEmpty();
    }
}
