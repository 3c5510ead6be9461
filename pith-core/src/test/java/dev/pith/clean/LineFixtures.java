package dev.pith.clean;

import java.util.ArrayList;
import java.util.List;

/** Lines labelled as the line rules would label them, for tests of the region and context rules. */
final class LineFixtures {

    private LineFixtures() {
    }

    /** A line with a label, as a line rule would leave it. */
    static Line labelled(LineLabel label, String text) {
        Line line = new Line(LineFeatures.of(text.strip()));
        line.label(label, "test");
        return line;
    }

    /** A good line of {@code tens} times the ten-word sentence. */
    static Line prose(String tenWords, int tens) {
        return labelled(LineLabel.GOOD, tenWords.repeat(tens));
    }

    /** The lines after {@link MainRegionRule#keep}. */
    static List<Line> kept(Line... lines) {
        List<Line> list = new ArrayList<>(List.of(lines));
        new MainRegionRule().keep(list, "");
        return list;
    }
}
