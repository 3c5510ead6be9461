package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that let block rules skip their regex or their lower-casing must never
 * reject a block the full check would accept.
 */
class RulePrefiltersTest {

    @Test
    void bylinesAndDateLinesPassTheBylinePrefilter() {
        for (String line : new String[] {"By Jane Doe", "  posted by Ann", "Updated 5 mins ago",
                "September 28, 2022", "28 September 2022", "2022-09-28", "Veröffentlicht am 3. Mai",
                "Mis à jour", "Aktualisiert", "Written by Jo", "Sept. 3, 2020 ", "27.10.2021 14:35"}) {
            assertThat(BylineRule.mayMatch(line)).as(line).isTrue();
            assertThat(BylineRule.BYLINE.matcher(line.strip()).lookingAt()).as(line).isTrue();
        }
    }

    @Test
    void menuItemsFailTheBylinePrefilter() {
        assertThat(BylineRule.mayMatch("Home")).isFalse();
        assertThat(BylineRule.mayMatch("Contact us")).isFalse();
        assertThat(BylineRule.mayMatch("   ")).isFalse();
        assertThat(BylineRule.mayMatch("")).isFalse();
        assertThat(BylineRule.mayMatch("Top 10 tips")).isFalse();
        assertThat(BylineRule.mayMatch("(2022)")).isFalse();
    }

    @Property(tries = 3000)
    void bylinePrefilterNeverRejectsAMatch(@ForAll("blockTexts") String text) {
        if (BylineRule.BYLINE.matcher(text.strip()).lookingAt()) {
            assertThat(BylineRule.mayMatch(text)).as(text).isTrue();
        }
    }

    @Test
    void scriptLinksAreKnownByTheirSchemeInAnyCase() {
        assertThat(ScriptWidgets.runsScript(link("  JavaScript:void(0)"))).isTrue();
        assertThat(ScriptWidgets.runsScript(link("javascript:play()"))).isTrue();
        assertThat(ScriptWidgets.runsScript(link("https://example.com/javascript:"))).isFalse();
        assertThat(ScriptWidgets.runsScript(link("jump.html"))).isFalse();
        assertThat(ScriptWidgets.runsScript(link(" "))).isFalse();
    }

    @Property(tries = 3000)
    void scriptLinkPrefilterAgreesWithLowerCasing(@ForAll("hrefs") String href) {
        boolean lowered = href.strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
        assertThat(ScriptWidgets.runsScript(link(href))).as(href).isEqualTo(lowered);
    }

    private static Element link(String href) {
        return new Element("a").attr("href", href);
    }

    /** Link targets built from the scheme's pieces in either case, white space and noise. */
    @Provide
    Arbitrary<String> hrefs() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("java", "JAVA", "Java", "script", "SCRIPT", ":", "j", "J", " ", "\t", "\u2003", "İ", "/"),
                Arbitraries.strings().all().ofMaxLength(2));
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Test
    void titleKeysIgnoreCasePunctuationAndSpacing() {
        assertThat(TitleRepeatRule.normalize("Storm hits coast: 3 dead")).isEqualTo("stormhitscoast3dead");
        assertThat(TitleRepeatRule.normalize("Zürich — Ölpreis")).isEqualTo("zürichölpreis");
        assertThat(TitleRepeatRule.normalize("ΟΔΟΣ")).isEqualTo(TitleRepeatRule.normalizeAnyScript("ΟΔΟΣ"));
    }

    @Property(tries = 3000)
    void titleKeyComparisonAgreesWithTheKeys(@ForAll("blockTexts") String text, @ForAll("blockTexts") String title) {
        String key = TitleRepeatRule.normalize(title);
        assertThat(TitleRepeatRule.hasKey(text, key)).as(text + " | " + title)
                .isEqualTo(TitleRepeatRule.normalize(text).equals(key));
        assertThat(TitleRepeatRule.hasKey(text, TitleRepeatRule.normalize(text))).as(text).isTrue();
    }

    @Property(tries = 3000)
    void asciiTitleKeysEqualTheGeneralOnes(@ForAll("blockTexts") String text) {
        assertThat(TitleRepeatRule.normalize(text)).isEqualTo(TitleRepeatRule.normalizeAnyScript(text));
    }

    /** Short texts built from the pieces the rules look for, mixed with noise. */
    @Provide
    Arbitrary<String> blockTexts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("By ", "by ", "Posted ", "UPDATED ", "cookie", "CoOkIe", "Cookies ", "Mai ",
                        "September ", "28", "2022", "-09-", "\u0085", "\n", "(", ", ", " mins ago", "é", "İ", "Σ", "ſ", "K",
                        " ", "\t", ".", "Home", "x"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4),
                Arbitraries.strings().all().ofMaxLength(2));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }
}
