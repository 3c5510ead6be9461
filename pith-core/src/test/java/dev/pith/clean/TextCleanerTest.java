package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import dev.pith.model.Article;
import dev.pith.model.Heading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = TextCleanerTest.class.getResourceAsStream("/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleOfAPageDumpAndDropsItsFurniture() throws IOException {
        Article a = Pith.clean(fixture("blog-dump.txt"));
        assertThat(a.metadata().title()).isEqualTo("How to grow tomatoes on a balcony");
        assertThat(a.metadata().published()).isEqualTo("2024-05-04");
        assertThat(a.text())
                .contains("Tomatoes need six hours of sun")
                .contains("Choose a deep pot")
                .contains("Water in the morning")
                .doesNotContain("Skip to content")
                .doesNotContain("Privacy Policy")
                .doesNotContain("Subscribe to our newsletter")
                .doesNotContain("says:")
                .doesNotContain("Great tips, thanks");
        assertThat(a.body()).anyMatch(b -> b instanceof Heading h && h.text().equals("Choose a deep pot"));
    }

    // "says:" at the end of a sentence in the text introduces a quotation; a commenter's byline
    // is a name of a few words.
    @Test
    void aSentenceEndingInSaysDoesNotStartTheComments() {
        String para = "Our teachers come to your home every week and plan each lesson around what the student "
                + "wants to play, so that practice at home is something they look forward to doing.\n";
        String text = "Drum lessons at home\n" + para.repeat(8) + "Here is what my son says:\n"
                + "I have been working with Josh for nearly a year now and I can say that he is the best teacher "
                + "I have ever had, and the lessons are the high point of my week.\n" + para;
        assertThat(Pith.clean(text).text()).contains("nearly a year now");
        String comments = "Drum lessons at home\n" + para.repeat(8) + "Jo Ann Smith says:\n"
                + "Great post, I have been working with Josh for nearly a year now and I can say that he is great.\n";
        assertThat(Pith.clean(comments).text()).doesNotContain("nearly a year now");
    }

    // A listing prints a comment count under every teaser; an article repeats its one count.
    @Test
    void commentCountsUnderTeasersDoNotStartTheComments() {
        String teaser = "The team explains how they moved the whole build to a new system over the summer and "
                + "what they would do differently, with the numbers to show for it.\n";
        StringBuilder listing = new StringBuilder("Blog\n");
        for (int i = 0; i < 6; i++) {
            listing.append("How we rebuilt part ").append(i).append('\n').append(teaser).append(i * 3).append(" comments\n");
        }
        listing.append("The last teaser is about the conference, the talks we liked and the people we met there.\n");
        assertThat(Pith.clean(listing.toString()).text()).contains("the conference");
        StringBuilder article = new StringBuilder("Blog\n").append(teaser.repeat(8)).append("12 comments\n");
        article.append("Great post, thanks, I have been using the same system at work for the last two years now.\n");
        assertThat(Pith.clean(article.toString()).text()).doesNotContain("Great post");
    }

    // "Discussion" heads a manual's or a paper's section of prose; under an article it heads
    // the comments, which open with a commenter's name and date.
    @Test
    void aDiscussionHeadingOverProseIsASectionNotTheComments() {
        String para = "The command records changes to the repository together with a message that describes "
                + "them, and the message is stored with the snapshot so that others can read it later.\n";
        String section = "It is a good idea to begin the message with a single short line that sums up the change, "
                + "followed by a blank line and a more thorough description.\n";
        String manual = "git-commit\n" + para.repeat(8) + "DISCUSSION\n" + section + para;
        assertThat(Pith.clean(manual).text()).contains("a single short line");
        String article = "git-commit\n" + para.repeat(8) + "Discussion\n" + "Anna Berg\n" + "March 3, 2020 at 5:12 pm\n"
                + section + para;
        assertThat(Pith.clean(article).text()).doesNotContain("a single short line");
    }

    @Test
    void keepsForumRepliesWhenThePageIsAThread() throws IOException {
        Article a = Pith.clean(fixture("forum-dump.txt"));
        assertThat(a.text()).contains("My router drops the connection every evening")
                .contains("Try changing the wireless channel");
    }

    @Test
    void aCleanTextIsNotCut() {
        String text = "A short story\n\nIt was a quiet morning in the village, and the baker had already opened "
                + "his shop.\n\nThe children walked to school along the river, talking about the summer fair.\n\n"
                + "By noon the square was full of people who had come to see the new clock on the town hall.";
        Article a = Pith.clean(text);
        assertThat(a.body()).hasSize(3);
    }

    @Test
    void joinsHardWrappedLinesInsideParagraphs() {
        String text = "Notes\n\nThis paragraph was written in an editor that wraps its lines at a\n"
                + "fixed width, so every sentence is cut in the middle of the line and has to\n"
                + "be joined back before it can be judged as prose.\n\nA second paragraph follows here and it "
                + "is also long enough to be a paragraph of prose on its own.";
        Article a = Pith.clean(text);
        assertThat(a.body().get(0).text()).startsWith("This paragraph was written").endsWith("judged as prose.");
    }

    @Test
    void explainsEveryLine() {
        Cleaning c = Pith.explainClean("Title\nSubscribe to our newsletter\nHome", CleanOptions.DEFAULTS);
        assertThat(c.decisions()).extracting(LineDecision::rule).containsExactly("title", "call-to-action", "call-to-action");
    }

    @Test
    void sameInputSameOutput() throws IOException {
        String text = fixture("blog-dump.txt");
        assertThat(Pith.clean(text)).isEqualTo(Pith.clean(text));
    }
}
