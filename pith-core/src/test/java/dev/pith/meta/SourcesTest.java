package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.parse.HtmlParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each source on its own: what it reads, and what it must leave alone. */
class SourcesTest {

    private static Candidates collect(MetadataSource source, String html, String url) {
        PageScan page = PageScan.of(HtmlParser.parse(html, url), url, MetadataExtractorTest.DATES);
        Candidates out = new Candidates();
        source.collect(page, out);
        return out;
    }

    private static Candidates collect(MetadataSource source, String html) {
        return collect(source, html, "");
    }

    private static List<String> values(Candidates c, Field f) {
        return c.of(f).stream().map(Candidate::value).toList();
    }

    private static List<String> published(MetadataSource source, String html) {
        return values(collect(source, html), Field.PUBLISHED);
    }

    @Test
    void jsonLdGraphWithReferencesAndArrays() {
        String html = """
            <script type="application/ld+json">
            [{"@type":"BreadcrumbList"},
             {"@graph":[{"@type":"Person","@id":"#a","name":"Ada Lovelace"},
                        {"@type":["NewsArticle"],"headline":"Engines","author":[{"@id":"#a"},{"@type":"Person","name":"Charles Babbage"}],
                         "datePublished":"2022-09-28","keywords":"math, engines","image":[{"url":"https://x.test/a.png"}]}]}]
            </script>""";
        Candidates c = collect(new JsonLdSource(), html);
        assertThat(values(c, Field.TITLE)).containsExactly("Engines");
        assertThat(values(c, Field.AUTHOR)).containsExactly("Ada Lovelace", "Charles Babbage");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28");
        assertThat(values(c, Field.TAG)).containsExactly("math", "engines");
        assertThat(values(c, Field.IMAGE)).containsExactly("https://x.test/a.png");
    }

    @Test
    void everyNewsArticleKindIsTheMainEntity() {
        Candidates c = collect(new JsonLdSource(), """
            <script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"Tite diz que errou",
             "author":[{"@type":"Person","name":"Bruno Rodrigues"}],"datePublished":"2018-12-21T12:55:00Z"}</script>""");
        assertThat(values(c, Field.AUTHOR)).containsExactly("Bruno Rodrigues");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2018-12-21T12:55:00Z");
        assertThat(MetadataResolver.pageType(c)).isEqualTo("article");
    }

    @Test
    void aTypeNamingNoContentKindGivesNoMainEntity() {
        // a Place or an ImageObject describes a part of the page, not its story
        Candidates c = collect(new JsonLdSource(), """
            <script type="application/ld+json">{"@type":"Place","name":"São Paulo",
             "author":{"@type":"Person","name":"Bruno Rodrigues"}}</script>""");
        assertThat(values(c, Field.AUTHOR)).isEmpty();
    }

    @Test
    void jsonLdCreationDateOnlyWithoutAPublicationDate() {
        assertThat(published(new JsonLdSource(), """
            <script type="application/ld+json">{"@type":"Article","datePublished":"2025-11-29T12:28:31-05:00",
             "dateCreated":"2025-08-08T00:00:00-04:00"}</script>""")).containsExactly("2025-11-29T12:28:31-05:00");
        assertThat(published(new JsonLdSource(), """
            <script type="application/ld+json">{"@type":"Article","dateCreated":"2025-08-08"}</script>"""))
                .containsExactly("2025-08-08");
    }

    @Test
    void jsonLdArticleOutranksAnEarlierFaqBlock() {
        String html = """
            <script type="application/ld+json">{"@type":"FAQPage","name":"FAQ","datePublished":"2020-01-01"}</script>
            <script type="application/ld+json">{"@type":"Article","headline":"Real","datePublished":"2022-09-28"}</script>""";
        Candidates c = collect(new JsonLdSource(), html);
        assertThat(c.first(Field.TITLE, Source.JSON_LD)).isEqualTo("Real");
        assertThat(c.first(Field.PUBLISHED, Source.JSON_LD)).isEqualTo("2022-09-28");
    }

