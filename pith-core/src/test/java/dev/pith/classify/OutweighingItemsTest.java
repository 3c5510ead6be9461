package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a list of items takes the region from the text the article profile chose ({@link OutweighingItems}). */
class OutweighingItemsTest {

    /** How many products the grid shows. */
    private static final int PRODUCTS = 40;

    /** A product card: a linked name, a price and a button, one template for every card. */
    private static String card(int n) {
        return "<div class='card card-" + n + "'><h3><a href=/p" + n + ">Handmade clay pot model " + n
                + " with a saucer</a></h3><div>" + (10 + n) + ".50 EUR</div><div><a href=/c" + n
                + ">Add to cart</a></div></div>";
    }

    /** A shop collection's grid of product cards. */
    private static String grid() {
        StringBuilder grid = new StringBuilder("<div class=grid>");
        for (int n = 0; n < PRODUCTS; n++) {
            grid.append(card(n));
        }
        return grid.append("</div>").toString();
    }

    /** Prose enough for an article, in a box of its own. */
    private static final String TEXT = "<div class=text>" + RegionSelectorTest.PROSE + "</div>";

    // A collection's grid with a block of prose after its last card (a contact box, a blurb, a
    // hidden element): the grid outweighs the text and comes first, so it is the page.
    @Test
    void aGridBeforeALighterTextIsThePage() {
        SegmentedPage page = SegmentedPage.of("<body><div class=main>" + grid() + "</div>" + TEXT + "</body>");
        Region region = page.region();

        assertThat(region.kind()).isEqualTo(Region.Kind.ITEMS);
        assertThat(page.elements("div.grid h3")).allMatch(region::contains);
        assertThat(page.elements("div.text p")).noneMatch(region::contains);
    }

    // The same grid after the text: the article's own text, then a list of other products that goes
    // with it, however heavy.
    @Test
    void aGridAfterTheTextStaysOutOfIt() {
        SegmentedPage page = SegmentedPage.of("<body>" + TEXT + "<div class=main>" + grid() + "</div></body>");
        Region region = page.region();

        assertThat(region.kind()).isEqualTo(Region.Kind.ARTICLE);
        assertThat(page.elements("div.text p")).allMatch(region::contains);
        assertThat(page.elements("div.grid h3")).noneMatch(region::contains);
    }

    /** A lead paragraph long enough to join the text below the grid as its sibling. */
    private static final String LEAD = "<p class=lead>This page lists every pot the workshop has made since it opened"
            + " in the old mill by the river, with the price of each and a link to its own page, where you will find"
            + " photographs, the clay and glaze used, the size and the weight, and how long it takes to make.</p>";

    // A table's lead paragraph above the grid and the notes below it make one region, most of whose
    // weight lies after the grid: the grid is still the page.
    @Test
    void aGridAfterALeadAndBeforeTheNotesIsThePage() {
        SegmentedPage page = SegmentedPage.of("<body><div class=content>" + LEAD + grid() + TEXT + "</div></body>");
        Region region = page.region();

        assertThat(region.kind()).isEqualTo(Region.Kind.ITEMS);
        assertThat(page.elements("div.grid h3")).allMatch(region::contains);
    }

    private static RepeatedItemsSelector.ItemList list(int items, int linked, double heaviest, double weight) {
        return new RepeatedItemsSelector.ItemList(new Region(java.util.List.of(), weight, Region.Kind.ITEMS), items,
                linked, heaviest);
    }

    private static final Region ARTICLE = new Region(java.util.List.of(), 200, Region.Kind.ARTICLE);

    @Test
    void twentyEvenLinkedItemsTwiceTheArticlesWeightOutweighIt() {
        assertThat(OutweighingItems.outweighs(list(20, 20, 30, 500), ARTICLE)).isTrue();
    }

    // The bands of a landing page repeat one template, but one of them carries most of the words.
    @Test
    void itemsOneOfWhichCarriesMostWordsDoNot() {
        assertThat(OutweighingItems.outweighs(list(6, 6, 300, 500), ARTICLE)).isFalse();
    }

    // The panels of a settings box or the sections of a policy link nowhere.
    @Test
    void itemsThatMostlyLinkNowhereDoNot() {
        assertThat(OutweighingItems.outweighs(list(20, 10, 30, 500), ARTICLE)).isFalse();
    }

    @Test
    void aListUnderTwiceTheArticlesWeightDoesNot() {
        assertThat(OutweighingItems.outweighs(list(20, 20, 30, 350), ARTICLE)).isFalse();
    }
}
