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
        assertThat(AuthorCard.isNameLine("Anna Weber", Vocabulary.of(-1))).isTrue();
        assertThat(AuthorCard.isNameLine("Die Brücke über den Fluss", Vocabulary.of(-1))).isFalse();
    }

    @Test
    void aJobLineInsideTheArticleIsKept() {
        String speaker = "Ingo Arzt\nRedakteur für Wirtschaft und Umwelt\n" + PARA.replace("Montag", "Dienstag").repeat(1)
                + PARA.replace("Montag", "Mittwoch") + PARA.replace("Montag", "Freitag");
        assertThat(Pith.clean(page(speaker)).text()).contains("Redakteur für Wirtschaft");
    }
}
