package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.block.TextBlock;
import org.junit.jupiter.api.Test;

/** Which blocks {@link LinkListRule} drops: short blocks that are almost only link text. */
class LinkListRuleTest {

    private final LinkListRule rule = new LinkListRule();

    // An article whose container also holds a line of topic tags, an inline "see also" line, a
    // linked sub-heading, a paragraph with one link in it, and a long paragraph made of links to
    // its sources.
    private static final String ARTICLE = "<body><div class=story><h1>Council backs the river wall</h1>"
            + RegionSelectorTest.PROSE
            + "<p>Topics: <a href=/t/1>River</a> <a href=/t/2>Flooding</a> <a href=/t/3>Town council</a>"
            + " <a href=/t/4>Building works</a> <a href=/t/5>Local politics</a> <a href=/t/6>Weather</a>"
            + " <a href=/t/7>Housing</a> <a href=/t/8>Climate adaptation</a></p>"
            + "<p><a href=/see>See also: the history of floods in the valley</a></p>"
            + "<h2><a href=/plan>What the plan says about the old bridge</a></h2>"
            + "<p>Read <a href=/report>the engineers' report</a> for the details of the foundations, the costs"
            + " and the timetable that the council approved on Tuesday.</p>"
            + "<p><a href=/s1>Survey of the river bank by the regional water board, published in spring</a>;"
            + " <a href=/s2>minutes of the council meeting held on the evening of the vote</a>;"
            + " <a href=/s3>letter from the residents' association asking for the wall to be built</a>;"
            + " <a href=/s4>the engineers' study of the soft ground under the old foundations</a>.</p>"
            + "</div></body>";

    private boolean drops(SegmentedPage page, String blockStart) {
        TextBlock b = page.block(blockStart);
        return rule.drops(b, b.index(), page.context());
    }

    @Test
    void aLineOfTagLinksIsDropped() {
        assertThat(drops(SegmentedPage.of(ARTICLE), "Topics:")).isTrue();
    }

    @Test
    void aShortParagraphThatIsOneLinkIsDropped() {
        assertThat(drops(SegmentedPage.of(ARTICLE), "See also")).isTrue();
    }

    @Test
    void proseWithALinkInItIsKept() {
        SegmentedPage page = SegmentedPage.of(ARTICLE);

        assertThat(drops(page, "Read the engineers")).isFalse();
        assertThat(drops(page, "The council met")).isFalse();
    }

    @Test
    void theLinkedTitleOfAnEntryOverItsSummaryIsKept() {
        // a blog's index: the titles name the summaries after them (see EntryTitles)
        assertThat(drops(SegmentedPage.of(TeaserCardsTest.BLOG_INDEX), "Allocating on the stack")).isFalse();
    }

    @Test
    void theSameTitlesWithNoTextBetweenThemAreDropped() {
        String titlesOnly = "<body><div class=story><h1>Council backs the river wall</h1>" + RegionSelectorTest.PROSE
                + "<div class=more><p class=title><a href=/1>Allocating on the stack</a></p>"
                + "<p class=title><a href=/2>Modernising old code</a></p>"
                + "<p class=title><a href=/3>Release notes for spring</a></p></div></div></body>";

        assertThat(drops(SegmentedPage.of(titlesOnly), "Allocating on the stack")).isTrue();
    }

    @Test
    void aLinkedHeadingIsKept() {
        // on listings and forums the linked heading is the item's title
        assertThat(drops(SegmentedPage.of(ARTICLE), "What the plan says")).isFalse();
    }

    @Test
    void aLongParagraphOfLinkedSourcesIsKept() {
        assertThat(drops(SegmentedPage.of(ARTICLE), "Survey of the river bank")).isFalse();
    }

    private static final String PARAGRAPH = "<p>The engineers explained at length why the work on the old foundations"
            + " must start before the autumn tides arrive in the bay.</p>";

    // An interview whose listeners' question is linked to its audio, between two answers.
    @Test
    void aLinkedSentenceBetweenParagraphsIsKept() {
        String html = "<body><div class=story><h1>River wall</h1>" + RegionSelectorTest.PROSE + PARAGRAPH
                + "<p><a href=/audio#q3>One of the questions listeners ask most often is this: what do the engineers say?</a></p>"
                + PARAGRAPH + "</div></body>";
        assertThat(drops(SegmentedPage.of(html), "One of the questions")).isFalse();
    }

    @Test
    void anAddressWrittenOutAfterItsParagraphIsKept() {
        String html = "<body><div class=story><h1>River wall</h1>" + RegionSelectorTest.PROSE + PARAGRAPH
                + "<p><a href=http://example.org/petition/river-wall>http://example.org/petition/river-wall</a></p>"
                + "</div></body>";
        assertThat(drops(SegmentedPage.of(html), "http://example.org")).isFalse();
    }

    // A shop link under a list item, and a linked title between paragraphs, are not text.
    @Test
    void anAddressAfterAListItemAndALinkedTitleAreDropped() {
        String html = "<body><div class=story><h1>River wall</h1>" + RegionSelectorTest.PROSE
                + "<ul><li>Waders, size 44</li></ul><p><a href=http://shop.example/waders>http://shop.example/waders</a></p>"
                + PARAGRAPH + "<p><a href=/other>Storm closes the mountain pass again tonight</a></p>" + PARAGRAPH
                + "</div></body>";
        SegmentedPage page = SegmentedPage.of(html);
        assertThat(drops(page, "http://shop.example")).isTrue();
        assertThat(drops(page, "Storm closes")).isTrue();
    }

    // "Also on this site": other articles' titles set as the lines of one long paragraph.
    @Test
    void aLongParagraphWithALinkALineIsDropped() {
        String html = "<body><div class=story><h1>River wall</h1>" + RegionSelectorTest.PROSE
                + "<p><a href=/1>Why the old wall failed: four reasons the engineers give</a><br>"
                + "<a href=/2>Twenty years of floods in the valley, told by the people who stayed</a><br>"
                + "<a href=/3>The mayor's plan for the river bank, and what it will cost the town</a></p>"
                + "</div></body>";
        assertThat(drops(SegmentedPage.of(html), "Why the old wall failed")).isTrue();
    }

    /** A job board: each item a linked job title, a linked employer, and linked labels every item repeats. */
    private static String jobBoard(int jobs) {
        StringBuilder html = new StringBuilder("<body><div class=top>" + RegionSelectorTest.MENU + "</div><ul class=jobs>");
        for (int n = 1; n <= jobs; n++) {
            html.append("<li class=job><p><a href=/j").append(n).append(">Senior engineer for team ").append(n)
                    .append(" on the data platform</a></p><p><a href=/c").append(n).append(">Employer ").append(n)
                    .append("</a></p><p><a href=/remote>Full time</a></p></li>");
        }
        return html.append("</ul></body>").toString();
    }

    // On a page that is a list of items the linked titles and names are the content.
    @Test
    void anItemsLinkedTitleAndNameAreKeptOnAListOfItems() {
        SegmentedPage page = SegmentedPage.of(jobBoard(6));

        assertThat(page.region().kind()).isEqualTo(Region.Kind.ITEMS);
        assertThat(drops(page, "Senior engineer for team 3")).isFalse();
        assertThat(drops(page, "Employer 3")).isFalse();
    }

    // ...but a label that comes back in every item is not a name.
    @Test
    void aLabelEveryItemRepeatsIsDroppedOnAListOfItems() {
        assertThat(drops(SegmentedPage.of(jobBoard(6)), "Full time")).isTrue();
    }
}
