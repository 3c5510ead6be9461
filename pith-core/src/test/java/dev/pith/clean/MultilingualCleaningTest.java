package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The phrase rules of plain-text cleaning in several languages, each with a case where it must not fire. */
class MultilingualCleaningTest {

    /** German prose: long, punctuated and dense in German function words. */
    private static final String DE_PARAGRAPH = "Die Stadt hat am Montag beschlossen, dass die neue Brücke über "
            + "den Fluss im nächsten Jahr gebaut wird, und die Bürger sind mit dem Plan der Verwaltung sehr zufrieden.";
    private static final String DE_OTHER_PARAGRAPH = "Nach der Sitzung sagte der Bürgermeister, dass er sich auf die "
            + "Arbeit mit den Ingenieuren freut und dass die Kosten nicht höher sein werden als geplant.";

    private static final String RESUMED = "Der Bau beginnt im Frühjahr, wenn der Winter vorbei ist und die Firmen "
            + "die Arbeit aufnehmen können, und die Anwohner werden in einer Versammlung im Rathaus informiert.";

    private static String article(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            sb.append(i % 2 == 0 ? DE_PARAGRAPH : DE_OTHER_PARAGRAPH).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, String> rules(String text) {
        Cleaning c = Pith.explainClean(text, CleanOptions.DEFAULTS);
        Map<String, String> out = new java.util.HashMap<>();
        for (LineDecision d : c.decisions()) {
            out.put(d.text(), d.rule() + (d.kept() ? "+kept" : ""));
        }
        return out;
    }

    private static boolean kept(String text, String line) {
        return Pith.explainClean(text, CleanOptions.DEFAULTS).decisions().stream()
                .anyMatch(d -> d.text().equals(line) && d.kept());
    }

    // A newsletter box closing a German article, and a donation line under it.
    @Test
    void aNewsletterPromptAndADonationLineAreDroppedButAParagraphAboutThePostIsNot() {
        String box = "Aktuelle Nachrichten und die wichtigsten Termine direkt in dein Postfach!";
        String appeal = "Jede kleine Spende hilft den Menschen vor Ort!";
        String post = "Die Post hat am Montag mitgeteilt, dass die Briefe im Postfach des Rathauses liegen bleiben.";
        String text = "Brücke\n" + article(4) + post + "\n" + DE_PARAGRAPH + "\n" + box + "\n" + appeal + "\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get(box)).isEqualTo("call-to-action");
        assertThat(rules.get(appeal)).isEqualTo("reader-appeal");
        assertThat(rules.get(post)).endsWith("+kept");
    }

    @Test
    void aRelatedHeadingAfterTheArticleDropsItsTeasers() {
        String text = "Brücke\n" + article(6) + "Das könnte Sie auch interessieren\n"
                + "Neue Buslinie ab Dezember\n"
                + "Die Verkehrsbetriebe haben eine neue Linie für die Innenstadt angekündigt, die ab Dezember fährt.\n"
                + "Schwimmbad wird saniert\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("Das könnte Sie auch interessieren")).isEqualTo("aside-heading");
        assertThat(rules.get("Neue Buslinie ab Dezember")).isEqualTo("aside-section");
        assertThat(rules.get("Schwimmbad wird saniert")).isEqualTo("aside-section");
        assertThat(kept(text, DE_PARAGRAPH)).isTrue();
    }

    @Test
    void theAuthorBoxAfterTheArticleIsDropped() {
        String bio = "Anna Schmidt schreibt seit 2010 für die Zeitung über die Stadt und ihre Politik.";
        String text = "Brücke\n" + article(6) + "Über die Autorin\n" + bio + "\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("Über die Autorin")).isEqualTo("aside-heading");
        assertThat(rules.get(bio)).isEqualTo("aside-section");
    }

    @Test
    void aRelatedBoxInsideTheArticleDoesNotCutTheRestOfIt() {
        String text = "Brücke\n" + article(5) + "Mehr zum Thema\nNeue Buslinie ab Dezember\n"
                + RESUMED + "\n" + DE_PARAGRAPH + "\n" + DE_OTHER_PARAGRAPH + "\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("Neue Buslinie ab Dezember")).isEqualTo("aside-section");
        assertThat(rules.get(RESUMED)).endsWith("+kept");
    }

    @Test
    void aHeadingRepeatedUnderEveryItemIsThePagesStructure() {
        String item = "Neue Buslinie ab Dezember";
        String text = "Brücke\n" + article(6) + "Mehr zum Thema\n" + item + "\nMehr zum Thema\n"
                + "Schwimmbad wird saniert\nMehr zum Thema\n" + DE_PARAGRAPH + "\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("Mehr zum Thema")).startsWith("aside-section");
        assertThat(rules.get(item)).doesNotStartWith("aside-section");
    }

    @Test
    void aRelatedHeadingAboveTheArticleCutsNothing() {
        String text = "Brücke\nMeistgelesen\nNeue Buslinie ab Dezember\n" + article(4);
        assertThat(rules(text).get("Meistgelesen")).isEqualTo("aside-heading");
        assertThat(kept(text, DE_OTHER_PARAGRAPH)).isTrue();
    }

    @Test
    void aLinkToAnotherArticleIsDroppedButProseOpeningWithThePhraseIsNot() {
        String text = "Wyścig\n" + "Czytaj też: Wyścig zbrojeń ruszył z kopyta\n"
                + "Zobacz także to, co w tej sprawie mówi minister obrony, który był w tym tygodniu w Brukseli i "
                + "rozmawiał z sojusznikami.\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("Czytaj też: Wyścig zbrojeń ruszył z kopyta")).isEqualTo("related-link");
        assertThat(rules.get("Zobacz także to, co w tej sprawie mówi minister obrony, który był w tym tygodniu w "
                + "Brukseli i rozmawiał z sojusznikami.")).doesNotStartWith("related");
    }

    @Test
    void creditsAreDroppedButProseNamingASourceIsNot() {
        String credit = "Foto: Christof Stache";
        String caption = "Der Bürgermeister bei der Sitzung im Rathaus. (Foto: Privat)";
        String prose = "Quelle: Nach Angaben des Statistischen Bundesamtes ist die Zahl der Einwohner der Stadt im "
                + "vergangenen Jahr gestiegen.";
        Map<String, String> rules = rules("Brücke\n" + credit + "\n" + caption + "\n" + prose + "\n");
        assertThat(rules.get(credit)).isEqualTo("credit");
        assertThat(rules.get(caption)).isEqualTo("credit");
        assertThat(rules.get(prose)).isNotEqualTo("credit");
    }

    @Test
    void aCountedCommentHeaderEndsTheArticle() {
        String text = "Brücke\n" + article(8) + "3 Gedanken zu „Brücke“\n"
                + "Endlich wird die Brücke gebaut, darauf haben wir in der Stadt sehr lange gewartet und ich freue mich.\n";
        Map<String, String> rules = rules(text);
        assertThat(rules.get("3 Gedanken zu „Brücke“")).isEqualTo("comment-section");
        assertThat(kept(text, DE_PARAGRAPH)).isTrue();
    }

    @Test
    void aNumberBeforeOrdinaryWordsIsNoCommentHeader() {
        String line = "3 Brücken über den Fluss";
        String text = "Brücke\n" + article(8) + line + "\n" + DE_OTHER_PARAGRAPH + "\n";
        assertThat(rules(text).get(line)).isNotEqualTo("comment-section");
    }

    @Test
    void theStandfirstAboveAShareBarIsKept() {
        String standfirst = "Die Stadt baut eine neue Brücke, und die Bürger sind mit dem Plan zufrieden.";
        String text = "Brücke\nStartseite\n" + standfirst + "\nAuf Facebook teilen\n" + article(6);
        assertThat(kept(text, standfirst)).isTrue();
    }

    static List<String[]> phrasesByLanguage() {
        return List.of(
                new String[] {"en", "Related articles", "Share this article"},
                new String[] {"de", "Ähnliche Beiträge", "Schreibe einen Kommentar"},
                new String[] {"fr", "Dans la même rubrique", "Laisser un commentaire"},
                new String[] {"es", "Artículos relacionados", "Deja un comentario"},
                new String[] {"pt", "Veja também", "Deixe um comentário"},
                new String[] {"it", "Articoli correlati", "Lascia un commento"},
                new String[] {"nl", "Gerelateerde artikelen", "Laat een reactie achter"},
                new String[] {"pl", "Zobacz także", "Dodaj komentarz"},
                new String[] {"ru", "Читайте также", "Оставить комментарий"},
                new String[] {"ja", "関連記事", "この記事をシェアする"},
                new String[] {"zh", "相关文章", "分享到微信"});
    }

    @ParameterizedTest
    @MethodSource("phrasesByLanguage")
    void everyLanguageHasItsRelatedHeadingsAndCallsToAction(String language, String heading, String prompt) {
        assertThat(LanguageData.entries(language, Vocabulary.RELATED)).isNotEmpty();
        assertThat(LanguageData.entries(language, Vocabulary.CALL_TO_ACTION)).isNotEmpty();
        // the vocabulary a page detected in that language gets; Chinese and Japanese are not detected by stop words
        Vocabulary vocabulary = Vocabulary.of(StopWords.LANGUAGES.indexOf(language));
        assertThat(AsideHeadingRule.phraseEnd(heading, vocabulary.related)).isPositive();
        assertThat(prompts(vocabulary, prompt)).isOne();
    }

    @Test
    void listsAreReadWithoutCommentsInLowerCase() {
        assertThat(LanguageData.entries("de", Vocabulary.RELATED))
                .contains("das könnte sie auch interessieren")
                .noneMatch(e -> e.startsWith("#") || e.isBlank() || !e.equals(e.toLowerCase(java.util.Locale.ROOT)));
        assertThat(LanguageData.entries("xx", Vocabulary.RELATED)).isEmpty();
    }

    @Test
    void aPageInOneLanguageIsNotJudgedByAnotherLanguagesPhrases() {
        // "accedi" is an Italian call to action; in a German page it is just a word
        Vocabulary german = Vocabulary.of(StopWords.LANGUAGES.indexOf("de"));
        assertThat(prompts(german, "Accedi ora")).isZero();
        assertThat(prompts(Vocabulary.of(-1), "Accedi ora")).isOne();
        assertThat(prompts(german, "Jetzt abonnieren")).isPositive();
        assertThat(prompts(german, "Share this article")).isPositive();
    }

    private static int prompts(Vocabulary vocabulary, String line) {
        return Cues.of(line, vocabulary).prompts();
    }

    /** Swedish prose, for the languages whose data came later than the first eleven. */
    private static final String SV_PARAGRAPH = "Staden beslutade på måndagen att den nya bron över floden ska byggas "
            + "nästa år, och invånarna är mycket nöjda med förvaltningens plan för hela området.";
    private static final String SV_OTHER_PARAGRAPH = "Efter mötet sade borgmästaren att han ser fram emot arbetet med "
            + "ingenjörerna och att kostnaderna inte blir högre än vad som har planerats för bygget.";

    @Test
    void aSwedishRelatedHeadingDropsItsTeasersButASentenceWithTheSameWordsIsKept() {
        StringBuilder text = new StringBuilder("Bron\n");
        for (int i = 0; i < 6; i++) {
            text.append(i % 2 == 0 ? SV_PARAGRAPH : SV_OTHER_PARAGRAPH).append('\n');
        }
        String sentence = "Den som vill veta mer kan läs också rapporten, som kommunen har lagt ut på sin webbplats i dag.";
        text.append(sentence).append('\n').append("Läs också\n").append("Ny busslinje från december\n");
        Map<String, String> rules = rules(text.toString());
        assertThat(rules.get("Läs också")).isEqualTo("aside-heading");
        assertThat(rules.get("Ny busslinje från december")).isEqualTo("aside-section");
        assertThat(rules.get(sentence)).endsWith("+kept");
    }
}
