package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import dev.pith.parse.HtmlParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link MetadataResolver} turns the candidates of all sources into one value per field. */
class MetadataResolverTest {

    private static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    /** Candidates given as (field, value, source) triples. */
    private static Candidates candidates(Object... triples) {
        Candidates c = new Candidates();
        for (int i = 0; i < triples.length; i += 3) {
            c.add((Field) triples[i], (String) triples[i + 1], (Source) triples[i + 2]);
        }
        return c;
    }

    private static Metadata resolve(String html, String url) {
        return MetadataExtractor.extract(HtmlParser.parse(html, url), url, DATES);
    }

    // A news article whose JSON-LD names its author while the visible byline credits another
    // name (a photographer's, a translator's): the stronger source wins.
    @Test
    void authorsComeFromTheStrongestSourceThatNamesAPerson() {
        Candidates c = candidates(Field.AUTHOR, "By John Roe", Source.VISIBLE, Field.AUTHOR, "Jane Doe", Source.JSON_LD);

        assertThat(MetadataResolver.authors(c)).containsExactly("Jane Doe");
    }

    // A post whose <meta name="author"> says "Staff" while the byline names a person.
    @Test
    void aGenericCreditGivesWayToAPersonFromAWeakerSource() {
        Candidates c = candidates(Field.AUTHOR, "Staff", Source.META_NAME, Field.AUTHOR, "By John Roe", Source.VISIBLE);

        assertThat(MetadataResolver.authors(c)).containsExactly("John Roe");
    }

    @Test
    void aGenericCreditIsTheLastResort() {
        assertThat(MetadataResolver.authors(candidates(Field.AUTHOR, "Staff", Source.META_NAME))).containsExactly("Staff");
    }

    // A page whose WebPage JSON-LD credits the publication itself as the author.
    @Test
    void theSiteCreditedAsItsOwnAuthorIsNoAuthor() {
        Candidates own = candidates(Field.AUTHOR, "Riverside Gazette", Source.JSON_LD_PAGE,
                Field.SITE, "Riverside Gazette", Source.OPEN_GRAPH);
        Candidates other = candidates(Field.AUTHOR, "Riverside Gazette", Source.JSON_LD_PAGE,
                Field.SITE, "Valley Times", Source.OPEN_GRAPH);

        assertThat(MetadataResolver.authors(own)).isEmpty();
        assertThat(MetadataResolver.authors(other)).containsExactly("Riverside Gazette");
    }

    // A forum thread: every post has its own byline; the first one is the page's.
    @Test
    void onlyTheFirstVisibleBylineCounts() {
        Candidates c = candidates(Field.AUTHOR, "By Jane Doe", Source.VISIBLE, Field.AUTHOR, "By John Roe", Source.VISIBLE,
                Field.AUTHOR, "By Ann Poe", Source.VISIBLE);

        assertThat(MetadataResolver.authors(c)).containsExactly("Jane Doe");
    }

    // A report whose <meta name="author"> lists every contributor, beside a JSON-LD author.
    @Test
    void aSourceNamingTooManyPeopleIsPassedOver() {
        Candidates c = candidates(
                Field.AUTHOR, "Ann Able, Ben Bold, Cat Cole, Dan Dale, Eve Eads, Fay Fenn, Gus Gale, Hal Hart",
                Source.META_NAME, Field.AUTHOR, "Ann Able", Source.MICRODATA);

        assertThat(MetadataResolver.authors(c)).containsExactly("Ann Able");
    }

    // A shop's product page: the names on it belong to reviewers.
    @Test
    void aProductPageHasNoAuthors() {
        Candidates c = candidates(Field.PAGE_TYPE, "Product", Source.JSON_LD, Field.AUTHOR, "Jane Doe", Source.JSON_LD);

        assertThat(MetadataResolver.authors(c)).isEmpty();
    }

    @Test
    void tagsAreTheUnionOfAllSourcesWithoutRepeatsOrSentences() {
        Candidates c = candidates(Field.TAG, "storm", Source.META_NAME, Field.TAG, "Weather", Source.JSON_LD,
                Field.TAG, "Storm", Source.JSON_LD,
                Field.TAG, "this keyword is really a whole sentence that somebody typed into the keywords box",
                Source.META_NAME);

        assertThat(MetadataResolver.tags(c)).containsExactly("Weather", "Storm");
    }

    @Test
    void theLanguageIsTheDocumentsOwnDeclarationInBcp47Casing() {
        Candidates c = candidates(Field.LANGUAGE, "de", Source.JSON_LD, Field.LANGUAGE, "EN_us", Source.DOCUMENT);

        assertThat(MetadataResolver.language(c)).isEqualTo("en-US");
    }

    @Test
    void aLanguageValueThatIsNoLanguageTagIsSkipped() {
        Candidates c = candidates(Field.LANGUAGE, "{{lang}}", Source.DOCUMENT, Field.LANGUAGE, "fr-fr", Source.META_NAME);

        assertThat(MetadataResolver.language(c)).isEqualTo("fr-FR");
    }

