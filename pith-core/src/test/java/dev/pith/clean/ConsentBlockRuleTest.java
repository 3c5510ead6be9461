package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ConsentBlockRule} drops a flattened cookie dialog and leaves prose about cookies alone. */
class ConsentBlockRuleTest {

    private static Line line(LineLabel label, String text) {
        Line line = new Line(LineFeatures.of(text));
        line.label(label, "test");
        return line;
    }

    private static final int ENGLISH = StopWords.LANGUAGES.indexOf("en");
    private static final int RUSSIAN = StopWords.LANGUAGES.indexOf("ru");

    private static void apply(List<Line> lines) {
        apply(lines, ENGLISH);
    }

    private static void apply(List<Line> lines, int language) {
        new ConsentBlockRule().apply(lines, new CleanContext(language, "", "", "", "", "", CleanOptions.DEFAULTS,
                Vocabulary.of(language)));
    }

    @Test
    void aDialogWithAConsentPromptIsBoilerplateFromItsFirstToItsLastMention() {
        Line article = line(LineLabel.GOOD, "Der Stadtrat hat gestern den Haushalt für das kommende Jahr beschlossen.");
        Line intro = line(LineLabel.GOOD, "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.");
        Line label = line(LineLabel.SHORT, "Notwendige");
        Line detail = line(LineLabel.GOOD, "Diese Cookies sind für den Betrieb der Seite unbedingt erforderlich und können nicht abgewählt werden.");
        Line button = line(LineLabel.BOILERPLATE, "Cookie-Einstellungen");
        Line footer = line(LineLabel.SHORT, "Impressum");
        apply(List.of(article, intro, label, detail, button, footer));

        assertThat(List.of(intro, label, detail, button)).allMatch(l -> l.label == LineLabel.BOILERPLATE);
        assertThat(article.label).isEqualTo(LineLabel.GOOD);
        assertThat(footer.label).isEqualTo(LineLabel.SHORT);
    }

    @Test
    void documentationAboutCookiesWithoutAPromptIsLeftAlone() {
        Line first = line(LineLabel.GOOD, "To access cookies you can use the cookies attribute of the request object.");
        Line code = line(LineLabel.SHORT, "username = request.cookies.get('username')");
        Line second = line(LineLabel.GOOD, "Note that cookies are set on response objects, so you return one yourself.");
        apply(List.of(first, code, second));

        assertThat(List.of(first, code, second)).allMatch(l -> l.label != LineLabel.BOILERPLATE);
    }

    @Test
    void oneMentionBesideAPromptIsNoBlockAndTheWordMustStartAWord() {
        Line prompt = line(LineLabel.BOILERPLATE, "Accept all cookies");
        Line prose = line(LineLabel.GOOD, "Fortune cookies were first served in California, not in China.");
        Line other = line(LineLabel.GOOD, "The recipe uses oatmealcookie dough from the day before and some butter.");
        apply(List.of(prompt, line(LineLabel.SHORT, "Menu"), other));
        apply(List.of(prose));

        assertThat(other.label).isEqualTo(LineLabel.GOOD);
        assertThat(prose.label).isEqualTo(LineLabel.GOOD);
        PhraseMatcher words = Vocabulary.of(ENGLISH).cookieWords;
        assertThat(ConsentBlockRule.mentions(prose, words)).isTrue();
        assertThat(ConsentBlockRule.mentions(other, words)).isFalse();
    }

    // The language's own word for cookies gates the block as "cookie" does (cookie-word lists).
    @Test
    void aDialogInTheLanguagesOwnWordIsFoundToo() {
        Line article = line(LineLabel.GOOD, "Городской совет вчера принял бюджет на следующий год после долгого обсуждения.");
        Line intro = line(LineLabel.GOOD, "Этот сайт использует куки, чтобы улучшить свою работу и анализировать посещаемость.");
        Line detail = line(LineLabel.GOOD, "Необходимые куки обеспечивают основные функции сайта и не могут быть отключены.");
        Line button = line(LineLabel.BOILERPLATE, "Принять все куки");
        apply(List.of(article, intro, detail, button), RUSSIAN);

        assertThat(List.of(intro, detail, button)).allMatch(l -> l.label == LineLabel.BOILERPLATE);
        assertThat(article.label).isEqualTo(LineLabel.GOOD);
    }
}
