package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import org.junit.jupiter.api.Test;

/** The headline and byline rules added for pages in many languages: each where it fires and where it must not. */
class HeadlineAndBylineRulesTest {

    @Test
    void anH1EqualToASecondOgTitleIsTheHeadline() {
        assertThat(extract("""
            <title>Wein dekantieren: Alles Wissenswerte zusammengefasst</title>
            <meta property="og:title" content="Wein dekantieren: Alles Wissenswerte zusammengefasst">
            <meta property="og:title" content="Wein dekantieren: Alles rund um einen besonderen Schritt">
            <h1>Wein dekantieren: Alles rund um einen besonderen Schritt</h1>""").title())
                .isEqualTo("Wein dekantieren: Alles rund um einen besonderen Schritt");
    }

    @Test
    void anH1EqualToATwitterTitleAloneDoesNotOutweighTheOgTitle() {
        assertThat(extract("""
            <title>The Modern Ambitions Behind Neon</title>
            <meta property="og:title" content="The Modern Ambitions Behind Neon">
            <meta name="twitter:title" content="Why Neon Is the Ultimate Symbol">
            <h1>Why Neon Is the Ultimate Symbol</h1>""").title()).isEqualTo("The Modern Ambitions Behind Neon");
    }

    @Test
    void aKickerSpanOpeningTheH1IsCutOff() {
        assertThat(extract("""
            <title>Corona-Pandemie - „Es kommt auch darauf an, wie die Menschen sterben“ | Cicero</title>
            <h1><span class="kicker">Corona-Pandemie</span> <span class="hidden"> - </span>
            <span class="headline">„Es kommt auch darauf an, wie die Menschen sterben“</span></h1>""").title())
                .isEqualTo("„Es kommt auch darauf an, wie die Menschen sterben“");
    }

    @Test
    void aForumThreadsPrefixBadgeIsKeptInTheTitle() {
        assertThat(extract("""
            <title>Question - Want to know the comparison between these GPU | Forums</title>
            <h1><a href="/t/1"><span class="label label--blue">Question</span><span class="append">&nbsp;</span>Want to know the comparison between these GPU</a></h1>""")
                .title()).isEqualTo("Question Want to know the comparison between these GPU");
    }

    @Test
    void aProductPagesBrandSpanIsKeptInTheTitle() {
        assertThat(extract("""
            <title>KALLAX Shelf unit, white, 30 1/8x57 5/8 | IKEA</title>
            <script type="application/ld+json">{"@type":"Product","name":"KALLAX Shelf unit, white"}</script>
            <h1><span class="brand">KALLAX</span> <span class="desc">Shelf unit, white, 30 1/8x57 5/8</span></h1>""")
                .title()).isEqualTo("KALLAX Shelf unit, white, 30 1/8x57 5/8");
    }

    @Test
    void emphasisWithoutAClassOnTheFirstWordIsNoKicker() {
        assertThat(extract("""
            <title>The Best Pizza in Town Tonight</title>
            <h1><em>The</em> Best Pizza in Town Tonight</h1>""").title()).isEqualTo("The Best Pizza in Town Tonight");
    }

    @Test
    void aNumberSpanIsNoKicker() {
        assertThat(extract("""
            <title>10 Ways to Save Energy at Home</title>
            <h1><span class="num">10</span> Ways to Save Energy at Home</h1>""").title())
                .isEqualTo("10 Ways to Save Energy at Home");
    }

    @Test
    void aBylineInABlogPostsOwnFooterIsRead() {
        Metadata m = extract("""
            <title>Tach auch!</title><h1>Tach auch!</h1><div class="post-body"><p>Text.</p></div>
            <div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">der Michel</span></span></div>""");
        assertThat(m.authors()).containsExactly("der Michel");
    }

