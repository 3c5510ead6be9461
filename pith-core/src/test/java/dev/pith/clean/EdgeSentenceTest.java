package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link EdgeSentence} lets the main region keep a one-line closing or opening sentence
 * right against it, and nothing else beside it.
 */
class EdgeSentenceTest {

    private static final String TEN_WORDS = "Der Rat hat am Dienstag über die neue Mauer gesprochen. ";

    private static Line line(LineLabel label, String text) {
        Line line = new Line(LineFeatures.of(text.strip()));
        line.label(label, "test");
        return line;
    }

    private static Line prose() {
        return line(LineLabel.GOOD, TEN_WORDS.repeat(4));
    }

    private static List<Line> keep(Line... lines) {
        List<Line> list = new ArrayList<>(List.of(lines));
        new MainRegionRule().keep(list);
        return list;
    }

    @Test
    void aClosingSentenceBelowTheArticleIsKept() {
        Line closing = line(LineLabel.SHORT, "Ich hoffe euch gefällt der Relaunch.");
        keep(line(LineLabel.SHORT, "Start"), prose(), prose(), closing, line(LineLabel.SHORT, "Impressum"));

        assertThat(closing.kept).isTrue();
        assertThat(closing.rule).isEqualTo(EdgeSentence.NAME);
    }

    @Test
    void anOpeningExclamationAboveTheArticleIsKept() {
        Line opening = line(LineLabel.SHORT, "Ihr kennt es sicher auch!");
        keep(line(LineLabel.SHORT, "Rezepte"), opening, prose(), prose());

        assertThat(opening.kept).isTrue();
    }

    @Test
    void questionsMenuItemsAndShortPromptsBesideTheArticleAreNot() {
        Line question = line(LineLabel.SHORT, "Was passiert mit meinen Daten?");
        Line menu = line(LineLabel.SHORT, "Weitere Artikel aus Berlin");
        Line prompt = line(LineLabel.SHORT, "Jetzt kaufen!");
        keep(question, prose(), prose(), menu);
        keep(prompt, prose());

        assertThat(List.of(question, menu, prompt)).noneMatch(l -> l.kept);
    }

    @Test
    void aSentenceTwoLinesAwayOrANoteIsNot() {
        Line far = line(LineLabel.SHORT, "Sobald weitere Informationen vorliegen, melden wir uns.");
        Line note = line(LineLabel.SHORT, "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.");
        keep(note, prose(), prose(), line(LineLabel.SHORT, "Teilen"), far);

        assertThat(List.of(far, note)).noneMatch(l -> l.kept);
    }

    @Test
    void aLineOfNamesEndingInAFullStopIsNot() {
        assertThat(EdgeSentence.holds(line(LineLabel.SHORT, "Fotos: Anna Meier, Jan Roth, Eva Lang."))).isFalse();
    }
}
