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

    /** An old site's layout: a header row, the row with the menu column and the text, a footer row. */
    private static final String LAYOUT_TABLE = """
            <table><tr><td colspan=2>The Riverside Chess Club, founded in the year 1921</td></tr>
            <tr><td><a href=/>Home page</a><br><a href=/news>Club news</a><br><a href=/join>How to join</a></td>
            <td>The club championship went to the very last round this year, with three players level.
            Peter won a long endgame that finished after eleven, while the other two leaders drew.
            He joined the club as a junior twelve years ago and has never missed an evening since.
            The prize giving will be at the annual dinner in April; tickets are from the secretary.</td></tr>
            <tr><td colspan=2>The club meets every Thursday evening in the church hall on Mill Lane</td></tr></table>
            """;

    /** A results table: rows alike in size. */
    private static final String RESULTS_TABLE = """
            <table><tr><td>Round one: Walsh beat Green after a long endgame</td></tr>
            <tr><td>Round two: Walsh drew with Brown in a sharp game</td></tr>
            <tr><td>Round three: Walsh beat the defending champion at last</td></tr></table>
            """;

    /** Whether the element {@code css} is not taken for the page's list of items. */
    private static void assertNoItemsAt(String body, String css) {
        SegmentedPage page = SegmentedPage.of("<body>" + body + "</body>");

        Region items = RepeatedItemsSelector.select(page.tree());

        assertThat(items.roots()).doesNotContain(page.element(css));
    }

    @Test
    void theRowsOfALayoutTableAreNoListOfItems() {
        assertNoItemsAt(LAYOUT_TABLE, "tbody");
    }

    @Test
    void theRowsOfAResultsTableAreOne() {
        assertItemsAre(RESULTS_TABLE, "tbody");
    }

    /** A short article on an old site: a menu row, three paragraphs that link nowhere, a copyright line. */
    private static final String SHORT_ARTICLE = """
            <div class=page><table><tr><td><a href=/>Start</a></td><td><a href=/r>Breeds</a></td><td><a href=/f>Food</a></td></tr></table>
            <p>Rabbits are sociable animals and should never be kept alone; a pair is best.</p>
            <p>The hutch must be dry and free of draughts, with a run where they can jump every day.</p>
            <p>In winter they can stay outside if the hutch is well insulated and has plenty of hay.</p>
            <p>Copyright 2004 the Berger family - <a href=/imprint>Imprint</a></p></div>
            """;

    /** A list of entries set as paragraphs: a linked title and its summary in each. */
    private static final String LINKED_PARAGRAPHS = """
            <div class=entries><p><a href=/a>Keeping rabbits in winter</a> How to insulate the hutch well.</p>
            <p><a href=/b>Feeding rabbits the right way</a> Hay, greens and a little dry food.</p>
            <p><a href=/c>Rabbits and other pets together</a> Guinea pigs are not good company.</p></div>
            """;

    @Test
    void paragraphsThatLinkNowhereAreTextNotAList() {
        assertNoItemsAt(SHORT_ARTICLE, "div.page");
    }

    @Test
    void paragraphsThatEachLinkAreAList() {
        assertItemsAre(LINKED_PARAGRAPHS, "div.entries");
    }

    /** An old site's layout row: a menu column, the text, a column of news. */
    private static final String LAYOUT_ROW = """
            <table><tr><td><a href=/>Home</a> <a href=/news>Club news</a> and the rest of the menu</td>
            <td>The club championship went to the very last round this year, with three players level.
            Peter won a long endgame that finished after eleven, while the other two leaders drew.
            He joined the club as a junior twelve years ago and has never missed an evening since.
            The prize giving will be at the annual dinner in April; tickets are from the secretary.</td>
            <td>Latest news: the junior crew won their race, and the annual meeting is in February.</td></tr></table>
            """;

    /** A results row: cells alike in size. */
    private static final String RESULTS_ROW = """
            <table><tr><td>Walsh beat Green after a long endgame</td><td>Walsh drew with Brown in a sharp game</td>
            <td>Walsh beat the defending champion at last</td></tr></table>
            """;

    @Test
    void theCellsOfALayoutRowAreNoListOfItems() {
        assertNoItemsAt(LAYOUT_ROW, "tr");
    }

    @Test
    void theCellsOfAResultsRowAreOne() {
        assertItemsAre(RESULTS_ROW, "tr");
    }
}
