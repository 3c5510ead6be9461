package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that read per-language phrase data: calls to action, related links, credits, adverts. */
class PhraseRulesTest {

    @Test
    void relatedLinkLinesGoInThePageLanguage() {
        String html = page("pl", PROSE + "<p>Czytaj też: <a href=/x>Wyścig zbrojeń ruszył</a></p>" + PROSE);
        assertThat(verdict(html, "Czytaj też")).isEqualTo("related-links");
    }

    @Test
    void longProseOpeningLikeARelatedTitleStays() {
        String html = page("de", PROSE + "<p>Siehe auch den Bericht des Rechnungshofs aus dem Jahr 2019, der die Kosten"
                + " des alten Hafens schon damals als viel zu hoch einschätzte und eine neue Planung verlangte.</p>" + PROSE);
        assertThat(verdict(html, "Siehe auch den Bericht")).isEmpty();
    }

    @Test
    void chineseRelatedTitleGoesButAChineseParagraphStays() {
        String paragraph = "相关部门表示，新的港口防波堤将在未来两年内建成，居民将通过地方税分担费用，这一方案已于去年春天获得通过，"
                + "工程师说旧的防波堤在一月份的风暴中受损，已经无法保护沿岸的房屋。";
        String html = page("zh", PROSE + "<h3>相关阅读</h3><p>" + paragraph + "</p>" + PROSE);
        assertThat(verdict(html, "相关阅读")).isEqualTo("related-links");
        assertThat(verdict(html, "相关部门")).isEmpty();
    }

    @Test
    void appPromotionsAndCitationBoxesGo() {
        String app = page("en", PROSE + "<p>For the latest stories download our news apps for iOS and Android.</p>" + PROSE);
        assertThat(verdict(app, "For the latest stories")).isEqualTo("call-to-action");
        String cite = page("en", PROSE + "<p>SUGGESTED CITATION Doe, Jane: The harbour wall, 2020/4/09.</p>" + PROSE);
        assertThat(verdict(cite, "SUGGESTED CITATION")).isEqualTo("call-to-action");
    }

    @Test
    void codeThatNamesAPromptStaysButThePromptGoes() {
        String html = page("en", PROSE + "<pre>store.subscribe(render);\ndocument.cookie = 'accept cookies';</pre>"
                + "<p>Subscribe to our newsletter.</p><pre>by_date = sorted(posts)</pre>" + PROSE);
        assertThat(verdict(html, "store.subscribe")).isEmpty();
        assertThat(verdict(html, "by_date")).isEmpty();
        assertThat(verdict(html, "Subscribe to our")).isEqualTo("call-to-action");
    }

    @Test
    void aClickThroughPromptGoesInGerman() {
        String html = page("de", PROSE + "<p>Wie wohnen unsere Leser? Klicke dich durch die Homestorys.</p>" + PROSE);
        assertThat(verdict(html, "Wie wohnen unsere Leser")).isEqualTo("call-to-action");
    }

    @Test
    void aMediaOnTheTopicHeadingGoesInFrench() {
        String html = page("fr", PROSE + "<h4>Audios et vidéos sur le sujet</h4>" + PROSE);
        assertThat(verdict(html, "Audios et vidéos")).isEqualTo("related-links");
    }

    @Test
    void promptsGoInTheirLanguage() {
        String html = page("de", PROSE + "<p>Artikel gefallen? Vergiss nicht zu teilen!</p>" + PROSE);
        assertThat(verdict(html, "Artikel gefallen")).isEqualTo("call-to-action");
    }

    // A contact label alone opens the contact box under a press release; a sentence that names
    // the contact person is text.
    @Test
    void aContactLabelGoesButASentenceAboutTheContactStays() {
        String html = page("de", PROSE + "<p>Ansprechpartner</p><p>Kontakt:</p>"
                + "<p>Kontakt zur Presse hält der Sprecher des Rates, der am Dienstag die Pläne vorstellte.</p>" + PROSE);
        assertThat(verdict(html, "Ansprechpartner")).isEqualTo("call-to-action");
        assertThat(verdict(html, "Kontakt:")).isEqualTo("call-to-action");
        assertThat(verdict(html, "Kontakt zur Presse")).isEmpty();
    }

