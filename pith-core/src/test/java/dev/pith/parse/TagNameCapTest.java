package dev.pith.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TagNameCapTest {

    private static final int CAP = TagNameCap.MAX_NAME;
    /** Characters of a run before the samples are quiet enough for every character to be read. */
    private static final int QUIET_RUN = TagNameCap.SAMPLE * TagNameCap.QUIET_SAMPLES;

    /** Reads {@code text} through the cap in reads of random lengths (1 to {@code maxRead}). */
    private static String capped(String text, int maxRead, long seed) {
        Random random = new Random(seed);
        Reader in = new Reader() {
            private final StringReader text0 = new StringReader(text);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return text0.read(buffer, offset, Math.min(length, 1 + random.nextInt(maxRead)));
            }

            @Override
            public void close() {
            }
        };
        StringBuilder out = new StringBuilder();
        try (Reader reader = new TagNameCap(in)) {
            char[] buffer = new char[1 + random.nextInt(4096)];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same cut, character by character. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        int quiet = 0;
        int name = 0;
        boolean following = false;
        boolean afterOpen = false;
        boolean cutting = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = TagNameCap.endsName(c);
            if (cutting && !ends) {
                continue;
            }
            cutting = false;
            if (!following && i % TagNameCap.SAMPLE == 0) {
                quiet = ends ? 0 : quiet + 1;
                if (quiet == TagNameCap.QUIET_SAMPLES) {
                    quiet = 0;
                    following = true;
                    name = 0;
                    afterOpen = false;
                }
            }
            if (following && ends) {
                following = false;
            } else if (following && name == CAP) {
                following = false;
                cutting = true;
                continue;
            } else if (following) {
                name += name > 0 || afterOpen && c < 128 && Character.isLetter(c) ? 1 : 0;
                afterOpen = c == '<' && name == 0;
            }
            out.append(c);
        }
        return out.toString();
    }

    @Test
    void aPageWithoutLongNamesPassesUnchanged() {
        String page = "<html><body><p class=x>Text <b>bold</b> a<b and <<x>\n".repeat(2000)
                + "<img src=\"data:image/png;base64," + "QUJD".repeat(20_000) + "\">";
        assertThat(capped(page, 5000, 1)).isEqualTo(page);
        assertThat(capped(page, 3, 2)).isEqualTo(page);
    }

    @Test
    void aTagSoupIsCutAfterTheCapUpToTheNameEnd() {
        String soup = "<div<span".repeat(20_000);
        String page = "<p>before</p>" + soup + " class=x>after";
        String expected = reference(page);
        assertThat(expected).startsWith("<p>before</p><div<span").endsWith(" class=x>after");
        assertThat(expected.length()).isLessThan(page.length() / 4);
        assertThat(capped(page, 2048, 4)).isEqualTo(expected);
        assertThat(capped(page, 1, 5)).isEqualTo(expected);
    }

    @Test
    void aNameOfTheCapsLengthIsKeptWhole() {
        String page = "<p>" + "x".repeat(20_000) + "<" + "a".repeat(CAP) + " id=x>text</p>";
        assertThat(capped(page, 700, 3)).isEqualTo(page).isEqualTo(reference(page));
        String longer = "<p>" + "x".repeat(20_000) + "<" + "a".repeat(CAP + 10) + " id=x>text</p>";
        assertThat(capped(longer, 700, 3)).isEqualTo(reference(longer)).hasSize(longer.length() - 10);
    }

    @Test
    void longRunsWithoutATagOpeningAreKept() {
        String run = "x<1".repeat(20_000) + "< " + "y".repeat(3 * CAP);
        assertThat(capped(run, 999, 6)).isEqualTo(run);
    }

    @Test
    void anyWayOfSplittingTheInputCutsTheSame() {
        Random random = new Random(7);
        String alphabet = "<<<aZ1é/ >\n" + "x".repeat(40);
        int cut = 0;
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 3 * CAP) {
                if (random.nextInt(20) == 0) {
                    text.append("<q").append("<r".repeat(random.nextInt(2 * CAP)));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String page = text.toString();
            String expected = reference(page);
            assertThat(capped(page, 1 + random.nextInt(3000), round)).isEqualTo(expected);
            cut += expected.equals(page) ? 0 : 1;
        }
        assertThat(cut).isPositive();
    }

    @Test
    void theParserSeesTheSoupAsOneElementWithItsNameCut() {
        String soup = "<div<span".repeat(200_000);
        Document doc = HtmlParser.parse("<body><p>before</p>" + soup + "><p>after</p></body>", "");
        Element soupElement = doc.body().child(1);
        assertThat(soupElement.tagName()).startsWith("div<span<div").hasSizeBetween(CAP, CAP + QUIET_RUN + TagNameCap.SAMPLE);
        assertThat(soupElement.text()).isEqualTo("after");
        assertThat(doc.body().child(0).text()).isEqualTo("before");
    }
}
