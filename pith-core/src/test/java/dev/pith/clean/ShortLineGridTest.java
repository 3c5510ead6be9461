package dev.pith.clean;

import static dev.pith.clean.LineFixtures.kept;
import static dev.pith.clean.LineFixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ShortLineGrid} keeps a page's grid of short lines when the article's run keeps nothing. */
class ShortLineGridTest {

    private static List<Line> page(Line... middle) {
        List<Line> lines = new ArrayList<>();
        lines.add(labelled(LineLabel.SHORT, "Home"));
        lines.add(labelled(LineLabel.BOILERPLATE, "Sign in"));
        lines.add(labelled(LineLabel.SHORT, "Shop"));
        lines.add(labelled(LineLabel.BOILERPLATE, "Cart"));
        lines.addAll(List.of(middle));
        lines.add(labelled(LineLabel.BOILERPLATE, "Subscribe to our newsletter"));
        lines.add(labelled(LineLabel.SHORT, "Contact"));
        return lines;
    }

    private static Line[] items(int n) {
        Line[] items = new Line[n];
        for (int i = 0; i < n; i++) {
            items[i] = labelled(LineLabel.SHORT, i % 2 == 0 ? "Linen shirt in blue" : "$49.00");
        }
        return items;
    }

    // A shop's collection: nothing but short lines; the run keeps nothing, the grid of items is kept.
    @Test
    void theLongestBlockOfShortLinesOfAPageWithoutProseIsKept() {
        List<Line> lines = kept(page(items(12)).toArray(Line[]::new));

        assertThat(lines.subList(4, 16)).allMatch(l -> l.kept && l.rule.equals(ShortLineGrid.NAME));
        assertThat(lines.get(0).kept).isFalse();
        assertThat(lines.get(2).kept).isFalse();
        assertThat(lines.get(17).kept).isFalse();
    }

    // A short article: one paragraph of prose kept; the menu's short lines stay out.
    @Test
    void aPageWhoseRunKeptAParagraphIsLeftAlone() {
        Line paragraph = labelled(LineLabel.GOOD, "The council met on Tuesday and agreed that the new "
                + "bridge over the river will be built next year, as the plan of the town says.");
        List<Line> lines = kept(page(paragraph).toArray(Line[]::new));

        assertThat(lines).filteredOn(l -> l.kept).containsExactly(paragraph);
    }

    // A listing: a short intro paragraph over a long grid of items; the grid dwarfs the intro.
    @Test
    void aLongGridBelowAShortIntroIsKept() {
        Line intro = labelled(LineLabel.GOOD, "Our spring collection brings light shirts, linen trousers and "
                + "summer dresses, all made in small workshops from natural fibres.");
        int gridLines = 4 * (int) ShortLineGrid.MIN_GRID_SHARE * intro.words();
        List<Line> middle = new ArrayList<>(List.of(intro));
        middle.addAll(List.of(items(gridLines)));
        List<Line> lines = kept(page(middle.toArray(Line[]::new)).toArray(Line[]::new));

        assertThat(intro.kept).isTrue();
        assertThat(lines.subList(5, 5 + gridLines)).allMatch(l -> l.kept);
    }

    private static Line[] menu() {
        return new Line[] {
            labelled(LineLabel.SHORT, "Products"),
            labelled(LineLabel.SHORT, "Solutions"),
            labelled(LineLabel.SHORT, "Pricing"),
            labelled(LineLabel.SHORT, "Resources"),
        };
    }

    private static Line[] distinctItems(String... names) {
        Line[] items = new Line[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = labelled(LineLabel.SHORT, names[i]);
        }
        return items;
    }

    // The site's menu printed twice (desktop and mobile copy) opens the run of short lines: skipped.
    @Test
    void aMenuThePagePrintsTwiceAtTheTopOfTheGridIsLeftOut() {
        List<Line> middle = new ArrayList<>(List.of(menu()));
        middle.addAll(List.of(menu()));
        middle.addAll(List.of(distinctItems("Linen shirt", "Wool coat", "Silk scarf", "Cotton socks",
                "Denim jacket", "Leather belt")));
        List<Line> lines = kept(page(middle.toArray(Line[]::new)).toArray(Line[]::new));

        assertThat(lines.subList(4, 12)).noneMatch(l -> l.kept);
        assertThat(lines.subList(12, 18)).allMatch(l -> l.kept && l.rule.equals(ShortLineGrid.NAME));
    }

    // Each item lists the same colours: a sequence printed on every item is the grid's own, not a menu.
    @Test
    void aSequenceEveryItemRepeatsIsKept() {
        List<Line> middle = new ArrayList<>();
        for (String name : List.of("Cup 4oz", "Cup 6oz", "Cup 8oz")) {
            middle.addAll(List.of(distinctItems("Amber", "Bluestone", "Lilac", name)));
        }
        List<Line> lines = kept(page(middle.toArray(Line[]::new)).toArray(Line[]::new));

        assertThat(lines.subList(4, 16)).allMatch(l -> l.kept && l.rule.equals(ShortLineGrid.NAME));
    }

    private static final String TITLE = "Spring Dresses - Example Shop";

    private static List<Line> keptUnder(String title, List<Line> middle) {
        List<Line> lines = page(middle.toArray(Line[]::new));
        new MainRegionRule().keep(lines, title);
        return lines;
    }

    private static List<Line> gridUnder(Line heading) {
        List<Line> middle = new ArrayList<>(List.of(distinctItems("Women", "Men", "Kids", "Sale")));
        middle.add(heading);
        middle.addAll(List.of(distinctItems("Linen dress", "Wrap dress", "Slip dress", "Shirt dress",
                "Maxi dress", "Midi dress", "Tea dress", "Sun dress")));
        return middle;
    }

    // A listing names itself in the title's words above its items: the navigation above that heading goes.
    @Test
    void theLinesAboveTheGridsHeadingInTheTitlesWordsAreLeftOut() {
        List<Line> lines = keptUnder(TITLE, gridUnder(labelled(LineLabel.SHORT, "Spring dresses")));

        assertThat(lines.subList(4, 9)).noneMatch(l -> l.kept);
        assertThat(lines.subList(9, 17)).allMatch(l -> l.kept && l.rule.equals(ShortLineGrid.NAME));
    }

    // The title's exact repeat already stands above the grid: a later line in the title's words is an item.
    @Test
    void aGridBelowTheTitlesRepeatIsNotTrimmedAgain() {
        Line repeat = labelled(LineLabel.SHORT, "Spring Dresses");
        repeat.role = LineRole.HEADLINE;
        List<Line> middle = new ArrayList<>(List.of(labelled(LineLabel.BOILERPLATE, "Filter")));
        middle.addAll(0, List.of(repeat));
        middle.addAll(gridUnder(labelled(LineLabel.SHORT, "Spring dresses")));
        List<Line> lines = keptUnder(TITLE, middle);

        assertThat(lines.subList(6, 19)).allMatch(l -> l.kept);
    }

    // One word of the title ("Dresses") is a menu link, not the page's heading.
    @Test
    void aOneWordLineInTheTitlesWordsIsNoHeading() {
        List<Line> lines = keptUnder(TITLE, gridUnder(labelled(LineLabel.SHORT, "Dresses")));

        assertThat(lines.subList(4, 17)).allMatch(l -> l.kept);
    }
}
