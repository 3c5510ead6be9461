package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link RegionSelector} chooses the main-content container of a page. */
class RegionSelectorTest {

    /** Six paragraphs of running prose: more than an article needs to be found. */
    static final String PROSE = """
            <p>The council met on Tuesday evening to discuss the plan for the river bank, which has
            flooded three times in the last ten years and left many of the houses near it empty.</p>
            <p>Residents who came to the meeting said that they had waited long enough, and that the
            new wall should be built before the winter rains return to the valley once again.</p>
            <p>The engineer in charge of the project explained that the work would take two years,
            because the old foundations must be removed first and the ground is soft in places.</p>
            <p>When the vote was finally taken, a large majority of the members supported the plan,
            and the mayor promised that the first contracts would be signed within a month.</p>
            <p>Some of the shop owners on the bank were more cautious, saying that they would believe
            in the wall when they saw it, since the same promise had been made twice before.</p>
            <p>The next meeting, in the spring, will decide how the cost is shared between the town,
            the region and the families whose land the new wall will have to cross.</p>
            """;

    /** A site menu: many one-word links. */
    static final String MENU = """
            <ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li>
            <li><a href="/c">Culture</a></li><li><a href="/w">Weather</a></li><li><a href="/t">Travel</a></li>
            <li><a href="/m">Money</a></li><li><a href="/h">Health</a></li></ul>
            """;

    /** A rail of links to other articles, one linked title per item. */
    static final String LINK_RAIL = """
            <ul><li><a href="/a">Storm closes the mountain pass again</a></li>
            <li><a href="/b">New school opens in the old mill</a></li>
            <li><a href="/c">Farmers fear a dry summer ahead</a></li>
            <li><a href="/d">Bridge repairs delayed until autumn</a></li>
            <li><a href="/e">Library extends its opening hours</a></li></ul>
            """;

    // A news article page: a site menu above, the article in its own container, a rail of links
    // to other articles beside it and a copyright line below.
    private static final String ARTICLE_PAGE = "<body><div class=top>" + MENU + "</div>"
            + "<div class=main><h1>Council backs the river wall</h1>" + PROSE + "</div>"
            + "<div class=rail><h3>More stories</h3>" + LINK_RAIL + "</div>"
            + "<div class=bottom><p>Copyright the publisher</p><a href=/p>Privacy</a> <a href=/t>Terms</a></div></body>";

