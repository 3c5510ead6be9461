package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

/** How {@link AuthorCard} drops the writer's name-and-job card that closes an article, and keeps a name over prose. */
class AuthorCardTest {

    private static final String PARA = "Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im "
            + "nächsten Jahr gebaut wird, und die Bürger sind mit dem Plan der Verwaltung sehr zufrieden.\n";

    private static String page(String tail) {
        return "Neue Brücke\n" + PARA.repeat(6) + tail;
    }

    @Test
    void aNameLineOverAJobLineAtTheFootIsTheWritersCard() {
        String card = "Ingo Arzt\nRedakteur für Wirtschaft und Umwelt\nSchreibt seit 2008 für die Zeitung über Energie.\n";
        assertThat(Pith.clean(page(card)).text()).contains("Brücke über den Fluss")
                .doesNotContain("Ingo Arzt").doesNotContain("Redakteur").doesNotContain("seit 2008");
        String byline = "Von Frank Hahn\nFreier Autor in Berlin und Vorsitzender eines Vereins für Literatur.\n";
        assertThat(Pith.clean(page(byline)).text()).doesNotContain("Frank Hahn").doesNotContain("Freier Autor");
    }

    @Test
    void aNameOverASentenceThatMentionsAJobLaterIsKept() {
        String quote = "Anna Weber\nLaut der Bürgermeisterin ist die Brücke im Herbst fertig, sagte sie dem Redakteur.\n";
        assertThat(Pith.clean(page(quote)).text()).contains("sagte sie dem Redakteur");
        assertThat(AuthorCard.isNameLine("Anna Weber", Vocabulary.of(-1), -1)).isTrue();
        assertThat(AuthorCard.isNameLine("Die Brücke über den Fluss", Vocabulary.of(-1), -1)).isFalse();
        assertThat(AuthorCard.isNameLine("Die Brücke", Vocabulary.of(-1), StopWords.LANGUAGES.indexOf("de"))).isFalse();
        assertThat(AuthorCard.isNameLine("The Verdict", Vocabulary.of(-1), StopWords.LANGUAGES.indexOf("en"))).isFalse();
    }

    // German capitalises nouns: a two-word heading over a sentence opening with a job is no card.
    @Test
    void aGermanHeadingOverASentenceOpeningWithAJobIsKept() {
        String heading = "Scharfe Kritik\nReporter ohne Grenzen kritisierten die Festnahme des Fotografen am Montag scharf.\n";
        assertThat(Pith.clean(page(heading)).text()).contains("Reporter ohne Grenzen");
    }

    @Test
    void anEnglishTitleCaseHeadingOverAnEditorsNoteIsKept() {
        String para = "The city council voted on Tuesday to extend the tram line to the new district, "
                + "and the work is to start next spring after a long debate about its cost.\n";
        for (String heading : java.util.List.of("The Verdict", "Final Thoughts")) {
            String note = heading + "\nEditor’s note: the council has since published the plans for the stations.\n";
            assertThat(Pith.clean("Tram line\n" + para.repeat(6) + note).text()).contains("published the plans");
        }
    }

    @Test
    void aJobLineInsideTheArticleIsKept() {
        String speaker = "Ingo Arzt\nRedakteur für Wirtschaft und Umwelt\n" + PARA.replace("Montag", "Dienstag").repeat(1)
                + PARA.replace("Montag", "Mittwoch") + PARA.replace("Montag", "Freitag");
        assertThat(Pith.clean(page(speaker)).text()).contains("Redakteur für Wirtschaft");
    }
}
