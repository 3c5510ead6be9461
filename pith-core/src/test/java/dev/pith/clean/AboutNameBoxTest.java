package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@link AboutNameBox} drops an "About Jane Doe" box after the article and keeps a section about something else. */
class AboutNameBoxTest {

    private static final String ARTICLE = ("The city council voted on Tuesday to extend the tram line to the new "
            + "district, and the work is to start next spring after a long debate about its cost.\n").repeat(6);

    private static Map<String, String> rules(String text) {
        Map<String, String> out = new HashMap<>();
        for (LineDecision d : Pith.explainClean(text, CleanOptions.DEFAULTS).decisions()) {
            out.put(d.text(), d.rule() + (d.kept() ? "+kept" : ""));
        }
        return out;
    }

    @Test
    void aBoxHeadedByTheNameItsParagraphOpensWithIsDropped() {
        String bio = "Amar is an avid traveler and tester of products who has visited all seven continents.";
        Map<String, String> rules = rules("Tram line\n" + ARTICLE + "About Amar Hussain\n" + bio + "\n");
        assertThat(rules.get("About Amar Hussain")).isEqualTo("about-name-box");
        assertThat(rules.get(bio)).isEqualTo("about-name-box");
    }

    @Test
    void aSectionAboutSomethingElseIsKept() {
        String section = "The new line will have twelve stations, and trams will run every ten minutes during the day.";
        Map<String, String> rules = rules("Tram line\n" + ARTICLE + "About The Route\n" + section + "\n");
        assertThat(rules.get(section)).endsWith("+kept");
        assertThat(AboutNameBox.nameAfterWord(new Line(LineFeatures.of("About us")), Vocabulary.of(-1))).isNull();
    }

    private static final String DE_ARTICLE = ("Die Stadtbücherei hat am Montag beschlossen, dass ihre Bücher "
            + "im nächsten Jahr in das neue Haus am Fluss ziehen, und die Leser sind mit dem Plan zufrieden.\n").repeat(6);

    // German capitalises nouns: "Über Bücher" is a section about the article's topic, not a name's box.
    @Test
    void aGermanSectionAboutANounTheArticleUsesIsKept() {
        String section = "Bücher sind das Herz der Stadtbücherei, und viele Leser leihen jede Woche einen ganzen Stapel aus.";
        Map<String, String> rules = rules("Neues Haus\n" + DE_ARTICLE + "Über Bücher\n" + section + "\n");
        assertThat(rules.get(section)).endsWith("+kept");
        String bio = "Lynn ist Köchin und schreibt seit vielen Jahren über Rezepte, Reisen und das Leben auf dem Land.";
        assertThat(rules("Neues Haus\n" + DE_ARTICLE + "Über Lynn\n" + bio + "\n").get(bio)).isEqualTo("about-name-box");
    }
}
