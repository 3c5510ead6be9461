package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A byline's links to its writers' pages give the names: where the rule fires and where it must not. */
class AuthorLinksTest {

    @Test
    void aJobTitleBesideALinkedNameInAnAuthorBoxIsLeftOut() {
        assertThat(extract("""
            <title>How we keep pests out of the garden</title><h1>How we keep pests out of the garden</h1>
            <div class="author-line"><span class="author-label">Written By:</span>
            <span class="author-name"><a href="/author/celeste-longacre">Celeste Longacre</a></span>
            <span class="author-title">Gardener &amp; Astrologer</span></div>
            <p>Text of the article, long enough to be a paragraph of its own.</p>""").authors())
                .containsExactly("Celeste Longacre");
    }

    @Test
    void aButtonAfterTheLinkedNameUnderTheHeadlineIsLeftOut() {
        assertThat(extract("""
            <title>Tips for Selecting DC Motors</title><h1>Tips for Selecting DC Motors</h1>
            <p>By <a href="https://example.com/magazine/contributor/a._j._neal">A. J. Neal</a>
            <a href="https://example.com/issue/33" class="btn">View In Digital Edition</a></p>
            <p>Text of the article, long enough to be a paragraph of its own.</p>""").authors())
                .containsExactly("A. J. Neal");
    }

    @Test
    void twoLinkedWritersWithoutASeparatorAreTwoNames() {
        assertThat(extract("""
            <title>The best gaming laptops</title><h1>The best gaming laptops</h1>
            <div class="byline">By <a href="/authors/adrien-ramirez/">Adrien Ramirez</a><a href="/authors/joanna-nelius/">Joanna Nelius</a></div>
            <p>Text of the article, long enough to be a paragraph of its own.</p>""").authors())
                .containsExactly("Adrien Ramirez", "Joanna Nelius");
    }

    @Test
    void aCategoryOrSocialLinkBesideTheAuthorIsNoName() {
        assertThat(extract("""
            <title>Was wurde aus Six Sigma?</title><h1>Was wurde aus Six Sigma?</h1>
            <div class="entry-meta-author"><a class="author-name" href="https://blog.example/author/matthias/">Matthias</a>
            <a class="author-twitter" href="https://twitter.com/herrpfleger">herrpfleger</a>
            in <a href="https://blog.example/category/uncategorized/">Uncategorized</a></div>
            <p>Text of the article, long enough to be a paragraph of its own.</p>""").authors())
                .containsExactly("Matthias");
    }

    @Test
    void slugsSpellUmlautsAndDropDiacritics() {
        assertThat(AuthorLinks.spellsSlug("Clara Löw", "/autoren/clara-loew/")).isTrue();
        assertThat(AuthorLinks.spellsSlug("Clara Löw", "/autoren/clara-low")).isTrue();
        assertThat(AuthorLinks.spellsSlug("Jürgen Müller", "/author/j%C3%BCrgen-m%C3%BCller?ref=1")).isTrue();
        assertThat(AuthorLinks.spellsSlug("Clara Löw", "/tag/clara-loew/")).isFalse();
        assertThat(AuthorLinks.spellsSlug("Clara", "/author/clara-loew")).isFalse();
    }
}
