package dev.pith.classify;

import static dev.pith.classify.RegionSelectorTest.MENU;
import static dev.pith.classify.RegionSelectorTest.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the region reaches the sections beside the wrappers of its container ({@link WrappedSections}). */
class WrappedSectionsTest {

    /** Three paragraphs of a service page's copy: half the weight of {@link RegionSelectorTest#PROSE}. */
    private static final String SERVICE_COPY = """
            <p>Our engineers visit every site before the work starts, measure the walls and the ground,
            and write down what the owners need, so that the plan fits the house and not the other way.</p>
            <p>Once the plan is agreed, the same team builds it, which means that nobody has to explain
            the job twice, and the questions that come up on the way are answered on the spot.</p>
            <p>After the work is finished we come back twice in the first year, check that everything
            holds as it should, and repair what needs repairing at no extra cost for the owners.</p>
            """;

    // A landing page in full-width bands: the theme marks one band's inner box as prose, and the
    // other bands of copy sit beside that box's wrappers, not beside the box.
    private static final String BANDED_PAGE = "<body><div class=top>" + MENU + "</div><main>"
            + "<section class=band><div class=container><div class=prose><h1>The river wall</h1>" + PROSE
            + "</div></div></section>"
            + "<section class=band-light><h2>How we work</h2>" + SERVICE_COPY + "</section>"
            + "</main></body>";

    @Test
    void aBandOfCopyBesideTheWrappersOfTheMarkedBoxJoinsTheRegion() {
        assertRegion(BANDED_PAGE, "div.prose p, section.band-light p", "div.top li");
    }

    // A flat page: its paragraphs sit in one container beside a long menu of links, which drags the
    // container's weight below that of one wrapped box of prose, so the region is that box.
    private static final String FLAT_PAGE = "<body><div class=content>" + SERVICE_COPY.replace("</p>\n<p>", " ") + MENU.repeat(8)
            + "<div class=wrap><div class=box>" + PROSE + "</div></div></div></body>";

    @Test
    void theParagraphsBesideTheWrapperOfTheHeaviestBoxJoinTheRegion() {
        assertRegion(FLAT_PAGE, "div.box p, div.content > p", "div.content li");
    }

    // A blog post whose body is marked, wrapped in a column, beside a column of post excerpts
    // that outweighs it: a sidebar of its own, not more of the post.
    private static final String SIDEBAR_PAGE = "<body><main>"
            + "<div class=column><div class=post-content><h1>The river wall</h1>" + PROSE + "</div></div>"
            + "<div class=sidebar><h3>Recent posts</h3>" + SERVICE_COPY + SERVICE_COPY.replace("engineers", "builders")
            + "</div></main></body>";

    @Test
    void aHeavierUnmarkedColumnBesideTheMarkedBodyStaysOut() {
        assertRegion(SIDEBAR_PAGE, "div.post-content p", "div.sidebar p");
    }

    // The same post with a lighter box of prose beside the column, set as an <aside>: the page
    // says it is aside from the text.
    @Test
    void anAsideBesideTheWrappersStaysOut() {
        assertRegion("<body><main>"
                + "<div class=column><div class=post-content><h1>The river wall</h1>" + PROSE + "</div></div>"
                + "<aside class=box><h3>About the author</h3>" + SERVICE_COPY + "</aside></main></body>",
                "div.post-content p", "aside p");
    }

    /** Every element {@code inside} selects lies in the page's region, and none {@code outside} selects. */
    private static void assertRegion(String html, String inside, String outside) {
        SegmentedPage page = SegmentedPage.of(html);
        Region region = page.region();

        assertThat(page.elements(inside)).isNotEmpty().allMatch(region::contains);
        assertThat(page.elements(outside)).isNotEmpty().noneMatch(region::contains);
    }
}
