package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String ARTICLE = "A headline about the bridge\nHome\nNews\n"
            + "The council met on Tuesday to decide about the new bridge over the river, and after a long debate "
            + "the members voted to build it next spring.\n"
            + "Residents who live near the river said they had waited for years for the decision and were glad "
            + "that the work would finally start.\n"
            + "Subscribe to our newsletter\n";

    @TempDir
    Path dir;

    @Test
    void cleansFilesAndRecordsWithOneLinePerInputAndErrorsAsRecords() throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.txt.gz")))) {
            out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        Files.write(dir.resolve("c.txt"), binary);
        Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                MAPPER.writeValueAsString(java.util.Map.of("id", "r1", "url", "https://www.news.example/a",
                        "text", ARTICLE)),
                "{not json",
                "{\"id\": \"r3\", \"body\": \"no text field\"}") + "\n");
        Path out = dir.resolve("out.jsonl");

        int code = Main.run("clean", "-j", "2", dir.toString(), "-o", out.toString());

        assertThat(code).isZero();
        List<JsonNode> records = read(out);
        assertThat(records).extracting(r -> r.get("id").asText())
                .containsExactly("a", "b", "c", "r1", "d:2", "r3");
        assertThat(records.get(0).get("title").asText()).isEqualTo("A headline about the bridge");
        assertThat(records.get(0).get("text").asText()).contains("The council met").doesNotContain("newsletter");
        assertThat(records.get(1).get("text").asText()).isEqualTo(records.get(0).get("text").asText());
        assertThat(records.get(2).get("error").asText()).contains("binary");
        assertThat(records.get(3).get("url").asText()).isEqualTo("https://www.news.example/a");
        assertThat(records.get(3).get("error").isNull()).isTrue();
        assertThat(records.get(4).get("error").asText()).contains("not a JSON record");
        assertThat(records.get(5).get("error").asText()).contains("no \"text\"");
    }

    @Test
    void textFilesInALegacyEncodingAreReadInIt() throws IOException {
        String german = "Nachrichten aus der Stadt\nGestern wurde in München über die Zukunft der Straßenbahn "
                + "gesprochen, und die Bürger äußerten große Sorgen über die höheren Preise der Fahrkarten.\n";
        String polish = "Wiadomości z miasta\nWczoraj w Łodzi odbyło się posiedzenie rady miasta, na którym "
                + "radni rozmawiali o budżecie; według przewodniczącego wydatki na oświatę wzrosną, może o dziesięć procent.\n";
        Files.write(dir.resolve("de.txt"), german.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(dir.resolve("pl.txt"), polish.getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
        Path out = dir.resolve("out.jsonl");

        assertThat(Main.run("clean", dir.toString(), "-o", out.toString())).isZero();

        List<JsonNode> records = read(out);
        assertThat(records.get(0).get("text").asText()).contains("München über die Zukunft der Straßenbahn");
        assertThat(records.get(1).get("title").asText()).isEqualTo("Wiadomości z miasta");
        assertThat(records.get(1).get("text").asText()).contains("odbyło się posiedzenie");
    }

    @Test
    void corpusModeDropsLinesRecurringAcrossASite() throws IOException {
        String appeal = "Our newsroom relies on readers like you, and every month we bring you the stories that "
                + "matter in the places where they happen, from the courts to the city council.";
        String[] towns = {"Arden", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick"};
        StringBuilder jsonl = new StringBuilder();
        for (String town : towns) {
            String text = "News from " + town + "\n" + appeal + "\nThe people of " + town + " gathered in the square "
                    + "on Saturday to celebrate the opening of the new library, which took three years to build.\n";
            jsonl.append(MAPPER.writeValueAsString(java.util.Map.of("id", town, "site", "news.example", "text", text)))
                    .append('\n');
        }
        Path in = dir.resolve("docs.jsonl");
        Files.writeString(in, jsonl);
        Path single = dir.resolve("single.jsonl");
        Path corpus = dir.resolve("corpus.jsonl");

        assertThat(Main.run("clean", in.toString(), "-o", single.toString())).isZero();
        assertThat(Main.run("clean", "--corpus", "--min-docs", "3", "--min-share", "0.5", in.toString(),
                "-o", corpus.toString())).isZero();

        assertThat(read(single).get(0).get("text").asText()).contains("Our newsroom relies");
        for (JsonNode r : read(corpus)) {
            assertThat(r.get("text").asText()).doesNotContain("Our newsroom relies").contains("new library");
        }
    }

    @Test
    void corpusModeRefusesStdin() {
        assertThat(Main.run("clean", "--corpus", "-")).isEqualTo(2);
    }

    @Test
    void singleFilePrintsText() throws IOException {
        Path f = dir.resolve("one.txt");
        Files.writeString(f, ARTICLE);
        Path out = dir.resolve("one.out");
        assertThat(Main.run("clean", f.toString(), "-o", out.toString())).isZero();
        assertThat(Files.readString(out)).contains("The council met").doesNotContain("Subscribe");
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(MAPPER.readTree(line));
        }
        return out;
    }
}
