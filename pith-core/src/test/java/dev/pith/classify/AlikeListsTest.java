package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which boxes of one template join a listing's region ({@link AlikeLists}). */
class AlikeListsTest {

    /** An entry of a box: a linked title and a line about the page. */
    private static String item(String href, String title) {
        return "<div class=entry><h3><a href=" + href + ">" + title + "</a></h3><p>A guide in nine illustrated steps</p></div>";
    }

    /** A category's pages, the heavier box. */
    private static final String PAGES = "<section class=pages><h2>Pages in this category</h2><div class=box>"
            + item("/a", "Growing tomatoes in a cold greenhouse")
            + item("/b", "Pruning apple trees in the late winter")
            + item("/c", "Sowing beans directly into warm soil")
            + item("/d", "Keeping slugs away from young lettuce plants")
            + item("/e", "Making compost from kitchen and garden waste")
            + "</div></section>";

    /** Whether the region of the page with {@code second} after the category's pages contains {@code css}. */
    private static boolean regionHolds(String second, String css) {
        SegmentedPage page = SegmentedPage.of("<body>" + PAGES + second + "</body>");
        Region region = page.region();
        assertThat(region.kind()).isEqualTo(Region.Kind.ITEMS);
        return page.elements(css).stream().allMatch(region::contains);
    }

    // The subcategories in a box of the same template, in a section of its own: the same listing.
    @Test
    void aSecondBoxOfTheSameTemplateJoinsTheListing() {
        String subcategories = "<section class=subs><h2>Subcategories</h2><div class=box>"
                + item("/s1", "Vegetables for small gardens") + item("/s2", "Fruit trees and soft fruit")
                + item("/s3", "Herbs for the kitchen window") + "</div></section>";

        assertThat(regionHolds(subcategories, "section.subs a")).isTrue();
    }

    // A box of the template holding a single note is no list: it stays out.
    @Test
    void aBoxOfTheSameTemplateThatIsNoListStaysOut() {
        String note = "<section class=note><div class=box><p>Pages are added to this category by the editors.</p>"
                + "</div></section>";

        assertThat(regionHolds(note, "section.note p")).isFalse();
    }
}
