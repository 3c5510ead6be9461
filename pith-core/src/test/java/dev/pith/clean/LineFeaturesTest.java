package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.util.TextMetrics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {

    @Test
    void measuresProse() {
        LineFeatures f = LineFeatures.of("The cat sat on the mat, and it was happy.");
        assertThat(f.words()).isEqualTo(10);
        assertThat(f.terminal()).isTrue();
        assertThat(f.commas()).isEqualTo(1);
        assertThat(f.stopDensity(StopWords.LANGUAGES.indexOf("en"))).isGreaterThan(0.3);
    }

    // German and French quote with guillemets in pairs; a breadcrumb's point one way.
    @Test
    void guillemetsInPairsAreQuotationMarksNotSeparators() {
        LineFeatures quote = LineFeatures.of("»Wie bringe ich Studierende dazu, im Hörsaal Fragen zu stellen?«");
        assertThat(quote.separators()).isZero();
        assertThat(quote.terminal()).isTrue();
        assertThat(LineFeatures.of("Startseite » Politik » Ausland").separators()).isEqualTo(2);
    }

    @Test
    void countsUnspacedScriptsByCharacters() {
        LineFeatures f = LineFeatures.of("今天天气很好，我们去公园散步吧。");
        assertThat(f.mostlyUnspaced()).isTrue();
        assertThat(f.words()).isEqualTo(TextMetrics.words("今天天气很好，我们去公园散步吧。"));
    }

    /** The fast word count in the scanning loop must agree with TextMetrics everywhere. */
    @Property(tries = 2000)
    void wordCountAgreesWithTextMetrics(@ForAll("mixedText") String s) {
        assertThat(LineFeatures.of(s).words()).isEqualTo(TextMetrics.words(s));
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withChars("abcXYZ019'’- .,–—éüßабвΩ漢字カナไทยשלוםمرحبا\u0301\u0483")
                .ofMaxLength(40);
    }
}
