package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which container {@link RepeatedItemsSelector} takes for a page's list of items. */
class RepeatedItemsSelectorTest {

    private static String product(int n, String name) {
        return "<div class='product-" + n + " product status-instock'><a href=/p" + n + ">" + name
                + "</a><span>In stock, ships in two days</span></div>";
    }

    /** A shop's grid: every card tagged with its own record number. */
    private static final String GRID = "<div class=grid>"
            + product(101, "Terracotta pot with saucer")
            + product(102, "Glazed planter, medium size")
            + product(103, "Hanging basket with chain")
            + product(104, "Stone trough for herbs")
            + "</div>";

    /** A mega menu: entries of several words each, one structure repeated. */
    private static final String MENU = """
            <ul class=menu><li class=entry><a href=/a>Perennials for shade and sun</a> <a href=/b>Shrubs and small trees</a></li>
            <li class=entry><a href=/c>Bulbs for spring planting now</a> <a href=/d>Bulbs for autumn planting soon</a></li>
            <li class=entry><a href=/e>Tools and supplies for gardeners</a> <a href=/f>Gifts for every gardener you know</a></li>
            <li class=entry><a href=/g>Gardening advice and how-to guides</a> <a href=/h>Catalogue requests by post</a></li></ul>
            """;

    /** Whether the page's list of items is the element {@code css}. */
    private static void assertItemsAre(String body, String css) {
        SegmentedPage page = SegmentedPage.of("<body>" + body + "</body>");

        Region items = RepeatedItemsSelector.select(page.tree());

        assertThat(items.roots()).containsExactly(page.element(css));
    }

    @Test
    void cardsTaggedWithTheirRecordNumbersMakeOneList() {
        assertItemsAre("<div class=main>" + GRID + "</div>", "div.grid");
    }

    @Test
    void aMenuInThePageHeaderIsNoListOfItems() {
        assertItemsAre("<header><nav>" + MENU + "</nav></header><div class=main>" + GRID + "</div>", "div.grid");
    }

    @Test
    void theSameMenuOutsideTheLandmarksIsOne() {
        assertItemsAre("<div class=top>" + MENU + "</div><div class=main>" + GRID + "</div>", "ul.menu");
    }
}