    @Test
    void pageTypesMapToAFewKindsAndUnknownOnesToNone() {
        assertThat(MetadataResolver.pageType(candidates(Field.PAGE_TYPE, "NewsArticle", Source.JSON_LD))).isEqualTo("article");
        assertThat(MetadataResolver.pageType(candidates(Field.PAGE_TYPE, "WebSite", Source.JSON_LD))).isEmpty();
    }

    @Test
    void otherFieldsTakeTheFirstValueOfTheStrongestSource() {
        Candidates c = candidates(Field.SITE, "gazette.example", Source.DOCUMENT, Field.SITE, "Riverside Gazette",
                Source.OPEN_GRAPH, Field.SITE, "The Gazette", Source.OPEN_GRAPH);

        assertThat(MetadataResolver.best(c, Field.SITE)).isEqualTo("Riverside Gazette");
    }

    // A shop's product page with dates in its JSON-LD (of the offer, of reviews).
    @Test
    void aProductPageIsNotPublishedOnADay() {
        Metadata m = resolve("""
                <html><head><script type="application/ld+json">
                {"@type": "Product", "name": "Rain boots", "datePublished": "2024-03-01"}
                </script></head><body><h1>Rain boots</h1></body></html>""", "https://shop.example/boots");

        assertThat(m.pageType()).isEqualTo("product");
        assertThat(m.published()).isEmpty();
        assertThat(m.date()).isEmpty();
    }

    // The same dates on an article page are its publication date.
    @Test
    void anArticlePageIsPublishedOnItsDay() {
        Metadata m = resolve("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Rain boots sell out", "datePublished": "2024-03-01"}
                </script></head><body><h1>Rain boots sell out</h1></body></html>""", "https://news.example/boots");

        assertThat(m.published()).isEqualTo("2024-03-01");
        assertThat(m.date()).isEqualTo("2024-03-01");
    }

    // A page that gives its canonical URL and image relative to itself, or without a scheme.
    @Test
    void relativeUrlsAreResolvedAgainstThePage() {
        Metadata m = resolve("""
                <html><head><link rel="canonical" href="/news/river-wall">
                <meta property="og:image" content="//cdn.example/wall.jpg"></head><body></body></html>""",
                "https://news.example/news/river-wall?ref=home");

        assertThat(m.canonicalUrl()).isEqualTo("https://news.example/news/river-wall");
        assertThat(m.image()).isEqualTo("https://cdn.example/wall.jpg");
    }

    @Test
    void relativeUrlsWithoutAPageUrlAreDropped() {
        Metadata m = resolve("<html><head><link rel=canonical href=/news/river-wall></head><body></body></html>", "");

        assertThat(m.canonicalUrl()).isEmpty();
    }

    @Test
    void aMarkupAuthorTypedInLowerCaseIsTheAuthorWhenItsSourceNamesNobodyElse() {
        assertThat(MetadataResolver.authors(candidates(Field.AUTHOR, "kirstin boatto", Source.META_NAME)))
                .containsExactly("kirstin boatto");
        // beside a writer the same source names, a lower-case credit is the brand's
        assertThat(MetadataResolver.authors(candidates(Field.AUTHOR, "Denis Dilba", Source.META_NAME,
                Field.AUTHOR, "heise online", Source.META_NAME))).containsExactly("Denis Dilba");
        // a visible line in lower case is prose, not a byline
        assertThat(MetadataResolver.authors(candidates(Field.AUTHOR, "kirstin boatto", Source.VISIBLE))).isEmpty();
    }

    @Test
    void theSitesNameGluedAfterTheWriterIsCutFromTheByline() {
        assertThat(MetadataResolver.authors(candidates(Field.SITE, "USA TODAY", Source.OPEN_GRAPH,
                Field.AUTHOR, "USA TODAY", Source.JSON_LD, Field.AUTHOR, "Brian Truitt USA TODAY", Source.VISIBLE)))
                .containsExactly("Brian Truitt");
        // no writer's full name before it: a credit of the site, kept as written
        assertThat(MetadataResolver.withoutTrailingSite("Laura / House Plant House", java.util.Set.of("house plant house")))
                .isEqualTo("Laura / House Plant House");
        assertThat(MetadataResolver.withoutTrailingSite("Brian USA TODAY", java.util.Set.of("usa today")))
                .isEqualTo("Brian USA TODAY");
    }

    @Test
    void aTeamOfEightWritersIsTheBylineAndNineAreAList() {
        // an M&A update signed by a desk of eight; the JSON-LD reader takes at most as many
        Candidates eight = new Candidates();
        List.of("Nicholas Collins", "Scott Munro", "Matt De La O", "Vineet Asthana", "Rory O'Sullivan", "Corey Maurer",
                "Hamish Shah", "Philipp Bose").forEach(n -> eight.add(Field.AUTHOR, n, Source.META_NAME));
        assertThat(MetadataResolver.authors(eight)).hasSize(MetadataResolver.MAX_TEAM_AUTHORS);
        eight.add(Field.AUTHOR, "Anna Roth", Source.META_NAME);
        assertThat(MetadataResolver.authors(eight)).isEmpty();
    }
}