    @Test
    void jsonLdToleratesCommonBreakage() {
        String html = """
            <script type="application/ld+json"><!--
            {"@type":"BlogPosting", // a comment
             "headline":'Single quotes',
             "datePublished":"2022-09-28",}
            --></script>""";
        Candidates c = collect(new JsonLdSource(), html);
        assertThat(c.first(Field.TITLE, Source.JSON_LD)).isEqualTo("Single quotes");
        assertThat(c.first(Field.PUBLISHED, Source.JSON_LD)).isEqualTo("2022-09-28");
    }

    @Test
    void jsonLdBeyondRepairStillYieldsItsDates() {
        String html = "<script type=\"application/ld+json\">{\"@type\":\"Article\" \"datePublished\": \"2022-09-28\" ]]]</script>";
        assertThat(values(collect(new JsonLdSource(), html), Field.PUBLISHED)).containsExactly("2022-09-28");
    }

    @Test
    void jsonLdRenderedAsAMetaTag() {
        String html = """
            <meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">
            <meta name="description" content="{&quot;datePublished&quot;:&quot;2020-01-01&quot;}">""";
        assertThat(published(new JsonLdSource(), html)).containsExactly("2025-11-17T09:00:00-05:00");
    }

    @Test
    void jsonLdOrganizationAuthorIsAWeakerClaim() {
        String html = """
            <script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"ACME"}}</script>""";
        assertThat(collect(new JsonLdSource(), html).of(Field.AUTHOR))
                .extracting(Candidate::source).containsExactly(Source.JSON_LD_PAGE);
    }

    @Test
    void openGraphProperties() {
        String html = """
            <meta property="og:title" content="T"><meta property="og:site_name" content="S">
            <meta property="article:published_time" content="2022-09-28T10:00:00Z">
            <meta property="article:author" content="https://facebook.com/jane">
            <meta property="og:locale" content="pt_BR">""";
        Candidates c = collect(new OpenGraphSource(), html);
        assertThat(values(c, Field.TITLE)).containsExactly("T");
        assertThat(values(c, Field.SITE)).containsExactly("S");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28T10:00:00Z");
        assertThat(values(c, Field.LANGUAGE)).containsExactly("pt_BR");
    }

    @Test
    void twitterCardAuthorLabel() {
        String html = """
            <meta name="twitter:title" content="T"><meta name="twitter:label1" content="Written by">
            <meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time">
            <meta name="twitter:data2" content="4 minutes">""";
        Candidates c = collect(new TwitterCardSource(), html);
        assertThat(values(c, Field.AUTHOR)).containsExactly("Jane Doe");
        assertThat(values(c, Field.TITLE)).containsExactly("T");
    }

    @Test
    void metaNameConventions() {
        String html = """
            <meta name="DC.creator" content="Ada Lovelace"><meta name="citation_publication_date" content="2022/09/28">
            <meta name="parsely-tags" content="a,b"><meta name="sailthru.author" content="Charles Babbage">
            <meta name="w-published-date" content="2022-09-27"><meta name="publisher" content="2001-01-01">
            <meta name="article:published_time" content="2011-11-11">""";
        Candidates c = collect(new MetaNameSource(), html);
        assertThat(values(c, Field.AUTHOR)).containsExactly("Ada Lovelace", "Charles Babbage");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28", "2022-09-27");
        assertThat(values(c, Field.TAG)).containsExactly("a", "b");
    }

    @Test
    void platformNamespacedDateName() {
        String html = """
            <meta name="ms.date" content="2025-03-06T00:00:00Z"><meta name="updated_at" content="2025-10-23T11:11:00Z">
            <meta name="event.start.date" content="2025-01-01"><meta name="date.format" content="2020-01-01">""";
        Candidates c = collect(new MetaNameSource(), html);
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2025-03-06T00:00:00Z");
        assertThat(values(c, Field.MODIFIED)).containsExactly("2025-10-23T11:11:00Z");
        assertThat(MetaNameSource.field("cludo:date")).isEqualTo(Field.PUBLISHED);
        assertThat(MetaNameSource.field("dc.date.modified")).isEqualTo(Field.MODIFIED);
    }

