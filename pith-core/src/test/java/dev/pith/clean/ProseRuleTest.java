package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link ProseRule} judges a line by its length and its share of stop words. */
class ProseRuleTest {

    private static final int GERMAN = StopWords.LANGUAGES.indexOf("de");

    private static LineLabel classify(String text, int language) {
        CleanContext context = new CleanContext(language, "", "", "", "", "", CleanOptions.DEFAULTS,
                Vocabulary.of(language));
        return new ProseRule().classify(new Line(LineFeatures.of(text)), context);
    }

    // A German page quoting a speech in English: the quotation has none of the German function
    // words, but it is prose in its own language.
    @Test
    void aQuotationInAnotherLanguageIsProse() {
        String quote = "I am a capitalist, and I believe in markets, but what I do not believe in is the theft of "
                + "the work that was done by the people who are in this room with us.";
        assertThat(classify(quote, GERMAN)).isEqualTo(LineLabel.GOOD);
    }

    @Test
    void aLongListOfNamesIsProseInNoLanguage() {
        String tags = "Fußball Bundesliga Volleyball Handball Basketball Tennis Golf Radsport Leichtathletik "
                + "Wintersport Formel Motorsport Boxen Reiten Segeln Rudern Schwimmen Turnen Ringen Judo";
        assertThat(classify(tags, GERMAN)).isEqualTo(LineLabel.BAD);
    }

    // Polish news prose is sparse in function words: its prepositions and pronouns are in the list.
    @Test
    void polishNewsProseIsProse() {
        int polish = StopWords.LANGUAGES.indexOf("pl");
        String line = "Dane te oznaczają, że miasto kolejny rok pozostaje wśród gmin o najniższym poziomie długu, "
                + "jednak radni przed głosowaniem nad budżetem chcą jeszcze zmian.";
        assertThat(classify(line, polish)).isIn(LineLabel.GOOD, LineLabel.NEAR_GOOD);
    }

    private static final int ENGLISH = StopWords.LANGUAGES.indexOf("en");

    // Terse service and product prose has few function words but is written as sentences.
    @Test
    void aTerseSentenceIsNearGood() {
        String line = "Small decor ships UPS/FedEx, arrives in 3–5 days. Large furniture needs freight delivery.";
        assertThat(classify(line, ENGLISH)).isEqualTo(LineLabel.NEAR_GOOD);
    }

    @Test
    void thinLinesThatAreNotStatementsStayBad() {
        String names = "Dr. Gorry: John E. Walker Department of Economics, 228 Sirrine Hall, Clemson, SC 29634.";
        String title = "Re: Open source forum software for old school forums like these archforums?";
        String label = "Services offered: payroll automation, compliance tracking, onboarding software, employee benefits, reporting dashboards:";
        for (String line : new String[] {names, title, label}) {
            assertThat(classify(line, ENGLISH)).as(line).isEqualTo(LineLabel.BAD);
        }
    }
}
