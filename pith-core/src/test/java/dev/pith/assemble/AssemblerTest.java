package dev.pith.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.block.Segmenter;
import dev.pith.block.TextBlock;
import dev.pith.classify.Decision;
import dev.pith.model.Block;
import dev.pith.model.Code;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Paragraph;
import dev.pith.model.Quote;
import dev.pith.model.Table;
import dev.pith.parse.HtmlParser;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** How {@link Assembler} turns the kept blocks into the article's typed blocks, in reading order. */
class AssemblerTest {

    /** The page's blocks, those matching {@code dropped} marked as dropped by a rule, assembled. */
    private static List<Block> assemble(String bodyHtml, Predicate<TextBlock> dropped) {
        List<TextBlock> blocks = Segmenter.segment(HtmlParser.parse("<body>" + bodyHtml + "</body>", "").body());
        List<Decision> decisions = blocks.stream()
                .map(b -> dropped.test(b) ? new Decision(b, false, "test") : new Decision(b, true, ""))
                .toList();
        return Assembler.assemble(decisions);
    }

    private static List<Block> assemble(String bodyHtml) {
        return assemble(bodyHtml, b -> false);
    }

    // A how-to article: a heading, an intro, a numbered list of steps, a quoted tip, a code
    // sample and a screenshot.
    private static final String HOW_TO = """
            <h2>Installing the tool</h2>
            <p>It takes three steps.</p>
            <ol><li>Download the archive.</li><li>Unpack it.</li><li>Run the installer.</li></ol>
            <blockquote>Keep the archive until the installer has finished.</blockquote>
            <pre><code class="language-shell">./install --prefix ~/tools</code></pre>
            <img src="https://example.com/screen.png" alt="The installer's first screen" width="600">
            """;

    @Test
    void eachKindOfBlockBecomesItsArticleBlockInReadingOrder() {
        assertThat(assemble(HOW_TO)).containsExactly(
                new Heading(2, "Installing the tool"),
                new Paragraph("It takes three steps."),
                new ListBlock(true, List.of("Download the archive.", "Unpack it.", "Run the installer.")),
                new Quote("Keep the archive until the installer has finished."),
                new Code("./install --prefix ~/tools", "shell"),
                new Image("https://example.com/screen.png", "The installer's first screen"));
    }

    @Test
    void droppedBlocksAreLeftOut() {
        List<Block> body = assemble(HOW_TO, b -> b.text().startsWith("Keep the archive") || b.text().equals("Unpack it."));

        assertThat(body).doesNotContain(new Quote("Keep the archive until the installer has finished."));
        assertThat(body).contains(new ListBlock(true, List.of("Download the archive.", "Run the installer.")));
    }

    @Test
    void nothingKeptGivesAnEmptyBody() {
        assertThat(assemble(HOW_TO, b -> true)).isEmpty();
    }

    // A list whose items hold several paragraphs each (a FAQ written as a list).
    @Test
    void theBlocksOfOneListItemJoinIntoOneItem() {
        String html = "<ul><li><p>Can I pay later?</p><p>Yes, within thirty days.</p></li>"
                + "<li><p>Can I return it?</p><p>Yes, unused.</p></li></ul>";

        assertThat(assemble(html)).containsExactly(new ListBlock(false, List.of(
                "Can I pay later? Yes, within thirty days.", "Can I return it? Yes, unused.")));
    }

    // Two lists in a row (ingredients, then tools), and a list interrupted by a paragraph.
    @Test
    void separateListsStaySeparate() {
        String html = "<ul><li>Flour</li><li>Water</li></ul><ul><li>Bowl</li><li>Spoon</li></ul>"
                + "<p>Then:</p><ul><li>Mix</li></ul>";

        assertThat(assemble(html)).containsExactly(
                new ListBlock(false, List.of("Flour", "Water")),
                new ListBlock(false, List.of("Bowl", "Spoon")),
                new Paragraph("Then:"),
                new ListBlock(false, List.of("Mix")));
    }

    // A results table with a header row: data, kept as rows of cells.
    @Test
    void cellsOfADataTableBecomeATable() {
        String html = "<table><tr><th>Team</th><th>Points</th></tr><tr><td>North</td><td>12</td></tr>"
                + "<tr><td>South</td><td>9</td></tr></table>";

        assertThat(assemble(html)).containsExactly(new Table(List.of(
                List.of("Team", "Points"), List.of("North", "12"), List.of("South", "9"))));
    }

    // An old page laid out with nested tables: the cells hold the text, not data.
    @Test
    void cellsOfALayoutTableBecomeParagraphs() {
        String html = "<table><tr><td>Welcome to the club's pages.</td><td><table><tr><td>Meetings are on Fridays.</td>"
                + "</tr></table></td></tr></table>";

        List<Block> body = assemble(html);

        assertThat(body).noneMatch(b -> b instanceof Table);
        assertThat(body).contains(new Paragraph("Welcome to the club's pages."), new Paragraph("Meetings are on Fridays."));
    }

    // A paragraph wrapped in a one-cell table, as some newsletters do.
    @Test
    void aOneCellTableIsAParagraph() {
        assertThat(assemble("<table><tr><td>Thanks for reading.</td></tr></table>"))
                .containsExactly(new Paragraph("Thanks for reading."));
    }

    @Test
    void codeWithoutALanguageClassHasNoLanguage() {
        assertThat(assemble("<pre>make all</pre>")).containsExactly(new Code("make all", ""));
    }
}
