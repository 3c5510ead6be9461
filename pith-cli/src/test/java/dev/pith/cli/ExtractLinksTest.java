package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --links} and {@code --formatting} put the page's links and emphasis into Markdown output. */
class ExtractLinksTest {

    @TempDir
    Path dir;

    private String markdown(String... flags) throws Exception {
        Path page = dir.resolve("story.html");
        Files.writeString(page, "<html><body><article><h1>Harbour reopens</h1>"
                + "<p>The harbour reopened on Monday, <strong>a week early</strong>, after repairs that the "
                + "<a href=\"https://news.example/wall.pdf\">council's report</a> had called urgent for years.</p>"
                + "</article></body></html>");
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
}
