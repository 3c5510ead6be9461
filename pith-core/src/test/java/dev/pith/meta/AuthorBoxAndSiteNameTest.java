package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author boxes read line by line, and site names recognised in titles: each rule where it fires and where it must not. */
class AuthorBoxAndSiteNameTest {

    @Test
    void aJobTitleInItsOwnBlockIsNotPartOfTheName() {
        assertThat(extract("""
            <h1>Eight games worth playing</h1>
            <div class="author"><a href="/author/ben">Ben Silverman</a> <div class="author-title">Games Editor</div></div>""")
                .authors()).containsExactly("Ben Silverman");
    }

    @Test
    void avatarInitialsOnTheirOwnLineAreSkipped() {
        assertThat(extract("""
            <h1>Planting a kitchen garden</h1>
            <div class="author-box"><div class="avatar">NB</div><div class="name">Nicole Burke</div><div>Founder, Rooted Garden</div></div>""")
                .authors()).containsExactly("Nicole Burke");
    }

    @Test
    void aBoxNamingNobodyAsAWholeKeepsItsCredit() {
        assertThat(extract("""
            <h1>Hyundai im Test</h1>
            <div class="author"><div>Hyundai</div><div>Redaktion</div></div>""").authors())
                .doesNotContain("Hyundai");
    }
}