    @Test
    void microdataSkipsComments() {
        String html = """
            <div itemscope itemtype="https://schema.org/Article">
              <span itemprop="author" itemscope><span itemprop="name">Ada Lovelace</span></span>
              <meta itemprop="datePublished" content="2022-09-28">
              <abbr itemprop="dateModified" title="2022-09-30T10:00:00Z">Sept 30</abbr>
              <div class="comments"><span itemprop="datePublished" content="2022-10-05"></span></div>
            </div>""";
        Candidates meta = collect(new MetaNameSource(), html);
        Candidates body = collect(new MicrodataSource(), html);
        assertThat(values(meta, Field.PUBLISHED)).containsExactly("2022-09-28");
        assertThat(values(body, Field.AUTHOR)).containsExactly("Ada Lovelace");
        assertThat(values(body, Field.MODIFIED)).containsExactly("2022-09-30T10:00:00Z");
        assertThat(values(body, Field.PUBLISHED)).isEmpty();
    }

    @Test
    void rdfaPropertyWithPrefix() {
        String html = "<span property=\"dc:creator\">Ada Lovelace</span><span property=\"dcterms:created\" content=\"2022-09-28\"></span>";
        Candidates c = collect(new MicrodataSource(), html);
        assertThat(values(c, Field.AUTHOR)).containsExactly("Ada Lovelace");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28");
    }

    @Test
    void timeElementsOfTheArticleOnly() {
        String html = """
            <article><time datetime="2022-09-28">28 Sep</time> <p class="updated">Updated <time datetime="2022-09-30">30 Sep</time></p></article>
            <ol class="comment-list"><li><time datetime="2022-10-05">5 Oct</time></li></ol>""";
        Candidates c = collect(new TimeElementSource(), html);
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28");
        assertThat(values(c, Field.MODIFIED)).containsExactly("2022-09-30");
    }

    @Test
    void timestampComponentsCountAsTimeElements() {
        String html = """
            <div class="post"><faceplate-timeago ts="2022-03-03T09:47:05.754000+0000">2 hr. ago</faceplate-timeago></div>
            <relative-time datetime="2022-03-04T10:00:00Z">yesterday</relative-time>""";
        assertThat(published(new TimeElementSource(), html)).hasSize(2).first().asString().startsWith("2022-03-03");
    }

    @Test
    void aSidebarDateLineLabelledAsThePublicationDate() {
        String html = """
            <h1>Headline</h1><p>Body.</p>
            <div class="post-sidebar"><div class="meta"><h4>Published</h4> <div class="post-date">July 8, 2022</div></div></div>
            <div class="sidebar"><div class="teaser"><a>Other story</a> <span class="date">July 1, 2022</span></div></div>""";
        assertThat(published(new VisibleSource(), html)).containsOnly("2022-07-08");
    }

    @Test
    void visibleBylineUnderTheHeadlineAndRelAuthor() {
        String html = """
            <h1>Headline</h1><div><p>By Jane Doe</p><p>28 September 2022</p></div>
            <a rel="author" href="/jane">Jane Doe</a>""";
        Candidates c = collect(new VisibleSource(), html);
        assertThat(values(c, Field.AUTHOR)).contains("Jane Doe", "By Jane Doe");
        assertThat(values(c, Field.PUBLISHED)).contains("2022-09-28");
    }

    @Test
    void forumThreadWithoutDateMarkupIsDatedByItsFirstPost() {
        String html = """
            <div id="p2270718" class="blockpost"><h2><span>#1</span> <a href="?pid=2270718">2025-11-01 15:14:37</a></h2>
              <div class="postbody">Help with my boot loader</div></div>
            <div id="p2270793" class="blockpost"><h2><span>#2</span> <a href="?pid=2270793">2025-11-02 06:23:21</a></h2></div>""";
        assertThat(published(new VisibleSource(), html)).containsExactly("2025-11-01T15:14:37");
        String vBulletin = """
            <table id="post2017066"><tr><td class="thead"><a name="post2017066"><img src="old.gif"></a>
              30th March 2025, 16:26</td></tr></table>""";
        assertThat(published(new VisibleSource(), vBulletin)).containsExactly("2025-03-30");
    }

