package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which elements {@link TeaserCards} takes for teaser cards: carousels of links to other pages. */
class TeaserCardsTest {

    private static String card(String title, String label) {
        return "<div class=card><a href=/x><h4>" + title + "</h4></a><span>" + label + "</span></div>";
    }

    // An article followed, inside its own container, by a "related stories" row of four alike
    // cards, each a linked headline and a short unlinked label.
    static final String ARTICLE_WITH_CAROUSEL = "<body><div class=story><h1>Council backs the river wall</h1>"
            + RegionSelectorTest.PROSE
            + "<div class=row>"
            + card("Storm closes the mountain pass again", "Weather")
            + card("New school opens in the old mill", "Education")
            + card("Farmers fear a dry summer ahead", "Farming")
            + card("Bridge repairs delayed until autumn", "Transport")
            + "</div></div></body>";

    @Test
    void aRowOfLinkedCardsIsFound() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_CAROUSEL);

        Set<Element> cards = TeaserCards.find(page.tree());

        assertThat(cards).containsExactlyInAnyOrderElementsOf(page.elements("div.card"));
    }

    @Test
    void theArticlesOwnParagraphsAreNoCards() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_CAROUSEL);

        Set<Element> cards = TeaserCards.find(page.tree());

        assertThat(page.elements("div.story > p")).noneMatch(p -> isInside(p, cards));
    }

    // The same article with only two linked cards after it: a pair of "previous / next post"
    // links, not a carousel.
    private static final String ARTICLE_WITH_TWO_CARDS = "<body><div class=story><h1>Council backs the river wall</h1>"
            + RegionSelectorTest.PROSE
            + "<div class=row>"
            + card("Storm closes the mountain pass again", "Previous")
            + card("New school opens in the old mill", "Next")
            + "</div></div></body>";

    @Test
    void twoAlikeLinkedBoxesAreNoCarousel() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_TWO_CARDS);

        assertThat(TeaserCards.find(page.tree())).isEmpty();
    }

    // The same row with every card numbered by the template: position and record id as classes.
    private static final String ARTICLE_WITH_NUMBERED_CARDS = ARTICLE_WITH_CAROUSEL
            .replaceFirst("<div class=card>", "<div class='card pos1 nid8F3K'>")
            .replaceFirst("<div class=card>", "<div class='card pos2 nid4QX7'>")
            .replaceFirst("<div class=card>", "<div class='card pos3 nidZ9P2'>")
            .replaceFirst("<div class=card>", "<div class='card pos4 nidM5T1'>");

    @Test
    void numberedCardsOfOneTemplateAreARow() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_NUMBERED_CARDS);

        assertThat(TeaserCards.find(page.tree())).containsExactlyInAnyOrderElementsOf(page.elements("div.card"));
    }

    // Four linked boxes of four different kinds, told apart by class names without numbers.
    @Test
    void boxesOfDifferentClassesAreNoRow() {
        String mixed = ARTICLE_WITH_CAROUSEL
                .replaceFirst("<div class=card>", "<div class='promo p1'>")
                .replaceFirst("<div class=card>", "<div class='banner p2'>")
                .replaceFirst("<div class=card>", "<div class='notice p3'>");
        SegmentedPage page = SegmentedPage.of(mixed);

        assertThat(TeaserCards.find(page.tree())).isEmpty();
    }

    // A long guide cut into alike sections, each a heading and a paragraph of prose with one
    // link in it: repeated structure, but text of its own.
    private static final String GUIDE_IN_SECTIONS = "<body><div class=guide>"
            + section("Before you start", "Check the weather and tell someone where you are going before you set off.")
            + section("On the way", "Keep to the marked path, drink often and rest whenever the climb gets steep.")
            + section("At the top", "Take a photo, eat something warm and start back down well before it gets dark.")
            + section("Back home", "Clean your boots, dry your gear and write down what you would do differently.")
            + "</div></body>";

    private static String section(String heading, String text) {
        return "<div class=part><h2>" + heading + "</h2><p>" + text + " See <a href=/map>the map</a>.</p></div>";
    }

    @Test
    void alikeSectionsOfProseAreNoCards() {
        SegmentedPage page = SegmentedPage.of(GUIDE_IN_SECTIONS);

        assertThat(TeaserCards.find(page.tree())).isEmpty();
    }

    // A category page: nothing but a grid of the same linked cards. Here the cards are the
    // content, so the rules never get them as teasers.
    private static final String CATEGORY_GRID = "<body><div class=grid>"
            + card("Storm closes the mountain pass again", "Weather")
            + card("New school opens in the old mill", "Education")
            + card("Farmers fear a dry summer ahead", "Farming")
            + card("Bridge repairs delayed until autumn", "Transport")
            + card("Library extends its opening hours", "Culture")
            + "</div></body>";

    @Test
    void cardsAreTeasersOnlyOnPagesWithAnArticle() {
        SegmentedPage listing = SegmentedPage.of(CATEGORY_GRID);
        SegmentedPage article = SegmentedPage.of(ARTICLE_WITH_CAROUSEL);

        assertThat(TeaserCards.find(listing.tree())).isNotEmpty();
        assertThat(listing.context().teaserCards()).isEmpty();
        assertThat(article.context().teaserCards()).isNotEmpty();
    }

    // A blog's index: each entry a linked title, then an unlinked summary beside it.
    // The titles are alike and mostly link, yet each heads the text that follows it.
    static final String BLOG_INDEX = "<body><div class=index><h1>The Team Blog</h1>"
            + entry("Allocating on the stack", "A description of the recent changes that move allocations from the heap to the stack.")
            + entry("Modernising old code", "The new release includes a tool that helps you use the more modern features of the language.")
            + entry("Release notes for spring", "This release adds a new garbage collector, cheaper calls into native code and more.")
            + entry("Results of the survey", "The survey results, focused on what developers feel, use and find hard in daily work.")
            + "</div></body>";

    static String entry(String title, String summary) {
        return "<p class=title><a href=/x>" + title + "</a></p><p class=summary>" + summary + "</p>";
    }

    @Test
    void titlesThatAlternateWithTheirOwnTextAreNoCards() {
        SegmentedPage page = SegmentedPage.of(BLOG_INDEX);

        assertThat(TeaserCards.find(page.tree())).isEmpty();
    }

    // The same titles side by side with only their short labels between them: a carousel still.
    @Test
    void shortUnlinkedLabelsBetweenCardsDoNotMakeThemTitles() {
        String row = ARTICLE_WITH_CAROUSEL.replace("</div><div class=card>", "</div><span class=tag>new</span><div class=card>");
        SegmentedPage page = SegmentedPage.of(row);

        assertThat(TeaserCards.find(page.tree())).containsExactlyInAnyOrderElementsOf(page.elements("div.card"));
    }

    private static boolean isInside(Element e, Set<Element> ancestors) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            if (ancestors.contains(cur)) {
                return true;
            }
        }
        return false;
    }
}
