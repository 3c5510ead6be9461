package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import dev.pith.parse.HtmlParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The whole stage on small pages: each source, the conflicts between them, the title rule. */
class MetadataExtractorTest {

    static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    static Metadata extract(String html) {
        return extract(html, "");
    }

    static Metadata extract(String html, String url) {
        return MetadataExtractor.extract(HtmlParser.parse(html, url), url, DATES);
    }

    static String fixture(String name) {
        try (InputStream in = MetadataExtractorTest.class.getResourceAsStream("/meta/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fullNewsArticle() {
        Metadata m = extract(fixture("news-article.html"), "https://news.example.com/2022/09/28/storm-closes-roads/");
        assertThat(m.title()).isEqualTo("Storm closes coastal roads");
        assertThat(m.description()).isEqualTo("Heavy rain and wind closed roads along the coast on Wednesday.");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.published()).isEqualTo("2022-09-28T08:30:00+01:00");
        assertThat(m.modified()).isEqualTo("2022-09-29T10:00:00+01:00");
        assertThat(m.site()).isEqualTo("Example News");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/2022/09/28/storm-closes-roads/");
        assertThat(m.image()).isEqualTo("https://news.example.com/img/storm.jpg");
        assertThat(m.tags()).containsExactly("Weather", "Roads", "Storm");
        assertThat(m.pageType()).isEqualTo("article");
    }

    @Test
    void visibleBylineAndDateWhenMarkupIsSilent() {
        Metadata m = extract(fixture("blog-visible-only.html"));
        assertThat(m.title()).isEqualTo("How I fixed my bike");
        assertThat(m.authors()).containsExactly("Sam Rivers");
        assertThat(m.published()).isEqualTo("2022-09-28");
        assertThat(m.modified()).isEmpty();
    }

    @Test
    void commentDatesAroundTheArticleNeverWin() {
        String html = """
            <html><body>
            <div class="comments"><div class="comment"><time datetime="2022-10-05">5 Oct</time>
              <span itemprop="datePublished" content="2022-10-05"></span><span class="author">Bob</span></div></div>
            <article><h1>Headline</h1><time datetime="2022-09-28">28 Sep</time></article>
            <div id="related-posts"><time datetime="2022-10-06">6 Oct</time></div>
            </body></html>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2022-09-28");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void publishedAndModifiedStaySeparate() {
        String html = """
            <html><head>
            <meta property="article:published_time" content="2022-09-28T08:00:00Z">
            <meta property="article:modified_time" content="2022-10-01T09:00:00Z">
            </head><body><h1>T</h1><p class="updated">Updated 1 October 2022</p></body></html>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2022-09-28T08:00:00Z");
        assertThat(m.modified()).isEqualTo("2022-10-01T09:00:00Z");
    }

    @Test
    void modificationBeforePublicationIsDropped() {
        String html = """
            <html><head>
            <meta property="article:published_time" content="2022-09-28">
            <meta property="article:modified_time" content="2020-01-01">
            </head><body></body></html>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2022-09-28");
        assertThat(m.modified()).isEmpty();
    }

    @Test
    void jsonLdBeatsOpenGraphBeatsVisibleByline() {
        String html = """
            <html><head>
            <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Ada Lovelace"},
              "datePublished":"2022-09-28"}</script>
            <meta property="article:author" content="Charles Babbage">
            <meta property="article:published_time" content="2022-09-27">
            </head><body><h1>T</h1><p class="byline">By Grace Hopper</p></body></html>""";
        Metadata m = extract(html);
        assertThat(m.authors()).containsExactly("Ada Lovelace");
        assertThat(m.published()).isEqualTo("2022-09-28");
    }

    @Test
    void openGraphAuthorWhenJsonLdHasNone() {
        String html = """
            <html><head><meta property="article:author" content="Charles Babbage"></head>
            <body><h1>T</h1><p class="byline">By Grace Hopper</p></body></html>""";
        assertThat(extract(html).authors()).containsExactly("Charles Babbage");
    }

    @Test
    void agreementOfTwoSourcesNeverOutvotesOneStrongSource() {
        String html = """
            <html><head><meta property="article:published_time" content="2022-09-28"></head>
            <body><h1>T</h1><time datetime="2022-09-30">30 Sep</time><span class="date">30 September 2022</span>
            </body></html>""";
        // (an earlier bare date line under the headline would win: see ShownDateTest)
        assertThat(extract(html).published()).isEqualTo("2022-09-28");
    }

    @Test
    void staffOnlyWhenNothingElse() {
        String staff = "<html><head><meta name=\"author\" content=\"Staff\"></head><body></body></html>";
        assertThat(extract(staff).authors()).containsExactly("Staff");
        String both = """
            <html><head><meta name="author" content="Staff"></head>
            <body><h1>T</h1><p class="byline">By Grace Hopper</p></body></html>""";
        assertThat(extract(both).authors()).containsExactly("Grace Hopper");
    }

    @Test
    void titleLosesSiteSuffixAndPrefix() {
        assertThat(extract("<html><head><title>Storm closes roads | Example News</title></head></html>").title())
                .isEqualTo("Storm closes roads");
        String prefixed = """
            <html><head><title>Example News - Storm closes roads</title>
            <meta property="og:site_name" content="Example News"></head></html>""";
        assertThat(extract(prefixed).title()).isEqualTo("Storm closes roads");
    }

    @Test
    void headlineThatAgreesWithTheTitleWins() {
        String html = """
            <html><head><title>Storm closes roads - Example News</title></head>
            <body><h1>Example News</h1><h1>Storm closes roads</h1></body></html>""";
        assertThat(extract(html).title()).isEqualTo("Storm closes roads");
    }

    @Test
    void pageWithoutAnythingGivesEmptyFields() {
        assertThat(extract("")).isEqualTo(Metadata.EMPTY);
        assertThat(extract("<html><body><p>Just text.</p></body></html>").authors()).isEmpty();
    }

    @Test
    void regenerationStampLosesToTheDateThePageShows() {
        String html = """
            <html><head><script type="application/ld+json">
            {"@type":"BlogPosting","datePublished":"2025-06-24T10:00:00Z","dateModified":"2025-06-24T10:00:00Z"}
            </script></head><body><h1>T</h1>
            <div class="post-info"><div class="author">Shauna Mitchell</div><div class="date">August 25, 2024</div></div>
            </body></html>""";
        assertThat(extract(html).published()).isEqualTo("2024-08-25");
    }

    @Test
    void neverUpdatedPageKeepsItsMarkupDate() {
        String html = """
            <html><head>
            <meta property="article:published_time" content="2024-05-03"><meta property="og:updated_time" content="2024-05-03">
            </head><body><h1>T</h1><time datetime="2024-05-03">3 May</time>
            <p class="post-date">Reply of April 4, 2024</p></body></html>""";
        assertThat(extract(html).published()).isEqualTo("2024-05-03");
    }

    @Test
    void aMonthAloneDoesNotCompeteWithADay() {
        String html = """
            <html><head><meta property="article:published_time" content="2025-12-15"></head>
            <body><h1>T</h1><span class="date">December 2025</span><span class="date">December 2025</span></body></html>""";
        assertThat(extract(html).published()).isEqualTo("2025-12-15");
        assertThat(extract("<html><body><h1>T</h1><span class=\"date\">December 2025</span></body></html>").published())
                .isEqualTo("2025-12");
    }

    @Test
    void visibleUpdateLineIsNotAPublicationDate() {
        String html = """
            <html><head>
            <meta property="article:published_time" content="2025-01-29"><meta property="article:modified_time" content="2025-08-19">
            </head><body><h1>T</h1><p class="date">August 19, 2025</p></body></html>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2025-01-29");
        assertThat(m.modified()).isEqualTo("2025-08-19");
    }

