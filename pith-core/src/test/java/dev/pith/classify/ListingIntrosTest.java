package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link ListingIntros} adds the introduction above a list of items to the region. */
class ListingIntrosTest {

    private static final String INTRO = "<p class=intro>Our shop carries hand-made pots and planters for every room of"
            + " the house, fired in small batches by potters from the valley.</p>";

    /** A grid of linked product names, each with a price: the items of a catalogue page. */
    private static final String LINKED_GRID = "<div class=grid>"
            + "<div class=item><a href=/1>Blue glazed pot</a><span>$24</span></div>"
            + "<div class=item><a href=/2>Round clay planter</a><span>$18</span></div>"
            + "<div class=item><a href=/3>Tall white vase</a><span>$32</span></div>"
            + "<div class=item><a href=/4>Small herb trough</a><span>$15</span></div>"
            + "<div class=item><a href=/5>Hanging basket set</a><span>$28</span></div></div>";

    /** The same grid's words without links: a product's repeated detail rows. */
    private static final String UNLINKED_GRID = LINKED_GRID.replaceAll("<a href=/\\d>", "<b>").replace("</a>", "</b>");

    private static String page(String grid) {
        return "<body><div class=top>" + RegionSelectorTest.MENU + "</div><div class=main><h1>Indoor pots</h1>"
                + "<div class=head>" + INTRO + "</div>" + grid + "</div></body>";
    }

    // A catalogue page: its title and an introduction above a grid of linked items, which the
    // repeated-items profile chooses alone.
    @Test
    void theIntroductionAboveAGridOfLinkedItemsJoinsTheRegion() {
        SegmentedPage page = SegmentedPage.of(page(LINKED_GRID));

        assertThat(ListingIntros.before(page.tree(), itemsRegion(page))).containsExactly(page.element("p.intro"));
    }

    // A menu between the introduction and the grid ends the search: what stands above it is the
    // site's header.
    @Test
    void theSearchStopsAtAContainerOfLinks() {
        SegmentedPage page = SegmentedPage.of(page(LINKED_GRID).replace("<div class=head>" + INTRO + "</div>",
                "<div class=head>" + INTRO + "</div><div class=filters>" + RegionSelectorTest.MENU + "</div>"));

        assertThat(ListingIntros.before(page.tree(), itemsRegion(page))).isEmpty();
    }

    // A product's detail rows repeat one structure but link nowhere: the note above them is the
    // shop's, not an introduction to a list.
    @Test
    void aSentenceAboveRowsThatLinkNowhereStaysOut() {
        SegmentedPage page = SegmentedPage.of(page(UNLINKED_GRID));
        Region region = ListingIntrosTest.itemsRegion(page);

        assertThat(ListingIntros.before(page.tree(), region)).isEmpty();
    }

    @Test
    void moreSentencesThanAnIntroductionHoldAreNoIntroduction() {
        String summaries = INTRO + INTRO.replace("pots", "bowls") + INTRO.replace("pots", "jugs")
                + INTRO.replace("pots", "cups");
        SegmentedPage page = SegmentedPage.of(page(LINKED_GRID).replace(INTRO, summaries));

        assertThat(ListingIntros.before(page.tree(), itemsRegion(page))).isEmpty();
    }

    @Test
    void anArticleRegionGetsNothing() {
        SegmentedPage page = SegmentedPage.of(page(LINKED_GRID));
        Region article = new Region(java.util.List.of(page.element("div.grid")), 0, Region.Kind.ARTICLE);

        assertThat(ListingIntros.before(page.tree(), article)).isEmpty();
    }

    /** The grid as an items region, as the repeated-items selector would give it. */
    private static Region itemsRegion(SegmentedPage page) {
        return new Region(java.util.List.of(page.element("div.grid")), 1, Region.Kind.ITEMS);
    }
}