    @ParameterizedTest
    @CsvSource({"p2270718,true", "post2017066,true", "post-735,true", "post_12,true",
        "post,false", "p-,false", "page2,false", "post-title,false"})
    void postAnchorIds(String id, boolean post) {
        assertThat(PageScan.isPostId(id)).isEqualTo(post);
    }

    @Test
    void urlPathDate() {
        Candidates c = collect(new UrlDateSource(), "<p>x</p>", "https://example.com/2022/09/28/story.html");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28");
        Candidates canonical = collect(new UrlDateSource(),
                "<link rel=canonical href=\"https://example.com/news/2022-9-28-story\">");
        assertThat(values(canonical, Field.PUBLISHED)).containsExactly("2022-09-28");
        assertThat(collect(new UrlDateSource(), "", "https://example.com/products/2022/").of(Field.PUBLISHED)).isEmpty();
    }

    @Test
    void urlPathWithTheMonthAsAWord() {
        Candidates c = collect(new UrlDateSource(), "<p>x</p>", "https://example.com/commentisfree/2019/nov/18/view");
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2019-11-18");
        assertThat(collect(new UrlDateSource(), "", "https://example.com/2019/news/18/x").of(Field.PUBLISHED)).isEmpty();
    }

    @Test
    void urlPathFromOgUrlWhenTheCanonicalLinkHoldsNoDate() {
        assertThat(published(new UrlDateSource(), """
            <link rel="canonical" href="What are the different types of wine?">
            <meta property="og:url" content="https://example.com/blog/2023/october/03/wine-types">"""))
                .containsExactly("2023-10-03");
    }

    @Test
    void scriptStateDates() {
        String html = """
            <script>window.__DATA__ = {"post":{"title":"x","publishedAt":"2022-09-28T10:00:00Z"},
              "related":[{"publishedAt":"2022-10-01"}]}</script>
            <script>self.__next_f.push([1,"{\\\\"datePublished\\\\":\\\\"2021-01-01\\\\"}"])</script>""";
        Candidates c = collect(new ScriptDataSource(), html);
        assertThat(values(c, Field.PUBLISHED)).containsExactly("2022-09-28T10:00:00Z");
        String escaped = "<script>self.__next_f.push([1,\"{\\\\\"datePublished\\\\\":\\\\\"2021-01-01\\\\\"}\"])</script>";
        assertThat(values(collect(new ScriptDataSource(), escaped), Field.PUBLISHED)).containsExactly("2021-01-01");
    }

    @Test
    void scriptStateTakesTheEarliestKeyOfAnyStem() {
        // the record's own key comes first, whichever stem it holds
        assertThat(published(new ScriptDataSource(), """
            <script>var s = {"pubDate":"2020-05-06","publication":{"first_publication_date":"2021-02-03"},
              "datePublished":"2022-01-01"}</script>""")).containsExactly("2020-05-06");
        // an identifier holding a stem that is no key counts toward that stem's hits only
        String publishers = "\"publisher\":\"x\",".repeat(ScriptDataSource.MAX_HITS);
        assertThat(published(new ScriptDataSource(),
                "<script>var s = {" + publishers + "\"publicationDate\":\"2019-09-09\"}</script>")).containsExactly("2019-09-09");
        assertThat(published(new ScriptDataSource(),
                "<script>var s = {" + publishers + "\"publishedAt\":\"2019-09-09\"}</script>")).isEmpty();
    }

    @Test
    void wordPressPostRecordDate() {
        assertThat(published(new ScriptDataSource(), """
            <script>window.__APOLLO_STATE__ = {"post":{"title":"How apps are made","date":"2024-04-08T06:59:34",
              "status":"publish","seo":{"title":"x"}}}</script>""")).containsExactly("2024-04-08T06:59:34");
        // a bare "date" without a published record beside it is anybody's: a chart point, a comment
        assertThat(published(new ScriptDataSource(), """
            <script>var s = {"points":[{"date":"2025-10-31","value":"510000"}],"status":"published"}</script>""")).isEmpty();
    }

