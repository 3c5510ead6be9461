package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --links} and {@code --formatting} put the page's links and emphasis into Markdown and
 * HTML output: of one document, or of each file of {@code --output-dir}; where no output could
 * show them (plain text, JSON, a JSON Lines stream) they are refused, never ignored.
 */
class ExtractLinksTest {

    private static final String STORY = "<html><body><article><h1>Harbour reopens</h1>"
            + "<p>The harbour reopened on Monday, <strong>a week early</strong>, after repairs that the "
            + "<a href=\"https://news.example/wall.pdf\">council's report</a> had called urgent for years.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    private Path story(String name) throws Exception {
        return Files.writeString(dir.resolve(name), STORY);
    }

    private String markdown(String... flags) throws Exception {
        Path page = story("story.html");
        Path out = dir.resolve("out.md");
        String[] args = new String[5 + flags.length];
        args[0] = "extract";
        args[1] = page.toString();
        args[2] = "-f";
        args[3] = "markdown";
        args[4] = "-o" + out;
        System.arraycopy(flags, 0, args, 5, flags.length);
        CliRun.stderrOf(args);
        return Files.readString(out);
    }

    @Test
    void flagsAddLinksAndFormatting() throws Exception {
        assertThat(markdown("--links", "--formatting"))
                .contains("**a week early**", "[council's report](https://news.example/wall.pdf)");
    }

    @Test
    void withoutFlagsTheMarkdownIsTextOnly() throws Exception {
        assertThat(markdown()).contains("Monday, a week early, after repairs that the council's report had")
                .doesNotContain("**", "](");
    }

    @Test
    void severalInputsGetThemInTheFilesOfTheOutputDirWhileTheRecordsStayPlain() throws Exception {
        Path a = story("a.html");
        Path b = story("b.html");
        Path out = dir.resolve("md");
        Path jsonl = dir.resolve("x.jsonl");

        CliRun.stderrOf("extract", a.toString(), b.toString(), "--output-dir", out.toString(), "-f", "markdown",
                "--links", "--formatting", "-o", jsonl.toString());

        for (String name : List.of("a.md", "b.md")) {
            assertThat(Files.readString(out.resolve(name)))
                    .contains("**a week early**", "[council's report](https://news.example/wall.pdf)");
        }
        for (JsonNode record : ExtractWarcTest.read(jsonl)) {
            assertThat(record.get("text").asText()).contains("a week early").doesNotContain("**", "](");
        }
    }

    @Test
    void htmlFilesOfTheOutputDirKeepLinks() throws Exception {
        Path out = dir.resolve("html");
        CliRun.stderrOf("extract", story("a.html").toString(), story("b.html").toString(), "--output-dir",
                out.toString(), "-f", "html", "--links", "-o", dir.resolve("x.jsonl").toString());

        assertThat(Files.readString(out.resolve("a.html")))
                .contains("<a href=\"https://news.example/wall.pdf\">council&apos;s report</a>");
    }

    @Test
    void severalInputsIntoOneJsonLinesStreamAreRefusedWithTheWayOut() throws Exception {
        Path jsonl = dir.resolve("x.jsonl");
        CliRun.Result r = CliRun.run("extract", story("a.html").toString(), story("b.html").toString(),
                "-f", "markdown", "--links", "-o", jsonl.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--links and --formatting apply to one document", "add --output-dir DIR");
        assertThat(jsonl).doesNotExist();
    }

    @Test
    void plainTextOrJsonOutputCannotShowThemSoTheyAreRefused() throws Exception {
        Path page = story("a.html");
        for (String[] args : List.of(new String[] {"extract", page.toString(), "--links"},
                new String[] {"extract", page.toString(), "-f", "json", "--formatting"},
                new String[] {"extract", page.toString(), page.toString(), "--links", "--output-dir",
                        dir.resolve("txt").toString()})) {
            CliRun.Result r = CliRun.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.stderr()).contains("add -f markdown or -f html");
        }
        assertThat(dir.resolve("txt")).doesNotExist();
    }
}
