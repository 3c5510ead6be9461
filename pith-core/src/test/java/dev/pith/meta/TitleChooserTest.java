package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which headline {@link TitleChooser} picks among the h1s, og:title and the document title. */
class TitleChooserTest {

    @Test
    void theH1AfterAKickerIsTheHeadline() {
        assertThat(extract("""
            <title>Chronik: Lotte Tobisch ist tot - wien.ORF.at</title>
            <meta property="og:title" content="Chronik: Lotte Tobisch ist tot">
            <h1>Lotte Tobisch ist tot</h1>""").title()).isEqualTo("Lotte Tobisch ist tot");
    }

    @Test
    void anH1MerelyEndingTheTitleIsNoHeadline() {
        // no kicker punctuation: the product name without its brand is not the page's title
        assertThat(extract("<title>Gymshark Arrival T-Shirt</title><h1>Arrival T-Shirt</h1>").title())
                .isEqualTo("Gymshark Arrival T-Shirt");
    }

    @Test
    void aBlogNameH1NeverAgrees() {
        assertThat(extract("""
            <title>Office 365 – HBDI – die Dritte | Damian Duchamps' Blog</title>
            <meta property="og:title" content="Office 365 – HBDI – die Dritte">
            <meta property="og:site_name" content="Damian Duchamps' Blog">
            <h1>Damian Duchamps' Blog</h1><h2>Office 365 – HBDI – die Dritte</h2>""").title())
                .isEqualTo("Office 365 – HBDI – die Dritte");
        assertThat(extract("""
            <title>EMACSPEAK The Complete Audio Desktop: Meta-Programming In Emacs</title>
            <meta property="og:title" content="Meta-Programming In Emacs">
            <h1>EMACSPEAK The Complete Audio Desktop</h1>""").title()).isEqualTo("Meta-Programming In Emacs");
    }

    @Test
    void aLaterSegmentOfTheDocumentTitleAloneDoesNotOutweighTheOgTitle() {
        assertThat(extract("""
            <title>Konrad-Adenauer-Stiftung - detail</title>
            <meta property="og:title" content="Kommunalwahlen in Nordmazedonien">
            <h1 class="hide-accessible">detail</h1>""").title()).isEqualTo("Kommunalwahlen in Nordmazedonien");
    }

    @Test
    void anOgTitleNamingOnlyTheSiteGivesWayToTheArticlesOwn() {
        assertThat(extract("""
            <meta property="og:site_name" content="Robomow"><meta property="og:title" content="Robomow">
            <meta property="og:title" content="Which robotic lawnmower is suitable for which lawn size? | Robomow">
            <h1>Which robotic lawnmower is suitable for which lawn size?</h1>""").title())
                .isEqualTo("Which robotic lawnmower is suitable for which lawn size?");
    }

    @Test
    void anOgTitleKeepsItsTypographicDashesButNotATemplatesSuffix() {
        assertThat(extract("<meta property=\"og:title\" content=\"Würde des Lebens – ein Projekt\"><p>x</p>").title())
                .isEqualTo("Würde des Lebens – ein Projekt");
        assertThat(extract("<meta property=\"og:title\" content=\"Stanford grads find no jobs - Slashdot\"><p>x</p>").title())
                .isEqualTo("Stanford grads find no jobs");
    }

    @Test
    void theH1TheAddressSpellsOutweighsARewrittenTitle() {
        assertThat(extract("""
            <title>Best Apps to Learn a Language in 2025 – Top 10 Picks</title>
            <meta property="og:title" content="Best Apps to Learn a Language in 2025 – Top 10 Picks">
            <link rel="canonical" href="https://example.org/en/blog/best-language-learning-app/">
            <h1>Top 10: Best Language Learning App (tested by experts)</h1>""").title())
                .isEqualTo("Top 10: Best Language Learning App (tested by experts)");
    }

    @Test
    void theAddressDoesNotPreferAnH1ThatOnlyWrapsTheTitle() {
        // the h1 holds every word of the og:title: the same headline under a kicker
        assertThat(extract("""
            <meta property="og:title" content="Getränke per Schiff ins Stadtzentrum">
            <link rel="canonical" href="https://example.de/38519-olympische-spiele-in-paris-getraenke-per-schiff-ins-stadtzentrum">
            <h1>Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum</h1>""").title())
                .isEqualTo("Getränke per Schiff ins Stadtzentrum");
        // the address spells the og:title as well as the h1: the stated title stays
        assertThat(extract("""
            <meta property="og:title" content="Sheets for Every Bed">
            <link rel="canonical" href="https://example.com/collections/bed-sheets">
            <h1>All Sheets</h1>""").title()).isEqualTo("Sheets for Every Bed");
    }

    @Test
    void anOgTitleCutAtAQuotationMarkGivesWayToTheDocumentTitle() {
        assertThat(extract("""
            <title>Senador republicano califica a Biden de "incapacitado"</title>
            <meta property="og:title" content="Senador republicano califica a Biden de ">
            <p>x</p>""").title()).isEqualTo("Senador republicano califica a Biden de \"incapacitado\"");
        // an og:title the document title merely starts with, no quotation mark after it: the og:title stays
        assertThat(extract("""
            <title>Senador republicano califica a Biden de incapacitado</title>
            <meta property="og:title" content="Senador republicano califica a Biden">
            <p>x</p>""").title()).isEqualTo("Senador republicano califica a Biden");
    }

    @Test
    void aHyphenInsideAnOgTitleTheDocumentTitleHoldsWholeIsTheHeadlines() {
        assertThat(extract("""
            <title>Termine Whisky Tastings Januar – Mai 2020 Halle - whisky.example</title>
            <meta property="og:title" content="Termine Whisky Tastings Januar - Mai 2020 Halle">
            <p>x</p>""").title()).isEqualTo("Termine Whisky Tastings Januar - Mai 2020 Halle");
        // the og:title alone, or equal to the document title: the hyphen is where a template appended its name
        assertThat(extract("""
            <title>Stanford grads find no jobs - Slashdot</title>
            <meta property="og:title" content="Stanford grads find no jobs - Slashdot">
            <p>x</p>""").title()).isEqualTo("Stanford grads find no jobs");
        // a pipe still ends the headline
        assertThat(extract("""
            <title>Cloudflare CDN | Content Delivery Network | Cloudflare</title>
            <meta property="og:title" content="Cloudflare CDN | Content Delivery Network">
            <p>x</p>""").title()).isEqualTo("Cloudflare CDN");
    }

    @Test
    void aThreadsPrefixBadgeIsCutWhenTheJsonLdHeadlineLeavesItOut() {
        assertThat(extract("""
            <title>Player - Squad 2024 - 2025 | The Fighting Cock</title>
            <meta property="og:title" content="Player - Squad 2024 - 2025">
            <script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Squad 2024 - 2025"}</script>
            <h1><span class="label label--green">Player</span> Squad 2024 - 2025</h1>""").title())
                .isEqualTo("Squad 2024 - 2025");
        // no title leaves the badge out: it is part of the thread's title there
        assertThat(extract("""
            <title>Info - Ultimate Graphics Card Comparison Guide | Forum</title>
            <h1><span class="label">Info</span> - Ultimate Graphics Card Comparison Guide</h1>""").title())
                .isEqualTo("Info - Ultimate Graphics Card Comparison Guide");
    }
}
