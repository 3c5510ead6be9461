package dev.pith.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputOrderTest {

    @Test
    void partitionsWithoutRecordsAreSkippedWhenNumbersAreSentBack() {
        // partitions 0 and 2 are empty: starts 0, 0, 5, 5
        InputOrder.ByInputPartition p = new InputOrder.ByInputPartition(new long[] {0, 0, 5, 5});

        assertThat(p.getPartition(0L)).isEqualTo(1);
        assertThat(p.getPartition(4L)).isEqualTo(1);
        assertThat(p.getPartition(5L)).isEqualTo(3);
        assertThat(p.getPartition(99L)).isEqualTo(3);
    }
}
