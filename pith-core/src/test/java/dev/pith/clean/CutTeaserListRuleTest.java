package dev.pith.clean;

import static dev.pith.clean.LineFixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link CutTeaserListRule} drops lists of cut teaser headlines and keeps a lone ellipsis. */
class CutTeaserListRuleTest {

    private static void apply(Line... lines) {
        new CutTeaserListRule().apply(List.of(lines), null);
    }

    @Test
    void cutHeadlinesNearEachOtherAreBoilerplate() {
        Line first = labelled(LineLabel.SHORT, "Capuchinos invitan a tradicional bendició...");
        Line section = labelled(LineLabel.SHORT, "Nacionales");
        Line second = labelled(LineLabel.SHORT, "Bebé muere electrocutado al recostarse po…");
        apply(first, section, second);

        assertThat(List.of(first, section, second)).extracting(l -> l.label)
                .containsExactly(LineLabel.BOILERPLATE, LineLabel.SHORT, LineLabel.BOILERPLATE);
    }

    @Test
    void aLoneEllipsisOrOneAfterASpaceOrFarAwayIsLeftAlone() {
        List<Line> lines = List.of(labelled(LineLabel.SHORT, "Until next time…"), labelled(LineLabel.SHORT, "And then ..."),
                labelled(LineLabel.SHORT, "a"), labelled(LineLabel.SHORT, "b"), labelled(LineLabel.SHORT, "c"),
                labelled(LineLabel.SHORT, "But first…"));
        new CutTeaserListRule().apply(lines, null);

        assertThat(lines).allMatch(l -> l.label == LineLabel.SHORT);
    }
}
