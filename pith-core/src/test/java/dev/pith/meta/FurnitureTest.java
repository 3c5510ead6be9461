package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.parse.HtmlParser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is page furniture, and the layout class names that only look like it. */
class FurnitureTest {

    private static boolean furniture(String classes) {
        Document doc = HtmlParser.parse("<div class=\"" + classes + "\"><span id=\"probe\">x</span></div>", "");
        return Furniture.of(doc).contains(doc.selectFirst("#probe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sidebar", "comment-list", "post-sidebar widget", "newsletter-signup"})
    void furnitureContainers(String classes) {
        assertThat(furniture(classes)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "m-article m-article--sidebar-right", "page [--sidebar-width:18rem]", "grid fixed-sidebar", "page has-sidebar",
        "c-layout-sidebar-left", "story-template-sidebar main-content", "[--sidebar", "related main-container",
        "newsletter-details-wrapper"})
    void layoutNamesAndMainColumnsAreNotFurniture(String classes) {
        assertThat(furniture(classes)).isFalse();
    }

    @Test
    void aNewsletterBoxWithAFormIsASignupBox() {
        Document doc = HtmlParser.parse("<div class=newsletter-box><span id=probe>x</span><form><input></form></div>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isTrue();
    }

    @Test
    void aFurnitureNamedContainerHoldingTheHeadlineIsTheArticles() {
        Document doc = HtmlParser.parse("<div id=sidebar><h1>Experts in the crisis</h1><span id=probe>9 Apr 2020</span></div>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isFalse();
    }

    @Test
    void aLogoHeadlineWithoutTextDoesNotMakeFurnitureTheArticles() {
        Document doc = HtmlParser.parse("<div class=sidebar><h1><img src=logo.png></h1><span id=probe>now</span></div>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isTrue();
    }

    @Test
    void aShortArticleTitledByALinkIsATeaserCard() {
        Document doc = HtmlParser.parse("<article><h1>The story</h1><p>Long text.</p></article>"
                + "<article class=slide><h2><a href=/other>Another story</a></h2><time id=probe>22. August 2023</time></article>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isTrue();
    }

    @Test
    void theArticleWithTheHeadlineIsNoTeaserCard() {
        Document doc = HtmlParser.parse("<article><h1>The story</h1><h2><a href=#part>Part one</a></h2>"
                + "<time id=probe>25. Oktober 2023</time></article>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isFalse();
    }

    @Test
    void aTeaserNamedIntroRightAfterTheHeadlineIsTheArticles() {
        Document doc = HtmlParser.parse("<h1>Schulze: Deutschland steht fest an der Seite des WFP</h1>"
                + "<div class=teaser-text><p id=probe>Pressemitteilung vom 25. Januar 2022 | Berlin</p></div>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isFalse();
    }

    @Test
    void aTeaserAfterAnotherHeadingIsStillATeaser() {
        Document doc = HtmlParser.parse("<h1>The story</h1><p>Text.</p><h2>More</h2>"
                + "<div class=teaser-text><p id=probe>25. Januar 2022</p></div>", "");
        assertThat(Furniture.of(doc).contains(doc.selectFirst("#probe"))).isTrue();
    }

    private static boolean footerIn(String itemType) {
        Document doc = HtmlParser.parse("<div itemscope itemtype=\"http://schema.org/" + itemType + "\">"
                + "<h3 itemprop=headline>News</h3><div class=footer><span id=probe>07.12.2022</span></div></div>", "");
        return Furniture.of(doc).contains(doc.selectFirst("#probe"));
    }

    @Test
    void aFooterLineInsideAnArticleEntityIsTheArticlesOwn() {
        assertThat(footerIn("Article")).isFalse();
    }

    @Test
    void aFooterOutsideAnyArticleIsThePagesFooter() {
        assertThat(footerIn("Organization")).isTrue();
    }

    @Test
    void aDateInAListOfLinkedStoriesIsATeasersDate() {
        Document doc = HtmlParser.parse("<title>Das ändert sich 2023</title><h1>Das ändert sich 2023</h1><p>Text</p>"
                + "<ul><li><time id=probe>10.08.2022</time><a href=/a>Wieviel Haus kann ich mir leisten?</a></li>"
                + "<li><time>04.08.2022</time><a href=/b>Neue Regeln für die Heizung im Winter</a></li></ul>", "");
        assertThat(Furniture.of(doc).containsDate(doc.selectFirst("#probe"))).isTrue();
    }

    @Test
    void aDateRowWithACommentsLinkAndTheOwnHeadlineLinkIsTheArticles() {
        Document doc = HtmlParser.parse("<title>Einen Feed einbinden – so geht es</title>"
                + "<div class=meta><a href=/c>Artikel</a></div><h2><a href=/p>Einen Feed einbinden – so geht es</a></h2>"
                + "<div class=meta><time id=probe>26. September 2019</time> <a href=/p#respond>Schreibe jetzt einen Kommentar</a></div>",
                "");
        assertThat(Furniture.of(doc).containsDate(doc.selectFirst("#probe"))).isFalse();
    }

    // Whether a container holds the headline is looked up from the page's h1s, or searched for
    // on a page with too many to list: both answer alike.
    @Test
    void aContainerHoldingTheHeadlineIsTheArticlesOwnWithOrWithoutTheListOfH1s() {
        String manyLogos = "<h1><img></h1>".repeat(Furniture.MAX_LISTED_H1 + 1);
        for (String extra : new String[] {"", manyLogos}) {
            Document own = HtmlParser.parse(extra + "<div class=sidebar><h1>Headline</h1><span id=probe>x</span></div>", "");
            assertThat(Furniture.of(own).contains(own.selectFirst("#probe"))).as(extra.isEmpty() ? "listed" : "searched").isFalse();
            Document logo = HtmlParser.parse(extra + "<div class=sidebar><h1><img></h1><span id=probe>x</span></div>", "");
            assertThat(Furniture.of(logo).contains(logo.selectFirst("#probe"))).as(extra.isEmpty() ? "listed" : "searched").isTrue();
        }
    }
}
