package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The names of {@code --output-dir} files: safe on any file system, never outside the directory, distinct. */
class FileNamesTest {

    @Test
    void aPageWithAUrlIsNamedAfterItsHostPathAndQuery() {
        assertThat(new FileNames().claim("https://a.test/news/story.html?p=2", "ignored", ".md"))
                .isEqualTo("a.test_news_story.html_p_2.md");
    }

    @Test
    void withoutAUrlTheInputIdNamesIt() {
        assertThat(new FileNames().claim(null, "report-2024", ".txt")).isEqualTo("report-2024.txt");
        assertThat(new FileNames().claim("", "<urn:uuid:1234-ab>", ".txt")).isEqualTo("urn_uuid_1234-ab.txt");
    }

    @Test
    void pathsAndParentReferencesCannotLeaveTheDirectory() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(FileNames.safe("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.safe("a\\..\\b")).isEqualTo("a_.._b"); // one name: the backslashes are gone
        assertThat(FileNames.safe("/abs/path")).isEqualTo("abs_path");
        assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
        assertThat(FileNames.safe("-rf")).isEqualTo("rf");
        assertThat(FileNames.safe("tab\there\u0000nul")).isEqualTo("tab_here_nul");
    }

    @Test
    void emptyOrReservedNamesGetAUsableOne() {
        assertThat(FileNames.safe("")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.safe("???")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.safe("CON")).isEqualTo("_CON");
        assertThat(FileNames.safe("lpt1.txt")).isEqualTo("_lpt1.txt");
    }

    @Test
    void lettersOfEveryScriptAreKeptAndLongNamesCutOnACharacter() {
        assertThat(FileNames.safe("Größe straße 東京")).isEqualTo("Größe_straße_東京");
        String cut = FileNames.safe("東".repeat(100));
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_NAME_BYTES);
        assertThat(cut).matches("東+");
    }

    @Test
    void clashesGetNumberedInClaimOrderAlsoWhenOnlyTheCaseDiffers() {
        FileNames names = new FileNames();
        assertThat(names.claim(null, "index", ".md")).isEqualTo("index.md");
        assertThat(names.claim(null, "index", ".md")).isEqualTo("index-2.md");
        assertThat(names.claim(null, "INDEX", ".md")).isEqualTo("INDEX-3.md");
        assertThat(names.claim(null, "index-2", ".md")).isEqualTo("index-2-2.md");
    }
}
