package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

/** How {@link AuthorBio} drops the writer's bio that closes an article and keeps a paragraph about someone else. */
class AuthorBioTest {

    private static final String PARA = "The city council voted on Tuesday to extend the tram line to the new district, "
            + "and the work is to start next spring after a long debate about its cost.\n";

    private static String page(String byline, String last) {
        return "Tram line to be extended\n" + byline + "\n" + PARA.repeat(6) + last + "\n";
    }

    @Test
    void theBioOfTheWriterNamedInTheBylineIsDropped() {
        String bio = "Markus Balser writes about transport and energy policy from Berlin. He joined the paper in 2001.";
        assertThat(Pith.clean(page("By Markus Balser", bio)).text()).contains("the new district")
                .doesNotContain("writes about transport");
    }

    @Test
    void aBylineMakesANameOfWordsThatAreAlsoFunctionWords() {
        String bio = "Will Smith writes about transport and energy policy from Berlin. He joined the paper in 2001.";
        assertThat(Pith.clean(page("By Will Smith", bio)).text()).doesNotContain("writes about transport");
    }

    @Test
    void aParagraphOpeningWithANameNotInABylineIsKept() {
        String last = "Anna Weber said the council would publish the plans for the stations in the autumn.";
        assertThat(Pith.clean(page("By Markus Balser", last)).text()).contains("publish the plans");
        // a name alone on a line is a heading or a list item, not a byline
        String product = "Markus Balser writes about transport and energy policy from Berlin. He joined the paper in 2001.";
        assertThat(Pith.clean(page("Markus Balser", product)).text()).contains("writes about transport");
    }

    private static final String DE_PARA = "Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im "
            + "nächsten Jahr gebaut wird, und die Bürger sind mit dem Plan der Verwaltung sehr zufrieden.\n";

    private static String germanPage(String byline, String last) {
        return "Neue Brücke\n" + byline + "\n" + DE_PARA.repeat(6) + last + "\n";
    }

    @Test
    void openingNameNeedsALowerCaseWordAfterIt() {
        int en = StopWords.LANGUAGES.indexOf("en");
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane Doe is a reporter.")), en)).isEqualTo("Jane Doe");
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane Doe: the interview")), en)).isNull();
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane is a reporter.")), en)).isNull();
    }

    /** What survives of a German page without a byline whose last paragraph is {@code last}. */
    private static String germanTail(String last) {
        return Pith.clean(germanPage("Aktualisiert am Dienstag", last)).text();
    }

    // German capitalises every noun: two capitalised words open many sentences.
    @Test
    void aGermanSentenceOpeningWithCapitalisedNounsIsNoName() {
        String quote = "Die Bürgermeisterin sagte dem Redakteur, die Brücke werde im Herbst fertig.";
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of(quote)), StopWords.LANGUAGES.indexOf("de"))).isNull();
        assertThat(germanTail(quote)).contains("sagte dem Redakteur");
        assertThat(germanTail(quote.replace("Die Bürgermeisterin", "Anna Weber"))).contains("sagte dem Redakteur");
        // a job right after the capitalised words, but nothing else on the page says they are a name
        String noun = "Bürgermeisterin Müller ist Autorin eines Buches über die Geschichte der Brücken am Fluss.";
        assertThat(germanTail(noun)).contains("Geschichte der Brücken");
    }

    @Test
    void aGermanBioIsDroppedWhenTheNameStandsOnItsOwnLineToo() {
        // the byline carries no "Von", but the name stands alone at the top as well as opening the bio
        String kept = Pith.clean(germanPage("Anna Weber",
                "Anna Weber ist Redakteurin für Verkehr und schreibt seit 2010 für die Zeitung.")).text();
        assertThat(kept).contains("Brücke über den Fluss");
        assertThat(kept).doesNotContain("Redakteurin für Verkehr");
    }

    @Test
    void aBioThatCallsTheWriterByTheJobIsDropped() {
        assertThat(germanTail("Der Autor ist freier Journalist und lebt mit seiner Familie in Berlin."))
                .contains("Brücke über den Fluss").doesNotContain("freier Journalist");
        // news about a book's author: a verb follows, no job
        assertThat(germanTail("Die Autorin liest am Freitag im Literaturhaus aus ihrem neuen Buch über Brücken."))
                .contains("liest am Freitag");
    }

    @Test
    void anEnglishSentenceAboutWhatSomeoneDidIsNoBio() {
        for (String last : java.util.List.of(
                "Anna Weber told the reporter that the plans would be published in the autumn.",
                "The Harbour Reporter is the oldest paper in the town and was founded in 1890.")) {
            assertThat(Pith.clean(page("Updated on Tuesday", last)).text()).contains(last);
        }
    }

    // Scripts without case have no capitalised name to match.
    @Test
    void aCaselessScriptNeverReadsAsAName() {
        String para = "市议会周二投票决定将有轨电车线路延伸到新区，工程将在经过长时间的成本辩论后于明年春天开始。\n";
        String last = "张伟是一名记者，他为本报撰写有关交通和能源政策的报道，自二零零一年起在北京工作。";
        assertThat(Pith.clean("有轨电车线路将延长\n作者 张伟\n" + para.repeat(6) + last + "\n").text()).contains(last);
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of(last)), -1)).isNull();
    }

    // No byline on the page: the bio names the writer and their job.
    @Test
    void aBioThatNamesTheWritersJobIsDroppedWithoutAByline() {
        String bio = "Sarah Schwartz is a reporter for the Daily Courier who covers schools and transport.";
        assertThat(Pith.clean(page("Updated on Tuesday", bio)).text()).contains("the new district")
                .doesNotContain("covers schools");
    }

    @Test
    void aJobTitleFarFromTheNameOrAfterPunctuationIsNoBio() {
        java.util.Set<String> roles = java.util.Set.of("reporter", "writer");
        assertThat(BioRole.follows("Jane Doe is a freelance travel writer, editor of a guide.", 8, roles)).isTrue();
        assertThat(BioRole.follows("Die Demokratie hat keinen Ort, las unser Reporter kürzlich.", 14, roles)).isFalse();
        assertThat(BioRole.follows("Easy LMS gives you everything you need to become a writer of courses.", 8, roles)).isFalse();
        String speech = "Anna Weber said the plans would be published in the autumn, a reporter learned.";
        assertThat(Pith.clean(page("Updated on Tuesday", speech)).text()).contains("plans would be published");
    }
}
