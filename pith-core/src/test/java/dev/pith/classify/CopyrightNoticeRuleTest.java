package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CopyrightNoticeRule}: a short line with a copyright mark and a year is the legal notice. */
class CopyrightNoticeRuleTest {

    @Test
    void aNoticeLeftInTheArticlesContainerGoes() {
        assertThat(verdict(page("en", PROSE + "<p>(c) 1998 Bill Smith</p>"), "(c) 1998")).isEqualTo("copyright");
        assertThat(verdict(page("de", PROSE + "<p>© 2004–2021 Anna Berger. Alle Rechte vorbehalten.</p>"), "©"))
                .isEqualTo("copyright");
        assertThat(verdict(page("en", PROSE + "<p>Copyright 2021 Example Media Ltd</p>"), "Copyright"))
                .isEqualTo("copyright");
        assertThat(verdict(page("ja", PROSE + "<p>2003 © 山田商店</p>"), "2003")).isEqualTo("copyright");
    }

    @Test
    void prosAboutCopyrightAndLinesWithoutAMarkStay() {
        String law = "<p>Copyright law changed in 2019, when parliament voted to extend the protection of"
                + " recordings from fifty to seventy years after their release, after a long campaign by musicians.</p>";
        assertThat(verdict(page("en", PROSE + law), "Copyright law")).isNotEqualTo("copyright");
        assertThat(verdict(page("en", PROSE + "<h2>The 1998 season</h2>" + PROSE), "The 1998 season"))
                .isNotEqualTo("copyright");
        assertThat(verdict(page("en", PROSE + "<p>(c) the rates, as agreed</p>"), "(c) the rates"))
                .isNotEqualTo("copyright");
    }
}
