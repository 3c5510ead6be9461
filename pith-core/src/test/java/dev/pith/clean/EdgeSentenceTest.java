package dev.pith.clean;

import static dev.pith.clean.LineFixtures.kept;
import static dev.pith.clean.LineFixtures.labelled;
import static dev.pith.clean.LineFixtures.prose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link EdgeSentence} lets the main region keep a one-line closing or opening sentence
 * right against it, and nothing else beside it.
 */
class EdgeSentenceTest {

    private static final String TEN_WORDS = "Der Rat hat am Dienstag über die neue Mauer gesprochen. ";

    @Test
    void aClosingSentenceBelowTheArticleIsKept() {
        Line closing = labelled(LineLabel.SHORT, "Ich hoffe euch gefällt der Relaunch.");
        kept(labelled(LineLabel.SHORT, "Start"), prose(TEN_WORDS, 4), prose(TEN_WORDS, 4), closing, labelled(LineLabel.SHORT, "Impressum"));

        assertThat(closing.kept).isTrue();
        assertThat(closing.rule).isEqualTo(EdgeSentence.NAME);
    }

    @Test
    void anOpeningExclamationAboveTheArticleIsKept() {
        Line opening = labelled(LineLabel.SHORT, "Ihr kennt es sicher auch!");
        kept(labelled(LineLabel.SHORT, "Rezepte"), opening, prose(TEN_WORDS, 4), prose(TEN_WORDS, 4));

        assertThat(opening.kept).isTrue();
    }

    @Test
    void questionsMenuItemsAndShortPromptsBesideTheArticleAreNot() {
        Line question = labelled(LineLabel.SHORT, "Was passiert mit meinen Daten?");
        Line menu = labelled(LineLabel.SHORT, "Weitere Artikel aus Berlin");
        Line prompt = labelled(LineLabel.SHORT, "Jetzt kaufen!");
        kept(question, prose(TEN_WORDS, 4), prose(TEN_WORDS, 4), menu);
        kept(prompt, prose(TEN_WORDS, 4));

        assertThat(List.of(question, menu, prompt)).noneMatch(l -> l.kept);
    }

    @Test
    void aSentenceTwoLinesAwayOrANoteIsNot() {
        Line far = labelled(LineLabel.SHORT, "Sobald weitere Informationen vorliegen, melden wir uns.");
        Line note = labelled(LineLabel.SHORT, "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.");
        kept(note, prose(TEN_WORDS, 4), prose(TEN_WORDS, 4), labelled(LineLabel.SHORT, "Teilen"), far);

        assertThat(List.of(far, note)).noneMatch(l -> l.kept);
    }

    @Test
    void aLineOfNamesEndingInAFullStopIsNot() {
        assertThat(EdgeSentence.holds(labelled(LineLabel.SHORT, "Fotos: Anna Meier, Jan Roth, Eva Lang."))).isFalse();
    }
}
