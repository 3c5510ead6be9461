package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void caseQuotesDashesAndSpacesDoNotChangeTokens() {
        Tokens a = Tokenizer.tokenize("He said \u201cIt\u2019s fine\u201d \u2014 then left.");
        Tokens b = Tokenizer.tokenize("he said  \"it's FINE\" - then   left");
        assertThat(a.hashes()).containsExactly(b.hashes());
        assertThat(a.count()).isEqualTo(7);
    }

    @Test
    void compatibilityFormsFoldUnderNfkc() {
        assertThat(Tokenizer.tokenize("\uFF21\uFF22\uFF23 \uFB01ne").hashes())
                .containsExactly(Tokenizer.tokenize("abc fine").hashes());
    }

    @Test
    void fastAndUnicodePathsHashAlike() {
        // "café" forces the Unicode path for its line; "menu" must hash the same on both paths
        Tokens slow = Tokenizer.tokenize("café menu");
        Tokens fast = Tokenizer.tokenize("cafe menu");
        assertThat(slow.hashes()[1]).isEqualTo(fast.hashes()[1]);
        assertThat(slow.hashes()[0]).isNotEqualTo(fast.hashes()[0]);
    }

    @Property
    void fastPathAgreesWithTheUnicodePath(@ForAll @StringLength(max = 200) String s) {
        // a CJK character on the line forces the Unicode path; alone on its line it is one token
        String slow = s.replace('\n', ' ').replace('\r', ' ') + " \u4E00";
        long[] viaUnicode = Tokenizer.tokenize(slow).hashes();
        long[] viaFast = Tokenizer.tokenize(s.replace('\n', ' ').replace('\r', ' ') + "\n\u4E00").hashes();
        assertThat(viaFast).containsExactly(viaUnicode);
    }

    @Test
    void latinGreekAndCyrillicFoldCaseOnBothPaths() {
        assertThat(Tokenizer.tokenize("ÉCOLE Москва ΑΘΗΝΑ").hashes())
                .containsExactly(Tokenizer.tokenize("école москва αθηνα").hashes());
        assertThat(Tokenizer.tokenize("ΟΔΟΣ").count()).isEqualTo(1);
    }

    @Test
    void unspacedScriptsTokenizeByCharacter() {
        assertThat(Tokenizer.tokenize("東京都の天気").count()).isEqualTo(6);
        assertThat(Tokenizer.tokenize("ภาษาไทย").count()).isGreaterThan(3);
    }

    @Test
    void linesWithoutTokensAreNotLines() {
        Tokens t = Tokenizer.tokenize("first line\n\n | \nsecond line here\r\n");
        assertThat(t.lines()).isEqualTo(2);
        assertThat(t.lineEnds()).containsExactly(2, 5);
        assertThat(t.lineKey(0)).isEqualTo(Tokenizer.tokenize("FIRST, line!").lineKey(0));
    }

    @Test
    void normalisedLines() {
        assertThat(TextNormalizer.lines("  Hello\u2014World \n\n \u201CQ\u201D\u00A0 \r\n\uFF21"))
                .containsExactly("hello-world", "\"q\"", "a");
    }

    @Test
    void emptyAndPunctuationOnlyTextHaveNoTokens() {
        assertThat(Tokenizer.tokenize("").count()).isZero();
        assertThat(Tokenizer.tokenize(" \n—…!? \u00A0").count()).isZero();
    }

    @Property
    void neverFailsAndContentKeyIgnoresCase(@ForAll @StringLength(max = 300) String s) {
        Tokens t = Tokenizer.tokenize(s);
        assertThat(t.lineEnds()).isSorted();
        assertThat(t.count()).isLessThanOrEqualTo(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).length());
        if (s.chars().allMatch(c -> c < 0x80)) {
            assertThat(Tokenizer.tokenize(s.toUpperCase(java.util.Locale.ROOT)).contentKey()).isEqualTo(t.contentKey());
        }
    }

    @Test
    void tokensAcrossBlocksAndLongLinesAreKept() {
        // longer than one scanning block, on one line and on many: every word still counted once
        String words = "alpha beta gamma delta ".repeat(40_000);
        Tokens oneLine = Tokenizer.tokenize(words);
        Tokens manyLines = Tokenizer.tokenize(words.replace("delta ", "delta\n"));
        assertThat(oneLine.count()).isEqualTo(160_000);
        assertThat(manyLines.hashes()).containsExactly(oneLine.hashes());
        assertThat(manyLines.lines()).isEqualTo(40_000);
        assertThat(oneLine.hashes()[0]).isEqualTo(Tokenizer.tokenHash("alpha", 0, 5));
    }

    @Test
    void noBreakSpaceSeparatesOnTheFastPath() {
        assertThat(Tokenizer.tokenize("a\u00A0b c").hashes()).containsExactly(Tokenizer.tokenize("a b c").hashes());
    }
}
