package dev.pith.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class DocMergeTest {

    @Test
    void everyRecordMeetsItsValuesInDocumentOrder() {
        List<Tuple2<Long, String>> records = List.of(t(3, "c"), t(4, "d"), t(7, "g"));
        List<Tuple2<Long, Integer>> values = List.of(t(3, 1), t(3, 2), t(7, 9));

        List<String> out = new ArrayList<>();
        new DocMerge<String, Integer, String>(records.iterator(), values.iterator(),
                (doc, r, vs) -> doc + r + vs).forEachRemaining(out::add);

        assertThat(out).containsExactly("3c[1, 2]", "4d[]", "7g[9]");
    }

    @Test
    void aValueForADocumentThePartitionDoesNotHoldIsAnError() {
        DocMerge<String, Integer, String> merge = new DocMerge<>(List.of(t(3, "c")).iterator(),
                List.of(t(3, 1), t(5, 2)).iterator(), (doc, r, vs) -> r);

        assertThat(merge.next()).isEqualTo("c");
        assertThatThrownBy(merge::hasNext).isInstanceOf(IllegalStateException.class);
    }

    private static <V> Tuple2<Long, V> t(long doc, V v) {
        return new Tuple2<>(doc, v);
    }
}
