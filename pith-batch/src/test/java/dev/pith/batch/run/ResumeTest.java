package dev.pith.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pith.batch.io.Input;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    @TempDir
    Path dir;

    private static List<Input> inputs(String... ids) {
        List<Input> list = new ArrayList<>();
        for (String id : ids) {
            list.add(new Input(id, "", "", null, () -> new byte[0]));
        }
        return list;
    }

    private static List<String> ids(Iterator<Input> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(i -> out.add(i.id()));
        return out;
    }

    @Test
    void skipsTheInputsWhoseRecordsAreWrittenAndCutsATornLine() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"a\",\"text\":\"x\"}\n{\"source\":\"s\",\"id\":\"b\"}\n{\"id\":\"c\",\"te");
        try (Resume resume = Resume.open(out)) {
            assertThat(ids(resume.skipDone(inputs("a", "b", "c", "d").iterator()))).containsExactly("c", "d");
            assertThat(resume.resumed()).isEqualTo(2);
        }
        assertThat(Files.readString(out)).endsWith("\"b\"}\n");
    }

    @Test
    void repeatedIdsAreMatchedByPosition() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"same\"}\n");
        try (Resume resume = Resume.open(out)) {
            assertThat(ids(resume.skipDone(inputs("same", "same").iterator()))).containsExactly("same");
        }
    }

    @Test
    void aMissingOrEmptyFileResumesNothing() throws Exception {
        try (Resume resume = Resume.open(dir.resolve("none.jsonl"))) {
            assertThat(ids(resume.skipDone(inputs("a").iterator()))).containsExactly("a");
        }
        Path torn = dir.resolve("torn.jsonl");
        Files.writeString(torn, "{\"id\":\"a\"");
        try (Resume resume = Resume.open(torn)) {
            assertThat(ids(resume.skipDone(inputs("a").iterator()))).containsExactly("a");
        }
        assertThat(Files.size(torn)).isZero();
    }

    @Test
    void aDifferentInputIsRefused() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
        try (Resume resume = Resume.open(out)) {
            assertThatThrownBy(() -> ids(resume.skipDone(inputs("a", "x").iterator())))
                    .hasMessageContaining("output line 2 is 'b' but input 2 is 'x'");
        }
        try (Resume resume = Resume.open(out)) {
            assertThatThrownBy(() -> ids(resume.skipDone(inputs("a").iterator())))
                    .hasMessageContaining("more records");
        }
        Files.write(out, "not json\n".getBytes(StandardCharsets.UTF_8));
        try (Resume resume = Resume.open(out)) {
            assertThatThrownBy(() -> ids(resume.skipDone(inputs("a").iterator())))
                    .hasMessageContaining("not valid JSON");
        }
    }
}
