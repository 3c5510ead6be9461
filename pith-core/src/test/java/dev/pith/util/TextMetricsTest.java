package dev.pith.util;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void countsWordsInSpacedScripts() {
        assertThat(TextMetrics.words("The U.S. embassy's statement, on 28 Sept.")).isEqualTo(8);
        assertThat(TextMetrics.words("")).isZero();
        assertThat(TextMetrics.words("  — … ")).isZero();
    }

    @Test
    void countsUnspacedScriptsByCharacters() {
        assertThat(TextMetrics.words("日本語のテキスト")).isEqualTo(4);
        assertThat(TextMetrics.words("中文")).isEqualTo(1);
    }

    @Test
    void collapsesEveryKindOfWhiteSpace() {
        assertThat(TextMetrics.collapseWhitespace("  a\u00A0\n b\u200B\tc  ")).isEqualTo("a b c");
    }

    @Property(tries = 500)
    void normalisedLengthIsTheLengthOfJsoupsNormalisedText(@ForAll("htmlishText") String s) {
        assertThat(TextMetrics.normalisedLength(s)).isEqualTo(new TextNode(s).text().length());
    }

    @Provide
    Arbitrary<String> htmlishText() {
        return Arbitraries.strings().withChars("ab \t\n\r\f\u00A0\u200B\u00ADé日").ofMaxLength(40);
    }

    @Property(tries = 300)
    void collapsedTextHasNoDoubleSpaces(@ForAll String s) {
        String c = TextMetrics.collapseWhitespace(s);
        assertThat(c).doesNotContain("  ").isEqualTo(c.strip());
    }
}
