package dev.pith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.pith.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input never throws and never hangs; it gives a best-effort article. */
class RobustnessTest {

    @Test
    void emptyInputGivesEmptyArticle() {
        Article a = Pith.extract(new byte[0], null);
        assertThat(a.body()).isEmpty();
        assertThat(a.text()).isEmpty();
    }

    @Test
    void binaryGarbageGivesAResult() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        assertThatCode(() -> Pith.extract(bytes, "https://example.com/x.bin")).doesNotThrowAnyException();
    }

    @Test
    void truncatedHtmlKeepsWhatIsThere() {
        String html = "<html><body><article><p>The first paragraph is complete and long enough to count as the article's text.</p><p>The second one is cut off in the mid";
        assertThat(Pith.extract(html, "").text()).contains("The first paragraph is complete");
    }

    @Test
    void wronglyDeclaredCharsetStillReadable() {
        byte[] bytes = "<meta charset=\"shift_jis\"><p>Plain ASCII text in a paragraph that is long enough to keep.</p>"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(Pith.extract(bytes, "").text()).contains("Plain ASCII text");
    }

    @Test
    @Timeout(60)
    void hundredThousandNestedElementsDoNotOverflow() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("<p>Deep down there is a paragraph of real text that should survive.</p>");
        sb.append("</div>".repeat(depth)).append("</body></html>");
        assertThatCode(() -> Pith.extract(sb.toString(), "")).doesNotThrowAnyException();
    }

    @Test
    @Timeout(120)
    void twentyMegabytePageCompletes() {
        StringBuilder sb = new StringBuilder("<html><body><article>");
        String para = "<p>This paragraph repeats to make a very large page, with enough words to count as prose.</p>\n";
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append(para);
        }
        sb.append("</article></body></html>");
        Article a = Pith.extract(sb.toString().getBytes(StandardCharsets.UTF_8), "");
        assertThat(a.body()).isNotEmpty();
    }

    @Test
    void unclosedTagsEverywhere() {
        String html = "<div><p><b><i><span><table><tr><td><p>Text in a cell of a table that was never closed, long enough to be a paragraph";
        assertThatCode(() -> Pith.extract(html, "")).doesNotThrowAnyException();
    }

    /** A cheap fuzzer: random tag soup must never throw. */
    @Property(tries = 300)
    void randomTagSoupNeverThrows(@ForAll @StringLength(max = 2000) String noise) {
        String soup = "<html><body><div class='comment'>" + noise + "<p>" + noise + "</p><pre>" + noise
                + "</pre><table><tr><td>" + noise + "</table></div>";
        assertThat(Pith.extract(soup, "http://x/")).isNotNull();
    }

    @Property(tries = 200)
    void randomBytesNeverThrow(@ForAll byte[] bytes) {
        assertThat(Pith.extract(bytes, null)).isNotNull();
    }

    @Test
    void sameInputSameOutput() throws Exception {
        byte[] page = PithExtractTest.exampleArticle();
        Article first = Pith.extract(page, "");
        // two empty results would be equal too: the page must give an article to compare
        assertThat(first.text()).isNotBlank();
        for (int i = 0; i < 3; i++) {
            // the whole record: metadata and every block, not only the rendered text
            assertThat(Pith.extract(page, "")).isEqualTo(first);
        }
    }
}
