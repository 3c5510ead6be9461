package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    private static final List<String> EXT = List.of(".html");

    private static Input pending(String url) {
        return new Input(url, url, url, null, () -> new byte[0]);
    }

    @Test
    void mixesFilesDirectoriesWarcsAndUrlsInArgumentOrder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("site"));
        Files.write(sub.resolve("b.html"), TestPages.utf8("B", "b"));
        Files.write(sub.resolve("a.html"), TestPages.utf8("A", "a"));
        Files.write(sub.resolve("notes.txt"), new byte[] {1});
        TestWarc warc = new TestWarc(true);
        String rid = warc.response("https://w.test/1", "text/html", TestPages.utf8("W", "w"));
        warc.response("https://w.test/x.js", "application/javascript", new byte[] {1});
        Files.write(sub.resolve("c.warc.gz"), warc.bytes());
        Path single = dir.resolve("one.html");
        Files.write(single, TestPages.utf8("One", "one"));

        List<String> ids = new ArrayList<>();
        Map<String, Long> skipped;
        try (Source s = Sources.open(List.of(single.toString(), "https://u.test/", sub.toString()), EXT,
                SourcesTest::pending)) {
            s.forEachRemaining(i -> ids.add(i.id()));
            skipped = s.skipped();
        }
        assertThat(ids).containsExactly("one", "https://u.test/", "a", "b", rid);
        assertThat(skipped).containsEntry("not HTML", 1L);
    }

    @Test
    void aMissingPathIsOneFailingInputAndTheRunGoesOn() throws Exception {
        Path page = Files.writeString(dir.resolve("here.html"), "<p>here</p>");
        List<String> errors = new ArrayList<>();
        try (Source s = Sources.open(List.of(dir.resolve("nope.html").toString(), page.toString()), EXT,
                SourcesTest::pending)) {
            s.forEachRemaining(i -> {
                try {
                    i.reader().read();
                    errors.add("");
                } catch (IOException e) {
                    errors.add(((InputError) e).code().describe(e.getMessage()));
                }
            });
        }
        assertThat(errors).containsExactly("not-found: no such file or directory: " + dir.resolve("nope.html"), "");
    }

    @Test
    void aDirectoryNamedLikeAWarcIsWalkedNotOpened() throws Exception {
        Path dirNamedWarc = Files.createDirectories(dir.resolve("odd.warc"));
        try (Source s = Sources.open(List.of(dirNamedWarc.toString()), EXT, SourcesTest::pending)) {
            assertThat(s.hasNext()).isFalse();
        }
    }

    @Test
    void urlListsSkipBlankLinesAndComments() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# seeds\nhttps://a.test/\n\n  https://b.test/x  \n");
        assertThat(Sources.readUrlList(list)).containsExactly("https://a.test/", "https://b.test/x");
    }
}