    @Test
    void documentLanguageAndCanonical() {
        Candidates c = collect(new DocumentSource(),
                "<html lang=\"de-AT\"><head><link rel=\"canonical\" href=\"/a\"></head></html>", "https://example.com/x?y");
        assertThat(values(c, Field.LANGUAGE)).containsExactly("de-AT");
        assertThat(values(c, Field.CANONICAL_URL)).containsExactly("https://example.com/a");
    }

    // A service page's sidebar shows the company blog's latest post, labelled but without a
    // machine value; a "more news" list labels each item's date too.
    @Test
    void aLabelledTimeInFurnitureCountsOnlyWithADatetimeAndOutsideAStoryList() {
        assertThat(published(new TimeElementSource(), """
            <h1>Movers</h1><p>We move you.</p><div class="sticky-sidebar"><article><header><a href="/blog/p1/">Agent of the Year
            Winner</a></header><div>posted <time title="December 17, 2025">12/17/2025</time></div></article></div>"""))
                .isEmpty();
        assertThat(published(new TimeElementSource(), """
            <h1>News</h1><p>Text.</p><ul class="related">
            <li><span>Published</span> <time datetime="2022-01-20">20 Jan</time> <a href="/a">A story about the harbour today</a></li>
            <li><span>Published</span> <time datetime="2022-01-19">19 Jan</time> <a href="/b">A story about the market today</a></li>
            </ul>""")).isEmpty();
        assertThat(published(new TimeElementSource(), """
            <h1>Forum</h1><p>Das Forum tagte.</p><p class="c-teaser__meta"><span class="aural">Erschienen am</span>
            <time datetime="2022-01-26">26. Jan 2022</time></p>""")).containsExactly("2022-01-26");
    }

    private static List<String> metaAuthors(String... contents) {
        StringBuilder html = new StringBuilder();
        for (String c : contents) {
            int colon = c.indexOf('=');
            html.append("<meta name=\"").append(c, 0, colon).append("\" content=\"").append(c.substring(colon + 1)).append("\">");
        }
        return values(collect(new MetaNameSource(), html.toString()), Field.AUTHOR);
    }

    @Test
    void citationAuthorsWrittenLastFirstAreTurnedRound() {
        assertThat(metaAuthors("citation_author=Roy, Aniruddha", "citation_author=Das, Amitava"))
                .containsExactly("Aniruddha Roy", "Amitava Das");
        assertThat(metaAuthors("citation_author=Kaufman, Jeff T.")).containsExactly("Jeff T. Kaufman");
    }

    @Test
    void citationAuthorsKeptWhenNotAllLastFirst() {
        assertThat(metaAuthors("citation_author=Roy, Aniruddha", "citation_author=Amitava Das"))
                .containsExactly("Roy, Aniruddha", "Amitava Das");
        assertThat(metaAuthors("citation_author=John Smith, Jane Doe")).containsExactly("John Smith, Jane Doe");
        assertThat(metaAuthors("author=Roy, Aniruddha")).containsExactly("Roy, Aniruddha");
    }

    @Test
    void dublinCoreCreatorsWrittenLastFirstAreTurnedRound() {
        assertThat(metaAuthors("DC.Creator=Kooman, F.", "DC.Creator=Jong, Michiel de"))
                .containsExactly("F. Kooman", "Michiel de Jong");
        // each name keeps its own convention: a plain author beside them is as written
        assertThat(metaAuthors("DC.Creator=Jong, Michiel de", "DC.Creator=Kooman, F.", "author=Roy, Aniruddha"))
                .containsExactly("Michiel de Jong", "F. Kooman", "Roy, Aniruddha");
        assertThat(metaAuthors("dc.creator=Jong, Michiel de", "dc.creator=Frank Kooman")).containsExactly("Jong, Michiel de", "Frank Kooman");
    }
}