    @Test
    void thePublicationCreditedAsAuthorGivesWayToTheWritersByline() {
        Metadata m = extract("""
            <meta property="og:site_name" content="L'Opinion">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Glyphosate","author":{"@type":"Organization","name":"L'Opinion"}}</script>
            <h1>Glyphosate</h1><p class="author">Emmanuelle Ducros</p>""");
        assertThat(m.authors()).containsExactly("Emmanuelle Ducros");
    }

    @Test
    void onAPersonalSiteTheSitesNameIsTheAuthor() {
        Metadata m = extract("""
            <meta property="og:site_name" content="Cory Dransfeldt">
            <meta name="author" content="Cory Dransfeldt"><h1>A brief intro to git</h1>""");
        assertThat(m.authors()).containsExactly("Cory Dransfeldt");
    }

    @Test
    void aReviewDescribingAProductIsStillADatedArticle() {
        String head = """
            <script type="application/ld+json">{"@type":"Product","name":"Game"}</script>
            <meta property="og:type" content="article"><meta name="author" content="Luke Kemp">""";
        Metadata review = extract(head + "<h1>Game review</h1><p><time datetime=\"2020-02-11\">11 February 2020</time></p>");
        assertThat(review.date()).isEqualTo("2020-02-11");
        assertThat(review.authors()).containsExactly("Luke Kemp");
        // a shop's product page labelled og:type article shows no date of its own
        Metadata shop = extract(head + "<meta property=\"article:published_time\" content=\"2020-02-11\"><h1>Game</h1>");
        assertThat(shop.date()).isEmpty();
    }

    @Test
    void anArticleWhoseTaxonomyClassesNameFurnitureKeepsItsOwnDateOnTheLocalDay() {
        // blog themes print the post's tags into its class ("tag-gear-recommendations"): the
        // article holding the headline is still the article, and its own <time> states the day
        // its readers see, while the OpenGraph value is the same instant in UTC, a day later
        Metadata m = extract("""
            <meta property="article:published_time" content="2025-02-23T00:57:30+00:00">
            <meta property="article:modified_time" content="2025-02-23T00:57:32+00:00">
            <article class="post hentry tag-gear-recommendations"><header class=entry-header>
            <h1>Backpacking essentials</h1><div class=entry-meta><span class=posted-on>
            <time class="entry-date published" datetime="2025-02-22T19:57:30-05:00" itemprop=datePublished>February 22, 2025</time>
            </span></div></header><p>What to pack for a week on the trail.</p></article>""");
        assertThat(m.date()).startsWith("2025-02-22");
    }

    @Test
    void relatedArticleCardsDoNotDateAPageThatShowsOnlyItsUpdateLine() {
        String card = """
            <li class=card><article class=card-content><div class=card-meta>
            <time datetime="2025-01-05T00:00:00.000Z">Jan 5, 2025</time></div>
            <h3><a href="/cost/%s/">%s</a></h3><p>What to expect during the process.</p></article></li>""";
        Metadata m = extract("<h1>How much does a house renovation cost?</h1>"
                + "<div class=byline>Written by Staff <div class=display-date>Updated Jun 16, 2024</div></div>"
                + "<p>Most renovations cost between ten and fifty thousand dollars.</p>"
                + "<h2>The homeowner's guide to renovations</h2><ul>" + card.formatted("addition", "Build an addition")
                + card.formatted("ceiling", "Vault a ceiling") + "</ul>");
        assertThat(m.date()).isEqualTo("2024-06-16");
    }
}
