package dev.pith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.ListBlock;
import dev.pith.model.Mark;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown and HTML with the page's links, bold and italic text, when the options ask for them. */
class LinksAndFormattingTest {

    private static final RenderOptions BOTH = new RenderOptions(true, true);

    // A news story whose paragraph links a report and stresses two words.
    private static final String PAGE = "<html><head><link rel=\"canonical\" href=\"https://news.example/2024/harbour\">"
            + "</head><body><article><h1>Harbour reopens</h1>"
            + "<p>The harbour reopened on Monday, <strong>a week early</strong>, after repairs that the "
            + "<a href=\"/reports/wall.pdf\">council's report</a> had called <em>urgent</em> for years.<br>"
            + "Boats were back before noon.</p>"
            + "<ul><li>The fish market opens on Tuesday, <a href=\"https://market.example/\">as the market says</a>,"
            + " with all of its stalls.</li>"
            + "<li>The ferry runs again <b>from Friday</b>, on its summer timetable.</li></ul>"
            + "</article></body></html>";

    private static String render(Format format, RenderOptions options) {
        return Renderer.of(format, options).render(Pith.extract(PAGE, null));
    }

    @Test
    void markdownShowsLinksAndFormattingWhenAsked() {
        String md = render(Format.MARKDOWN, BOTH);

        assertThat(md).contains("The harbour reopened on Monday, **a week early**, after repairs that the "
                + "[council's report](https://news.example/reports/wall.pdf) had called *urgent* for years.  \n"
                + "Boats were back before noon.");
        assertThat(md).contains("- The fish market opens on Tuesday, [as the market says](https://market.example/),"
                + " with all of its stalls.\n- The ferry runs again **from Friday**, on its summer timetable.");
    }

    @Test
    void eachOptionShowsOnlyItsOwnMarks() {
        assertThat(render(Format.MARKDOWN, RenderOptions.DEFAULTS.withLinks(true)))
                .contains("[council's report](https://news.example/reports/wall.pdf)")
                .doesNotContain("**", "*urgent*");
        assertThat(render(Format.MARKDOWN, RenderOptions.DEFAULTS.withFormatting(true)))
                .contains("**a week early**", "*urgent*")
                .doesNotContain("](");
    }

    @Test
    void theDefaultsRenderTheTextAlone() {
        assertThat(render(Format.MARKDOWN, RenderOptions.DEFAULTS))
                .isEqualTo(Pith.render(Pith.extract(PAGE, null), Format.MARKDOWN))
                .contains("Monday, a week early, after repairs that the council's report had called urgent")
                .doesNotContain("**", "](");
        assertThat(render(Format.HTML, RenderOptions.DEFAULTS)).doesNotContain("<a ", "<strong>", "<em>");
    }

    @Test
    void htmlShowsThemAsElements() {
        assertThat(render(Format.HTML, BOTH)).contains(
                "<strong>a week early</strong>",
                "<a href=\"https://news.example/reports/wall.pdf\">council&apos;s report</a>",
                "<em>urgent</em> for years.<br>\nBoats",
                "<li>The ferry runs again <strong>from Friday</strong>, on its summer timetable.</li>");
    }

    @Test
    void textAndJsonAreTheSameWhateverTheOptions() {
        assertThat(render(Format.TEXT, BOTH)).isEqualTo(render(Format.TEXT, RenderOptions.DEFAULTS));
        assertThat(render(Format.JSON, BOTH)).isEqualTo(render(Format.JSON, RenderOptions.DEFAULTS));
    }

    @Test
    void nestedMarksCloseInsideOut() {
        Block p = new Paragraph("see the full report now", List.of(
                new Mark(4, 19, Mark.Kind.LINK, "https://x.example/r"), new Mark(8, 12, Mark.Kind.BOLD, "")));

        assertThat(markdown(p)).isEqualTo("see [the **full** report](https://x.example/r) now");
    }

    @Test
    void aMarkCrossingAnotherIsLeftOut() {
        Block p = new Paragraph("one two three", List.of(
                new Mark(0, 7, Mark.Kind.BOLD, ""), new Mark(4, 13, Mark.Kind.ITALIC, "")));

        assertThat(markdown(p)).isEqualTo("**one two** three");
    }

    @Test
    void linkTargetsCannotBreakTheMarkdown() {
        Block p = new Paragraph("a link", List.of(new Mark(2, 6, Mark.Kind.LINK, "https://x.example/a b (c)")));

        assertThat(markdown(p)).isEqualTo("a [link](https://x.example/a%20b%20%28c%29)");
    }

    @Test
    void listMarksIndexTheItemsJoinedByLineBreaks() {
        Block list = new ListBlock(false, List.of("alpha", "beta gamma"), List.of(new Mark(11, 16, Mark.Kind.ITALIC, "")));

        assertThat(markdown(list)).isEqualTo("- alpha\n- beta *gamma*");
    }

    private static String markdown(Block block) {
        return new MarkdownRenderer(BOTH).render(new Article("", Metadata.builder().build(), List.of(block))).strip();
    }
}
