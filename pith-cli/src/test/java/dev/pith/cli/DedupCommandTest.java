package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String story(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append("w").append(r.nextInt(5000)).append(i % 12 == 11 ? ".\n" : " ");
        }
        return sb.toString();
    }

    private static String record(String id, String text) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("id", id, "text", text));
    }

    private static List<JsonNode> read(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void everyRecordComesOutAnnotatedEvenBadOnes() throws IOException {
        String a = story(1, 300);
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                record("a", a),
                record("a-copy", a.toUpperCase(java.util.Locale.ROOT)),
                record("empty", ""),
                record("word", "hello"),
                "{\"id\": \"broken\", \"text\": ",
                "[1, 2, 3]",
                "{\"id\": \"num\", \"text\": 42}",
                "",
                record("a", story(2, 300)),
                "{\"text\": \"no id here but some words to compare with nothing\"}",
                "{\"id\": \"trailing\", \"text\": \"x\"} junk"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("dedup", in.toString(), "-o", out.toString(), "--report", dir.resolve("r.txt").toString());
        assertThat(code).isZero();
        List<JsonNode> records = read(out);
        assertThat(records).hasSize(10); // the blank line is not a record
        assertThat(records.get(0).get("cluster").asInt()).isEqualTo(records.get(1).get("cluster").asInt());
        assertThat(records.get(1).get("duplicate_of").asText()).isEqualTo("a");
        assertThat(records.get(1).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(records.get(2).get("dedup_note").asText()).contains("empty");
        assertThat(records.get(3).get("dedup_note").asText()).contains("shorter than one shingle");
        assertThat(records.get(4).get("error").asText()).startsWith("bad-record: malformed JSON");
        assertThat(records.get(4).get("source").asText()).endsWith("in.jsonl:5");
        assertThat(records.get(5).get("error").asText()).isEqualTo("bad-record: not a JSON object");
        assertThat(records.get(6).get("error").asText()).contains("not a string");
        assertThat(records.get(7).get("dedup_note").asText()).contains("duplicate id");
        assertThat(records.get(7).get("cluster").asInt()).isNotEqualTo(records.get(0).get("cluster").asInt());
        assertThat(records.get(8).get("id")).isNull();
        assertThat(records.get(9).get("error").asText()).startsWith("bad-record: malformed JSON");
        for (JsonNode r : records) {
            assertThat(r.has("cluster")).isTrue();
            assertThat(r.has("duplicate_of")).isTrue();
        }
        assertThat(Files.readString(dir.resolve("r.txt"))).contains("clusters 9, documents 10");
    }

    @Test
    void aRunThatSpillsItsStateToDiskWritesWhatAnInMemoryRunWrites() throws IOException {
        Path in = dir.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = story(100 + i % 20, 150) + (i < 20 ? "" : " revised ending " + i);
            lines.add(i % 17 == 5 ? "{\"id\": \"bad\", " : record(i % 13 == 0 ? "same-id" : "doc" + i, text));
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path inMemory = dir.resolve("memory.jsonl");
        Path spilled = dir.resolve("spilled.jsonl");
        assertThat(Main.run("dedup", in.toString(), "-o", inMemory.toString(), "--report", dir.resolve("r1").toString()))
                .isZero();
        assertThat(Main.run("dedup", in.toString(), "-o", spilled.toString(), "--memory", "2k",
                "--report", dir.resolve("r2").toString())).isZero();
        assertThat(read(inMemory)).hasSize(60).anySatisfy(r -> assertThat(r.get("cluster_size").asInt()).isEqualTo(3));
        assertThat(Files.readString(spilled)).isEqualTo(Files.readString(inMemory));
        assertThat(Files.readString(dir.resolve("r2"))).isEqualTo(Files.readString(dir.resolve("r1")));
    }

    @Test
    void keepSurvivorsWritesOneRecordPerCluster() throws IOException {
        String a = story(3, 200);
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(record("x", a), record("y", a + " and a longer ending here"),
                record("z", story(4, 200))), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        Main.run("dedup", in.toString(), "-o", out.toString(), "--keep", "survivors", "--report", dir.resolve("r").toString());
        assertThat(read(out)).extracting(n -> n.get("id").asText()).containsExactly("y", "z");
    }

    @Test
    void aSecondBatchIsCheckedAgainstTheSavedIndex() throws IOException {
        Path index = dir.resolve("index");
        Path first = dir.resolve("first.jsonl");
        Files.write(first, List.of(record("old1", story(5, 300)), record("old2", story(6, 300))), StandardCharsets.UTF_8);
        Main.run("dedup", first.toString(), "-o", dir.resolve("o1").toString(), "--index", index.toString(),
                "--report", dir.resolve("r1").toString());
        Path second = dir.resolve("second.jsonl");
        Files.write(second, List.of(record("new1", story(6, 300) + " an extra closing line"), record("new2", story(7, 300))),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("o2");
        // with no memory budget: the saved features load straight into a list on disk
        Main.run("dedup", second.toString(), "-o", out.toString(), "--index", index.toString(),
                "--report", dir.resolve("r2").toString(), "--memory", "0");
        List<JsonNode> records = read(out);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("cluster").asInt()).isEqualTo(1);
        assertThat(records.get(1).get("cluster").asInt()).isEqualTo(3);
        // a third run with other sketch settings is refused, not mixed
        int code = Main.run("dedup", second.toString(), "-o", out.toString(), "--index", index.toString(),
                "--shingle", "3");
        assertThat(code).isNotZero();
    }

    @Test
    void aFiftyMegabyteDocumentIsHandled() throws IOException {
        Path in = dir.resolve("big.jsonl");
        String small = story(8, 200);
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"big\",\"text\":\"");
            String chunk = story(9, 1000).replace("\n", "\\n");
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                w.write(chunk);
                written += chunk.length();
            }
            w.write("\"}\n");
            w.write(record("small", small) + "\n");
            w.write(record("small-copy", small) + "\n");
        }
        Path out = dir.resolve("out.jsonl");
        assertThat(Main.run("dedup", in.toString(), "-o", out.toString(), "--report", dir.resolve("r").toString())).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("\"duplicate_of\":\"small\"");
        assertThat(lines.get(0)).endsWith("\"similarity\":1.0,\"dedup_note\":\"very long text: only the first 2000000 tokens compared\"}");
    }
}
