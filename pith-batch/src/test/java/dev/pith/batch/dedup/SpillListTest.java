package dev.pith.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.dedup.DocFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillListTest {

    @TempDir
    Path dir;

    private static DocFeatures doc(int i) {
        return new DocFeatures("doc-" + i, i * 7, i % 5, i % 3 == 0 ? "" : "2024-01-0" + (i % 9 + 1), i * 31L);
    }

    @Test
    void pastTheBudgetElementsGoToTheFileAndReadBackTheSame() throws IOException {
        Path file = dir.resolve("spill/features.bin");
        MemoryBudget budget = new MemoryBudget(3 * (StateCodecs.FEATURES.heapBytes(doc(1)) + Long.BYTES));
        List<DocFeatures> expected = new ArrayList<>();
        try (SpillList<DocFeatures> list = new SpillList<>(file, StateCodecs.FEATURES, budget)) {
            for (int i = 0; i < 3; i++) {
                expected.add(doc(i));
                list.add(doc(i));
            }
            assertThat(list.spilled()).isFalse();
            assertThat(Files.exists(file)).isFalse();
            for (int i = 3; i < 1000; i++) {
                expected.add(doc(i));
                list.add(doc(i));
            }
            assertThat(list.spilled()).isTrue();
            assertThat(list).containsExactlyElementsOf(expected);
            assertThat(list.get(500)).isEqualTo(doc(500));
            assertThat(budget.reserve(budget.bytes())).isTrue(); // a spilled list holds none of the budget
            budget.release(budget.bytes());
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void statesWithLongAndMissingFieldsSurviveTheFile() throws IOException {
        String longNote = "n".repeat(70_000); // past writeUTF's 64 KB
        RecordState state = new RecordState("id", null, longNote, true);
        try (SpillList<RecordState> list = new SpillList<>(dir.resolve("r.bin"), StateCodecs.RECORD,
                new MemoryBudget(0))) {
            list.add(state);
            list.add(new RecordState("é", "error", null, false));
            assertThat(list.spilled()).isTrue();
            assertThat(list).containsExactly(state, new RecordState("é", "error", null, false));
        }
    }

    @Test
    void theIdIndexFindsTheFirstDocumentOfEveryRepeatedId() {
        IdIndex index = new IdIndex();
        List<String> ids = new ArrayList<>();
        for (int doc = 0; doc < 5000; doc++) {
            String id = "id-" + (doc % 3000);
            int first = index.firstOf(id, doc, ids::get);
            ids.add(id);
            assertThat(first).isEqualTo(doc < 3000 ? -1 : doc - 3000);
        }
    }

    @Test
    void sizesParse() {
        assertThat(MemoryBudget.parse("512m").bytes()).isEqualTo(512L << 20);
        assertThat(MemoryBudget.parse("2G").bytes()).isEqualTo(2L << 30);
        assertThat(MemoryBudget.parse("64kb").bytes()).isEqualTo(64L << 10);
        assertThat(MemoryBudget.parse("1000").bytes()).isEqualTo(1000);
    }
}
