package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith dedup} on HTML and text files: they become the records extract and clean write. */
class DedupDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of("city", "council", "voted", "new", "plan", "for", "the",
            "river", "bridge", "after", "months", "of", "debate", "residents", "said", "traffic", "would", "ease",
            "while", "critics", "warned", "about", "cost", "and", "delays", "mayor", "promised", "open", "hearings",
            "engineers", "expect", "work", "to", "start", "next", "spring", "budget", "was", "approved", "by",
            "narrow", "margin", "local", "shops", "hope", "more", "visitors", "will", "come", "into", "town");
    private static final int SENTENCES_PER_PARAGRAPH = 4;

    @TempDir
    Path dir;

    /** Paragraphs of article-like prose, different for every seed. */
    private static List<String> story(long seed, int paragraphs) {
        Random r = new Random(seed);
        return IntStream.range(0, paragraphs).mapToObj(p -> IntStream.range(0, SENTENCES_PER_PARAGRAPH)
                .mapToObj(s -> sentence(r)).collect(Collectors.joining(" "))).toList();
    }

    private static String sentence(Random r) {
        String words = IntStream.range(0, 12 + r.nextInt(8)).mapToObj(w -> WORDS.get(r.nextInt(WORDS.size())))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    /** A page around the story, with a layout of its own (menu, aside, footer) per {@code layout}. */
    private static String page(String title, List<String> paragraphs, String layout) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | " + layout
                + "</title></head><body><nav><a href=\"/\">" + layout + " home</a> <a href=\"/news\">News</a>"
                + " <a href=\"/sport\">Sport</a></nav><main><article><h1>" + title + "</h1>\n" + body
                + "</article><aside><h2>Most read on " + layout + "</h2><ul><li><a href=\"/a\">Another headline"
                + "</a></li></ul></aside></main><footer>© " + layout + " media group</footer></body></html>";
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private List<JsonNode> dedup(String... inputs) throws IOException {
        Path out = dir.resolve("out.jsonl");
        List<String> args = new ArrayList<>(List.of("dedup"));
        args.addAll(Arrays.asList(inputs));
        args.addAll(List.of("-o", out.toString(), "--report", dir.resolve("report.txt").toString()));
        assertThat(Main.run(args.toArray(String[]::new))).isZero();
        return read(out);
    }

    private static List<JsonNode> read(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static int cluster(JsonNode r) {
        return r.get("cluster").asInt();
    }

    @Test
    void twoCapturesOfOneStoryClusterAndAnotherStoryStaysApart() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<String> story = story(1, 6);
        List<String> revised = new ArrayList<>(story);
        revised.set(2, story(2, 1).get(0)); // a rewritten paragraph, as in a later revision
        Files.writeString(pages.resolve("a.html"), page("Council backs bridge plan", story, "Daily Post"));
        Files.write(pages.resolve("b.html.gz"), gzip(page("Council backs river bridge plan", revised, "Metro News")));
        Files.writeString(pages.resolve("c.htm"), page("Shops hope for visitors", story(3, 6), "Daily Post"));
        Files.writeString(pages.resolve("notes.md"), "not a page: ignored inside a directory");

        List<JsonNode> records = dedup(pages.toString());

        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("a", "b", "c");
        assertThat(records).allSatisfy(r -> assertThat(r.get("error").isNull()).isTrue());
        assertThat(records.get(0).get("title").asText()).isEqualTo("Council backs bridge plan");
        assertThat(cluster(records.get(0))).isEqualTo(cluster(records.get(1)));
        assertThat(records.get(0).get("cluster_size").asInt()).isEqualTo(2);
        assertThat(cluster(records.get(2))).isNotEqualTo(cluster(records.get(0)));
        assertThat(records.get(2).get("cluster_size").asInt()).isEqualTo(1);
    }

    @Test
    void recordsAreTheOnesExtractAndCleanWrite() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(pages.resolve("one.html"), page("Bridge plan", story(4, 5), "Daily Post"));
        Files.writeString(pages.resolve("two.html"), page("Shops", story(5, 5), "Metro News"));
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("three.txt"), "Budget approved\n\n" + String.join("\n\n", story(6, 5)) + "\n");
        Path extracted = dir.resolve("extract.jsonl");
        Path cleaned = dir.resolve("clean.jsonl");
        assertThat(Main.run("extract", pages.toString(), "-o", extracted.toString())).isZero();
        assertThat(Main.run("clean", texts.toString(), "-o", cleaned.toString())).isZero();

        List<JsonNode> records = dedup(pages.toString(), texts.resolve("three.txt").toString());

        List<JsonNode> expected = new ArrayList<>(read(extracted));
        expected.add(read(cleaned).get(0));
        assertThat(records).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ObjectNode r = (ObjectNode) records.get(i);
            r.remove(List.of("cluster", "cluster_size", "duplicate_of", "similarity", "dedup_note"));
            assertThat(r).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aTextCaptureAndItsHtmlTwinClusterInAMixedRun() throws IOException {
        List<String> story = story(7, 6);
        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, JSON.writeValueAsString(java.util.Map.of("id", "other",
                "text", String.join("\n\n", story(8, 6)))) + "\n");
        Path pages = Files.createDirectories(dir.resolve("captures"));
        Files.writeString(pages.resolve("story-page.html"), page("Mayor promises hearings", story, "Daily Post"));
        Files.write(pages.resolve("story-dump.txt.gz"), gzip("Mayor promises hearings\nDaily Post home News Sport\n\n"
                + String.join("\n\n", story) + "\n\nMost read on Daily Post\nAnother headline\n"));

        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, JSON.writeValueAsString(java.util.Map.of("id", "last", "text", "short")) + "\n");

        List<JsonNode> records = dedup(jsonl.toString(), pages.toString(), more.toString());

        assertThat(records).extracting(r -> r.get("id").asText())
                .containsExactly("other", "story-dump", "story-page", "last");
        assertThat(cluster(records.get(1))).isEqualTo(cluster(records.get(2)));
        assertThat(records.get(1).get("cluster_size").asInt()).isEqualTo(2);
        assertThat(records.get(0).get("cluster_size").asInt()).isEqualTo(1);
    }

    @Test
    void aCorruptGzipFileBecomesAnErrorRecord() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("broken"));
        byte[] whole = gzip(page("Bridge plan", story(9, 6), "Daily Post"));
        Files.write(pages.resolve("cut.html.gz"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(pages.resolve("fine.html"), page("Shops", story(10, 6), "Daily Post"));

        List<JsonNode> records = dedup(pages.toString());

        assertThat(records).hasSize(2); // records out = records in
        assertThat(records.get(0).get("id").asText()).isEqualTo("cut");
        assertThat(records.get(0).get("error").asText()).isNotEmpty();
        assertThat(records.get(0).get("text").asText()).isEmpty();
        assertThat(records.get(0).has("cluster")).isTrue();
        assertThat(records.get(1).get("error").isNull()).isTrue();
    }
}
