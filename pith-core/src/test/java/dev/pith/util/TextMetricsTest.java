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

    @Property(tries = 500)
    void collapsesToAnswersAsComparingTheCollapsedText(@ForAll("htmlishText") String s, @ForAll("htmlishText") String other) {
        String collapsed = TextMetrics.collapseWhitespace(s);
        assertThat(TextMetrics.collapsesTo(s, collapsed)).isTrue();
        assertThat(TextMetrics.collapsesTo(s, other)).isEqualTo(collapsed.equals(other));
        String shorter = collapsed.isEmpty() ? "x" : collapsed.substring(1);
        assertThat(TextMetrics.collapsesTo(s, shorter)).isEqualTo(collapsed.equals(shorter));
    }

    @Property(tries = 300)
    void collapsedTextHasNoDoubleSpaces(@ForAll String s) {
        String c = TextMetrics.collapseWhitespace(s);
        assertThat(c).doesNotContain("  ").isEqualTo(c.strip());
    }

    @Test
    void countsWordsSentenceMarksAndCommasTogether() {
        TextMetrics.Counts c = TextMetrics.count("Hello, world. It's well-known; isn't it? 今日は、世界。");
        assertThat(c.words()).isEqualTo(TextMetrics.words("Hello, world. It's well-known; isn't it? 今日は、世界。"));
        assertThat(c.stops()).isEqualTo(4);
        assertThat(c.commas()).isEqualTo(2);
    }

    @Property(tries = 500)
    void countsAgreeWithCountingEachAlone(@ForAll("mixedText") String s) {
        TextMetrics.Counts c = TextMetrics.count(s);
        assertThat(c.words()).isEqualTo(TextMetrics.words(s));
        assertThat(c.stops()).isEqualTo((int) s.chars().filter(ch -> ".!?;\u3002\uFF01\uFF1F\u061F\u0964".indexOf(ch) >= 0).count());
        assertThat(c.commas()).isEqualTo((int) s.chars().filter(ch -> ",\uFF0C\u3001\u060C".indexOf(ch) >= 0).count());
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings().withChars("aZ9 '-.,!?;:\u2019\u3002\uFF0C\u3001\u060C\u0964é日\uD83D\uDE00").ofMaxLength(40);
    }
}