    @Test
    void creditLinesGoButTextAboutPhotosStays() {
        String html = page("de", PROSE + "<figure><img src=/a.jpg><figcaption>Foto: Jane Doe</figcaption></figure>"
                + "<p>Der Hafen bei Sturm. Foto: dpa</p>"
                + "<p>Foto des Tages ist eine Rubrik, in der Leser jeden Tag ein Bild aus dem Hafen zeigen dürfen.</p>"
                + "<pre><code>image: postgres</code></pre>" + PROSE);
        assertThat(verdict(html, "Foto: Jane Doe")).isEqualTo("credit-line");
        assertThat(verdict(html, "Der Hafen bei Sturm")).isEqualTo("credit-line");
        assertThat(verdict(html, "Foto des Tages")).isEmpty();
        assertThat(verdict(html, "image: postgres")).isEmpty();
    }

    @Test
    void advertLabelsGoButProseAboutAdvertsStays() {
        String html = page("de", PROSE + "<p>ANZEIGE - Heute mal ausgehen?</p>"
                + "<p>Anzeigen in der Lokalzeitung haben dem Hafenverein im letzten Jahr viele neue Mitglieder gebracht.</p>"
                + PROSE);
        assertThat(verdict(html, "ANZEIGE")).isEqualTo("advert-label");
        assertThat(verdict(html, "Anzeigen in der")).isEmpty();
    }

    @Test
    void aPageWithoutADeclaredLanguageConsultsEveryLanguage() {
        String html = page("", PROSE + "<p>Dans la même rubrique</p>" + PROSE);
        assertThat(verdict(html, "Dans la même rubrique")).isEqualTo("related-links");
    }

    // An affiliate disclosure under the article goes; prose about a salesman's commission stays.
    @Test
    void anAffiliateDisclosureGoesButProseAboutCommissionStays() {
        String html = page("de", "<h1>Harbour wall</h1>" + PROSE
                + "<p>Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten.</p>"
                + "<p>Einen Mitarbeiter ohne Aussicht auf eine Provision zu beschäftigen, ist wenig klug.</p>");
        assertThat(verdict(html, "Dieser Artikel kann Links")).isEqualTo("call-to-action");
        assertThat(verdict(html, "Einen Mitarbeiter ohne")).isEmpty();
    }

    @Test
    void aTagsHeadingAndAContactButtonGoButASentenceThatAsksToContactUsStays() {
        String html = page("en", PROSE + "<h4>Tags</h4><p><a href=/t/harbour>Harbour</a> <a href=/t/council>Council</a></p>"
                + "<p>Contact us</p><p>Residents who want to see the plans may contact us at the town hall on any"
                + " weekday morning.</p>" + PROSE);
        assertThat(verdict(html, "Tags")).isEqualTo("related-links");
        assertThat(verdict(html, "Contact us")).isEqualTo("call-to-action");
        assertThat(verdict(html, "Residents who want")).isEmpty();
    }

    @Test
    void aMoreArticlesHeadingGoesButASentenceOpeningLikeItStays() {
        String html = page("en", PROSE + "<h3>More articles you might enjoy</h3>" + PROSE
                + "<p>Recent posts on the council's website describe the plans for the harbour wall in more detail,"
                + " with drawings and a timetable for the works.</p>");
        assertThat(verdict(html, "More articles you might")).isEqualTo("related-links");
        assertThat(verdict(html, "Recent posts on the")).isEmpty();
    }

    /** Labels of a Q&A page's controls: the order of answers, the tags of related questions. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Sorted by:|call-to-action", "de|Sortiert nach|call-to-action", "fr|Trier par|call-to-action",
        "en|Explore related questions|related-links"})
    void aQuestionPagesControlLabelGoes(String code, String label, String rule) {
        String html = page(code, PROSE + "<div>" + label + "</div><p><a href=/t/a>harbour</a> <a href=/t/b>wall</a></p>" + PROSE);
        assertThat(verdict(html, label)).isEqualTo(rule);
    }

    @Test
    void aSentenceAboutSortingStays() {
        String html = page("en", PROSE + "<p>Sorted by date, the council's minutes show the harbour plans changed three times.</p>");
        assertThat(verdict(html, "Sorted by date")).isEmpty();
    }
}
