package dev.pith.spark.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.batch.io.Source;
import dev.pith.batch.io.Sources;
import dev.pith.batch.io.TestWarc;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.RunListener;
import dev.pith.spark.BenchPages;
import dev.pith.spark.Json;
import dev.pith.spark.LocalSpark;
import dev.pith.spark.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractStageTest {

    private static final ExtractOptions OPTIONS = ExtractOptions.DEFAULTS
            .withReferenceDate(LocalDate.of(2026, 1, 1)).withTimeBudget(Duration.ofSeconds(30));

    @TempDir
    Path dir;

    @Test
    void rowsEqualPithExtractRecordsFieldByField() throws Exception {
        Path warc = benchWarc("pages.warc.gz", 12);
        List<ObjectNode> expected = pithExtract(warc);
        SparkSession spark = LocalSpark.get();

        ExtractStage.Summary parquet = ExtractStage.run(spark, settings(List.of(warc.toString()), "p",
                OutputFormat.PARQUET));
        ExtractStage.Summary jsonl = ExtractStage.run(spark, settings(List.of(warc.toString()), "j",
                OutputFormat.JSONL));

        assertThat(parquet.rows()).isEqualTo(expected.size());
        assertThat(parquet.skipped()).containsEntry("request record", 12L);
        assertThat(jsonl.rows()).isEqualTo(expected.size());
        Map<String, JsonNode> byId = new HashMap<>();
        expected.forEach(r -> byId.put(r.get("id").asText(), r));
        List<Row> rows = spark.read().parquet(dir.resolve("p").toString()).collectAsList();
        for (Row row : rows) {
            JsonNode want = byId.get(row.<String>getAs("id"));
            assertThat(want).as("record %s", row.<String>getAs("id")).isNotNull();
            for (String field : row.schema().fieldNames()) {
                assertThat(asJson(row, field)).as("%s of %s", field, want.get("id")).isEqualTo(orNull(want.get(field)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path part : Files.list(dir.resolve("j")).filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                .toList()) {
            lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        assertThat(lines).containsExactlyElementsOf(expected.stream().map(ObjectNode::toString).toList());
    }

    @Test
    void badInputsBecomeErrorRowsAndTheJobCompletes() throws Exception {
        Path good = benchWarc("good.warc.gz", 2);
        TestWarc broken = new TestWarc(true);
        List<Path> pages = BenchPages.first("scrapinghub", 3);
        for (Path p : pages) {
            broken.response("https://example.org/" + BenchPages.id(p), "text/html; charset=utf-8", BenchPages.read(p));
        }
        byte[] bytes = broken.bytes();
        long[] second = broken.span(1);
        for (long i = second[0] + 30; i < second[0] + 60; i++) {
            bytes[(int) i] ^= 0x5a; // corrupt the second gzip member
        }
        Path corrupt = Files.write(dir.resolve("corrupt.warc.gz"), bytes);
        Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
        Path notWarc = Files.writeString(dir.resolve("notes.warc.gz"), "this is not a WARC file at all");
        Path jsonl = Files.writeString(dir.resolve("docs.jsonl"),
                "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"html\":\"<html><body><article><p>"
                        + "A story with words enough to be the main content of this small page.</p></article></body></html>\"}\n"
                        + "{\"id\":\"b\",\"text\":\"already clean text\"}\n"
                        + "not json\n");
        String missing = dir.resolve("missing.warc.gz").toString();

        ExtractStage.Summary s = ExtractStage.run(LocalSpark.get(), settings(List.of(good.toString(),
                corrupt.toString(), empty.toString(), notWarc.toString(), jsonl.toString(), missing), "out",
                OutputFormat.PARQUET));

        List<Row> rows = spark().read().parquet(dir.resolve("out").toString()).collectAsList();
        Map<String, String> errors = new HashMap<>();
        rows.forEach(r -> errors.put(r.<String>getAs("source"), r.getAs("error")));
        assertThat(s.rows()).isEqualTo(rows.size());
        assertThat(rows.stream().filter(r -> r.<String>getAs("source").startsWith(good.toString()))
                .allMatch(r -> r.getAs("error") == null)).isTrue();
        assertThat(rows.stream().filter(r -> r.<String>getAs("source").startsWith(corrupt.toString())
                && r.getAs("error") != null)).isNotEmpty();
        assertThat(rows.stream().filter(r -> r.<String>getAs("source").startsWith(corrupt.toString())
                && r.getAs("error") == null)).hasSize(2);
        assertThat(errors.get(empty.toString())).isEqualTo("not-html: empty file: nothing to extract");
        assertThat(errors.get(missing)).startsWith("not-found: no such file or directory");
        assertThat(rows.stream().filter(r -> r.<String>getAs("source").startsWith(notWarc.toString())
                && r.getAs("error") != null)).isNotEmpty();
        Map<String, Row> fromJson = new HashMap<>();
        rows.stream().filter(r -> r.<String>getAs("source").startsWith(jsonl.toString()))
                .forEach(r -> fromJson.put(r.getAs("id"), r));
        assertThat(fromJson.get("a").<String>getAs("text")).contains("A story with words");
        assertThat(fromJson.get("b").<String>getAs("text")).isEqualTo("already clean text");
        assertThat(fromJson.get("docs:3").<String>getAs("error")).startsWith("not a JSON record");
        assertThat(s.errors()).isEqualTo(rows.stream().filter(r -> r.getAs("error") != null).count());
    }

    private static SparkSession spark() {
        return LocalSpark.get();
    }

    private ExtractStage.Settings settings(List<String> inputs, String out, OutputFormat format) {
        return new ExtractStage.Settings(inputs, dir.resolve(out).toString(), format, OPTIONS, false);
    }

    /** A WARC of the first {@code n} scrapinghub pages, each after a request record (skipped). */
    private Path benchWarc(String name, int n) throws Exception {
        TestWarc warc = new TestWarc(true);
        for (Path page : BenchPages.first("scrapinghub", n)) {
            String url = "https://example.org/" + BenchPages.id(page);
            warc.request(url);
            warc.response(url, "text/html; charset=utf-8", BenchPages.read(page));
        }
        return Files.write(dir.resolve(name), warc.bytes());
    }

    /** What {@code pith extract WARC} writes: pith-batch's pipeline and job, in order. */
    private static List<ObjectNode> pithExtract(Path warc) throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        try (Source source = Sources.open(List.of(warc.toString()), ExtractJob.EXTENSIONS, u -> null)) {
            new RecordPipeline(1, 30).run(source, new ExtractJob(OPTIONS), out::add, RunListener.NONE);
        }
        return out;
    }

    private static JsonNode asJson(Row row, String field) {
        Object v = row.getAs(field);
        if (v instanceof scala.collection.Seq<?> seq) {
            var array = Json.MAPPER.createArrayNode();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(x -> array.add(String.valueOf(x)));
            return array;
        }
        return v == null ? null : Json.MAPPER.getNodeFactory().textNode((String) v);
    }

    private static JsonNode orNull(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }
}