    @Test
    void aBylineInThePageFooterIsStillFurniture() {
        Metadata m = extract("""
            <title>Tach auch!</title><h1>Tach auch!</h1><div class="post-body"><p>Text.</p></div>
            <div class="site-footer"><span class="author">Jane Roe</span></div>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aBylinePrefixWhoseNameSitsInAChildElement() {
        Metadata m = extract("""
            <title>Übung macht den Meister</title><h1>Übung macht den Meister</h1>
            <div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>""");
        assertThat(m.authors()).containsExactly("Pamela Sladky");
    }

    @Test
    void aPhotoCreditWithTheNameInALinkNamesNoAuthor() {
        Metadata m = extract("""
            <title>Migrations in Django</title><h1>Migrations in Django</h1>
            <p>Photo by <a href="https://unsplash.com/@x">Ricardo Gomez</a> on <a href="https://unsplash.com">Unsplash</a></p>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aWeekdayLeftBeforeACutDateIsNoPartOfTheName() {
        assertThat(AuthorNames.clean("Von Tomas Spahn Fr, 18. Oktober 2019").names()).containsExactly("Tomas Spahn");
        assertThat(AuthorNames.clean("Von Hans Fröhlich, 18. Oktober 2019").names()).containsExactly("Hans Fröhlich");
    }

    @Test
    void anAboutTheAuthorLabelIsNoPartOfTheName() {
        assertThat(AuthorNames.clean("About the Author - Florina Ionescu").names()).containsExactly("Florina Ionescu");
    }

    @Test
    void aBylineBlockHoldingAWidgetIsReadUpToItsFirstBlock() {
        Metadata m = extract("""
            <title>Eine Interpretation</title><h1>Eine Interpretation</h1>
            <div class="author"><a href="/autoren/gq/">Georg Quaas</a>, 21. Jan. 2015
            <div class="article-rating"><form>%s</form></div></div>""".formatted("Bewerten Sie diesen Artikel. ".repeat(12)));
        assertThat(m.authors()).containsExactly("Georg Quaas");
    }

    @Test
    void aLongBylineBlockWithoutAnOpeningLineNamesNoOne() {
        Metadata m = extract("""
            <title>Eine Interpretation</title><h1>Eine Interpretation</h1>
            <div class="author"><div class="bio">%s</div></div>""".formatted("Er schreibt über Wirtschaft. ".repeat(12)));
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aFullNameAfterTheDateInTheLineUnderTheHeadlineIsTheWriter() {
        Metadata m = extract("""
            <title>Variablen und ihr Zuhause</title><h1>Variablen und ihr Zuhause</h1>
            <p class="text-muted">11.12.2019 - Amelie Loevenich</p><p>Text.</p>""");
        assertThat(m.authors()).containsExactly("Amelie Loevenich");
    }

    @Test
    void aPlaceOrSectionAfterTheDateNamesNoWriter() {
        assertThat(extract("""
            <title>Das Hermelin</title><h1>Das Hermelin</h1>
            <p>01. November 2021 | Naturschutz, BUND</p><p>Text.</p>""").authors()).isEmpty();
        assertThat(extract("""
            <title>Das Hermelin</title><h1>Das Hermelin</h1>
            <p>01. November 2021 - Berlin</p><p>Text.</p>""").authors()).isEmpty();
    }

    @Test
    void aContributorsLabelUnderTheHeadlineNamesTheWriter() {
        assertThat(extract("""
            <title>14 Low-Light Houseplants</title><h1>14 Low-Light Houseplants</h1>
            <div class="tags"><div><strong>Contributors:</strong> Janet Loughrey</div></div>
            <p>These houseplants thrive in dim rooms.</p>""").authors()).containsExactly("Janet Loughrey");
    }

    @Test
    void contributorsInASentenceOrAfterANameAreNoLabel() {
        // prose under the headline that opens with the word names no writer
        assertThat(extract("""
            <title>Fund Report</title><h1>Fund Report</h1>
            <p>Contributors to the fund met in Boston on Tuesday to discuss the annual budget for schools.</p>""")
                .authors()).isEmpty();
        // after a name the word is the writer's role, cut off
        assertThat(AuthorNames.clean("Jane Doe, Contributor").names()).containsExactly("Jane Doe");
    }
}
