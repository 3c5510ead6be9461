package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import dev.pith.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input gives a clear result, never an exception or a hang (the timeouts guard hangs only). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {

    @Test
    void emptyAndBlankTextGiveAnEmptyArticle() {
        for (String s : new String[] {"", " ", "\n\n\n", "\r\n\t \u00A0\u2028"}) {
            Article a = Pith.clean(s);
            assertThat(a.body()).isEmpty();
            assertThat(a.metadata().title()).isEmpty();
        }
    }

    @Test
    void binaryBytesAreRecognisedAndGiveAnEmptyBody() {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(TextCleaner.looksBinary(text)).isTrue();
        assertThat(Pith.clean(text).body()).isEmpty();
        assertThat(Pith.clean("\u0000\u0001\u0002 PNG \u0000\u0000\u0003").body()).isEmpty();
    }

    @Test
    void invalidUtf8DecodedWithReplacementsIsCleanedNotRejected() {
        byte[] good = ("A title\n" + "This is a perfectly ordinary sentence about the weather, and it goes on for a "
                + "while so that it reads like prose in an article.\n").repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 4];
        System.arraycopy(good, 0, bytes, 0, 40);
        bytes[40] = (byte) 0xC3; // truncated sequence
        bytes[41] = (byte) 0xFF; // never valid
        System.arraycopy(good, 40, bytes, 42, good.length - 40);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\uFFFD");
        assertThat(TextCleaner.looksBinary(text)).isFalse();
        assertThat(Pith.clean(text).text()).contains("perfectly ordinary sentence");
    }

    @Test
    void aHundredMegabyteSingleLineIsHandled() {
        String sentence = "The quick brown fox jumps over the lazy dog near the river bank. ";
        int copies = 100 * 1024 * 1024 / sentence.length();
        String line = sentence.repeat(copies);
        Article a = Pith.clean(line);
        assertThat(a.metadata().title()).isEmpty(); // far too long to be a title
        assertThat(a.body()).hasSize(1);
        assertThat(a.body().get(0).text().length()).isEqualTo(line.strip().length());
    }

    @Test
    void aLongLineOfGluedSentencesIsSplitInLinearTime() {
        String line = ("The council met again today to discuss the new bridge over the river and what it "
                + "will cost the town.Another meeting is planned for next week, when the engineers will present "
                + "their report to the members ").repeat(50_000);
        Cleaning c = Pith.explainClean("Title\n" + line, CleanOptions.DEFAULTS);
        // the title, then one piece per glued boundary (one per repetition) plus the first piece
        assertThat(c.decisions()).hasSize(1 + 50_001);
        assertThat(c.article().body()).hasSizeGreaterThanOrEqualTo(50_000);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLongHardWrappedParagraphIsJoinedInLinearTime() {
        String wrapped = "this is a hard wrapped line of plain text that goes on and\n";
        int copies = 200_000; // 12 MB: joining by concatenation took minutes
        Cleaning c = Pith.explainClean("Title\n\n" + wrapped.repeat(copies), CleanOptions.DEFAULTS);
        assertThat(c.decisions()).hasSize(2);
        assertThat(c.decisions().get(1).text()).hasSize(wrapped.length() * copies - 1);
    }

    @Test
    void mixedScriptsAndRightToLeftText() {
        String text = "عنوان المقال | الموقع\n"
                + "هذا نص عربي طويل عن الأخبار في المدينة، وقد قال المسؤولون إن المشروع سيكتمل في العام المقبل بعد "
                + "سنوات من العمل على الخطط والتصاميم التي وضعها المهندسون في البلدية.\n"
                + "זהו משפט בעברית עם מילים רבות כדי שייראה כמו פסקה של ממש בתוך מאמר חדשות ארוך.\n"
                + "English words mixed with العربية and 中文字符 and עברית in one line, which is still text.\n"
                + "\u202Eevil override\u202C and \u200Fmarks\u200E everywhere\n"
                + "今天的新闻报道了城市里的一个重要项目，官员们表示这个项目将在明年完成，市民们对此非常期待。\n";
        Article a = Pith.clean(text);
        assertThat(a.metadata().title()).isEqualTo("عنوان المقال");
        assertThat(a.text()).contains("هذا نص عربي طويل");
        assertThat(a.text()).contains("今天的新闻报道了城市里的一个重要项目");
    }

    @Test
    void controlCharactersAndOddLineBreaksAreTolerated() {
        String text = "Title\r\nFirst line of text that is long enough to be prose, with the words it needs to be.\r"
                + "Second\u0085third\u2029fourth\u0007 with a bell\u0000 and a null.";
        Article a = Pith.clean(text);
        assertThat(a.text()).doesNotContain("\u0000").doesNotContain("\u0007");
    }
}