    @Test
    void anArticlePageGetsItsArticleContainerWithoutTheMenuAndRails() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_PAGE);
        Region region = page.region();

        assertThat(region.kind()).isEqualTo(Region.Kind.ARTICLE);
        assertThat(page.elements("div.main p")).allMatch(region::contains);
        assertThat(page.elements("div.top li")).noneMatch(region::contains);
        assertThat(page.elements("div.rail li")).noneMatch(region::contains);
        assertThat(page.elements("div.bottom p")).noneMatch(region::contains);
    }

    // An article cut into two sibling containers (a standfirst box, then the body), inside a
    // wrapper that also holds a long menu of categories and a box of teasers that mix linked
    // titles with one-line summaries.
    private static final String SPLIT_ARTICLE_PAGE = "<body><div class=wrapper>"
            + "<div class=standfirst><p>The river wall has been debated for a decade. This week the council finally"
            + " decided, and the people who live along the bank can at last plan for the winter ahead. What"
            + " follows is the story of how a small town argued, waited and voted, and of what comes next for it.</p></div>"
            + "<div class=text>" + PROSE + "</div>"
            + "<div class=recent>"
            + teaser("Storm closes the mountain pass again", "Snow blocked the road for two days and many were stuck.")
            + teaser("New school opens in the old mill", "Two hundred pupils moved in after a long wait this week.")
            + teaser("Farmers fear a dry summer ahead", "Little rain fell in spring and the wells are low already.")
            + teaser("Bridge repairs delayed until autumn", "The builders found more damage than the survey showed.")
            + teaser("Library extends its opening hours", "Readers can now borrow books on Sunday afternoons too.")
            + "</div>"
            + "<div class=categories>" + MENU.repeat(6) + "</div>"
            + "</div></body>";

    private static String teaser(String title, String summary) {
        return "<p><a href=/x>" + title + "</a> " + summary + "</p>";
    }

    @Test
    void aSiblingContainerOfProseJoinsTheArticle() {
        SegmentedPage page = SegmentedPage.of(SPLIT_ARTICLE_PAGE);
        Region region = page.region();

        assertThat(region.contains(page.element("div.standfirst p"))).isTrue();
        assertThat(page.elements("div.text p")).allMatch(region::contains);
    }

    @Test
    void aSiblingBoxOfTeasersAndTheMenuStayOutside() {
        SegmentedPage page = SegmentedPage.of(SPLIT_ARTICLE_PAGE);
        Region region = page.region();

        assertThat(page.elements("div.recent p")).noneMatch(region::contains);
        assertThat(page.elements("div.categories li")).noneMatch(region::contains);
    }

    // A blog post whose theme marks the body ("entry-content"), followed in the same container
    // by teasers with summaries of other posts: the heaviest subtree is the container, but the
    // page says which part of it is the post.
    private static final String MARKED_BODY_PAGE = "<body><div class=page>"
            + "<div class=entry-content><h1>Council backs the river wall</h1>" + PROSE + "</div>"
            + "<div class=more>"
            + "<div class=card>" + teaser("Storm closes the mountain pass", "Snow blocked the road for two days and many were stuck.") + "</div>"
            + "<div class=card>" + teaser("New school opens in the mill", "Two hundred pupils moved in after a long wait this week.") + "</div>"
            + "<div class=card>" + teaser("Farmers fear a dry summer", "Little rain fell in spring and the wells are low already.") + "</div>"
            + "</div></div></body>";

    @Test
    void anElementThePageMarksAsItsBodyWinsOverTheContainerAroundIt() {
        SegmentedPage page = SegmentedPage.of(MARKED_BODY_PAGE);
        Region region = page.region();

        assertThat(page.elements("div.entry-content p")).allMatch(region::contains);
        assertThat(page.elements("div.card p")).noneMatch(region::contains);
    }

    // A forum thread: every post is an <article>, so the marker names one post among many, not
    // the page's body.
    private static final String THREAD_PAGE = "<body><div class=top>" + MENU + "</div><div class=thread>"
            + "<article class=post><p class=author>First poster</p>" + PROSE + "</article>"
            + "<article class=post><p class=author>Second poster</p>" + PROSE.replace("council", "committee") + "</article>"
            + "<article class=post><p class=author>Third poster</p>" + PROSE.replace("river", "canal") + "</article>"
            + "</div></body>";

    @Test
    void aMarkerRepeatedForEveryPostDoesNotNarrowTheRegionToOnePost() {
        SegmentedPage page = SegmentedPage.of(THREAD_PAGE);
        Region region = page.region();

        assertThat(page.elements("article.post p")).allMatch(region::contains);
        assertThat(page.elements("div.top li")).noneMatch(region::contains);
    }

    @Test
    void oneOfSeveralAlikeElementsIsNotTheBody() {
        SegmentedPage thread = SegmentedPage.of(THREAD_PAGE);
        SegmentedPage blog = SegmentedPage.of(MARKED_BODY_PAGE);

        assertThat(RegionSelector.isOneOfMany(thread.element("article.post"), thread.element("div.thread"))).isTrue();
        assertThat(RegionSelector.isOneOfMany(blog.element("div.entry-content"), blog.element("div.page"))).isFalse();
    }

    // A section front page: no prose at all, only a list of linked headlines beside a menu.
    private static final String LISTING_PAGE = "<body><div class=top>" + MENU + "</div><div class=list><ul>"
            + "<li><a href=/1>Council backs the river wall after a long debate</a></li>"
            + "<li><a href=/2>Storm closes the mountain pass for a second time</a></li>"
            + "<li><a href=/3>New school opens its doors in the old mill</a></li>"
            + "<li><a href=/4>Farmers fear a dry summer after a warm spring</a></li>"
            + "<li><a href=/5>Bridge repairs are delayed until the autumn</a></li>"
            + "<li><a href=/6>Library extends its opening hours to Sundays</a></li>"
            + "<li><a href=/7>Local team wins the regional cup in extra time</a></li>"
            + "<li><a href=/8>Market square gets new trees and benches</a></li>"
            + "</ul></div></body>";

    @Test
    void aPageOfLinkedHeadlinesIsNotAnArticleAndKeepsItsItems() {
        SegmentedPage page = SegmentedPage.of(LISTING_PAGE);
        Region region = page.region();

        assertThat(region.kind()).isNotEqualTo(Region.Kind.ARTICLE);
        assertThat(page.elements("div.list li")).allMatch(region::contains);
        assertThat(page.elements("div.top li")).noneMatch(region::contains);
    }

    /** Two short paragraphs: an article, but under the weight that makes a page an article. */
    private static final String SHORT_ARTICLE = "<div class=story><h1>Wall vote delayed</h1>"
            + "<p>The council postponed the vote on the river wall until the spring, when the new budget is known.</p>"
            + "<p>Residents who came to the meeting said they were disappointed but would return to speak again.</p></div>";

    /** A box of teasers, each a bare linked title of five to eight words. */
    private static final String SEE_MORE = "<div class=more><h2>See more</h2>"
            + "<p><a href=/1>Storm closes the mountain pass again tonight</a></p>"
            + "<p><a href=/2>New school opens in the old mill</a></p>"
            + "<p><a href=/3>Farmers fear a dry summer ahead this year</a></p>"
            + "<p><a href=/4>Bridge repairs delayed until the autumn</a></p>"
            + "<p><a href=/5>Library extends its opening hours on weekends</a></p>"
            + "<p><a href=/6>Market square gets new trees and benches</a></p>"
            + "<p><a href=/7>Local team wins the regional cup in extra time</a></p>"
            + "<p><a href=/8>Museum reopens after two years of repairs</a></p>"
            + "<p><a href=/9>Fire brigade gets a new ladder truck</a></p>"
            + "<p><a href=/10>Students plant a hundred trees along the river</a></p>"
            + "<p><a href=/11>Old cinema will show films again this summer</a></p>"
            + "<p><a href=/12>Harbour festival draws record crowds on Sunday</a></p></div>";

    /** A page with the short article and the box, parted by the site's menus. */
    private static String shortArticlePage(String box) {
        return "<body><div class=top>" + MENU + "</div>" + SHORT_ARTICLE + "<div class=nav>" + MENU + "</div>"
                + box + "</body>";
    }

    // A short news item, lighter than an article needs to be, above a "see more" box whose bare
    // links outweigh it as a listing: the box would read as nothing once its links are dropped.
    @Test
    void aShortArticleWinsOverABoxOfBareLinksThatWouldKeepNothing() {
        SegmentedPage page = SegmentedPage.of(shortArticlePage(SEE_MORE));
        Region region = page.region();

        assertThat(region.kind()).isEqualTo(Region.Kind.ARTICLE);
        assertThat(page.elements("div.story p")).allMatch(region::contains);
        assertThat(page.elements("div.more p")).noneMatch(region::contains);
    }

    // The same short text above items whose titles are linked headings: a listing, whose
    // headings stay, so it remains the region.
    @Test
    void aListingOfLinkedHeadingsStaysTheRegionBesideAShortText() {
        String headings = SEE_MORE.replace("<p><a", "<h3><a").replace("</a></p>", "</a></h3>");
        SegmentedPage page = SegmentedPage.of(shortArticlePage(headings));
        Region region = page.region();

        assertThat(region.kind()).isNotEqualTo(Region.Kind.ARTICLE);
        assertThat(page.elements("div.more h3")).allMatch(region::contains);
    }

    /** A page's own copy, and a privacy policy three times its length in a box the footer opens. */
    private static String pageWithPolicyBox(String boxAttributes) {
        return "<body><div class=top>" + MENU + "</div><div class=main><h1>Wool runner</h1>" + PROSE + "</div>"
                + "<footer><div class=policy " + boxAttributes + "><h2>Privacy policy</h2>" + PROSE + PROSE + PROSE
                + "</div></footer></body>";
    }

    // A box the page opens on demand over itself is no reader's text until asked for, however long.
    @Test
    void aDialogNeverOutweighsThePagesOwnText() {
        for (String dialog : new String[] {"role=dialog", "aria-modal=true", "role=alertdialog"}) {
            SegmentedPage page = SegmentedPage.of(pageWithPolicyBox(dialog));
            Region region = page.region();

            assertThat(page.elements("div.main p")).allMatch(region::contains);
            assertThat(page.elements("div.policy p")).noneMatch(region::contains);
        }
    }

    // The same box set in the page itself is text like any other: the longer text wins.
    @Test
    void aBoxNotMarkedAsADialogIsWeighedLikeAnyText() {
        SegmentedPage page = SegmentedPage.of(pageWithPolicyBox("id=policy"));

        assertThat(page.elements("div.policy p")).allMatch(page.region()::contains);
    }

    /** A side column of short dated news items: prose, but not the page's text. */
    private static final String NEWS_COLUMN = """
            <b>Latest news</b><br><br>
            <b>12 Jan:</b> The junior crew won their race on the river, beating two bigger clubs.<br><br>
            <b>5 Jan:</b> The annual meeting is on 2 February in the club house; all are welcome.<br><br>
            <a href="/news">All news</a>
            """;

    // An old site's layout table: one row, the text in one column and news in the column beside it.
    @Test
    void theColumnBesideTheTextOfALayoutRowIsNotPartOfIt() {
        SegmentedPage page = SegmentedPage.of("<body><table><tr><td class=text>" + PROSE + "</td>"
                + "<td class=side>" + NEWS_COLUMN + "</td></tr></table></body>");
        Region region = page.region();

        assertThat(region.roots()).containsExactly(page.element("td.text"));
    }

    // A text the page sets in two columns of like length: both are the article.
    @Test
    void aTextSetInTwoColumnsStaysWhole() {
        SegmentedPage page = SegmentedPage.of("<body><table><tr><td class=left>" + PROSE + "</td>"
                + "<td class=right>" + PROSE.replace("council", "committee") + "</td></tr></table></body>");
        Region region = page.region();

        assertThat(page.elements("td p")).allMatch(region::contains);
    }
}
