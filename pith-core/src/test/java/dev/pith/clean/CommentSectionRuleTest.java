package dev.pith.clean;

import static dev.pith.clean.LineFixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@link CommentSectionRule} starts the comments, and the comment labels that start nothing. */
class CommentSectionRuleTest {

    private static final int ENGLISH = StopWords.LANGUAGES.indexOf("en");
    private static final String TWENTY_WORDS = "The council met on Tuesday to discuss the river wall and agreed "
            + "that the work should start in the spring of next year. ";

    private static Line prose(int twenties) {
        return labelled(LineLabel.GOOD, TWENTY_WORDS.repeat(twenties));
    }

    private static List<Line> apply(Line... lines) {
        List<Line> list = new ArrayList<>(List.of(lines));
        new CommentSectionRule().apply(list, new CleanContext(ENGLISH, "", "", "", "", "", CleanOptions.DEFAULTS,
                Vocabulary.of(ENGLISH)));
        return list;
    }

    private static boolean cut(Line line) {
        return line.label == LineLabel.BOILERPLATE && line.rule.equals("comment-section");
    }

    // A listing sets a "Comment" button under every teaser: the teasers go on below the first.
    @Test
    void aCommentButtonUnderEveryTeaserStartsNothing() {
        List<Line> lines = new ArrayList<>(List.of(prose(8)));
        for (int i = 0; i < RepeatedCommentLabel.PER_ITEM_MIN_REPEATS; i++) {
            lines.add(labelled(LineLabel.SHORT, "Comment"));
            lines.add(prose(2));
        }
        List<Line> out = apply(lines.toArray(Line[]::new));

        assertThat(out).noneMatch(CommentSectionRuleTest::cut);
    }

    // The byline's "Comments: 37" over the article; the thread starts at "37 comments" below it.
    @Test
    void aBylineCountRepeatedOverTheThreadStartsNothing() {
        Line bylineCount = labelled(LineLabel.SHORT, "Comments: 37");
        Line article = prose(20);
        Line header = labelled(LineLabel.SHORT, "37 comments");
        Line comment = prose(1);
        apply(prose(8), bylineCount, article, header, comment);

        assertThat(List.of(bylineCount, article)).noneMatch(CommentSectionRuleTest::cut);
        assertThat(List.of(header, comment)).allMatch(CommentSectionRuleTest::cut);
    }

    // A thread's count repeated at its foot: the section starts at the first.
    @Test
    void aCountRepeatedBelowItsThreadStartsTheSection() {
        Line header = labelled(LineLabel.SHORT, "5 Comments");
        Line comment = prose(2);
        apply(prose(8), header, labelled(LineLabel.SHORT, "Jane, 9 Apr 2020 / 08:34"), comment,
                labelled(LineLabel.SHORT, "5 Comments"));

        assertThat(List.of(header, comment)).allMatch(CommentSectionRuleTest::cut);
    }

    // A "Comments" heading alone on the page still ends the article.
    @Test
    void aSingleCommentHeadingEndsTheArticle() {
        Line header = labelled(LineLabel.SHORT, "Comments");
        apply(prose(8), header, labelled(LineLabel.SHORT, "Leave a Reply"), prose(1));

        assertThat(cut(header)).isTrue();
    }

    // "Vos réactions (11)": a comment word with its count in parentheses heads the thread in any language.
    @Test
    void aCommentWordWithItsCountInParenthesesStartsTheSection() {
        assertThat(cutFrom("Reactions (11)", 10)).isTrue();
    }

    /** True when the header, after {@code twenties} × 20 prose words, and the comment under it are cut. */
    private static boolean cutFrom(String header, int twenties) {
        Line line = labelled(LineLabel.SHORT, header);
        Line comment = prose(1);
        apply(prose(twenties), line, comment);
        return cut(line) && cut(comment);
    }

    // A gallery's "Photos (12)" or a longer line ending in a count is no comment heading.
    @Test
    void anotherWordOrALongLineWithACountInParenthesesStartsNothing() {
        Line photos = labelled(LineLabel.SHORT, "Photos (12)");
        Line sentence = labelled(LineLabel.SHORT, "What the readers wrote in their comments (12)");
        List<Line> out = apply(prose(10), photos, prose(1), sentence, prose(1));

        assertThat(out).noneMatch(CommentSectionRuleTest::cut);
    }

    // A blog post's comments under dated bylines: four "… said:" lines are no forum thread.
    @Test
    void datedBlogCommentBylinesCutTheCommentsOff() {
        List<Line> lines = new ArrayList<>(List.of(prose(10)));
        List<Line> comments = new ArrayList<>();
        for (int i = 1; i <= CommentSectionRule.THREAD_MIN_MARKERS; i++) {
            comments.add(labelled(LineLabel.SHORT, "Reader " + i + " on September 12, 2018 at 4:47 pm said:"));
            comments.add(prose(1));
        }
        lines.addAll(comments);
        apply(lines.toArray(Line[]::new));

        assertThat(comments).allMatch(CommentSectionRuleTest::cut);
    }

    // A forum's replies quoting each other ("joe said:") are the thread, whatever follows.
    @Test
    void quoteBylinesInAForumThreadCutNothing() {
        List<Line> lines = new ArrayList<>(List.of(prose(10)));
        for (int i = 1; i <= CommentSectionRule.THREAD_MIN_MARKERS; i++) {
            lines.add(labelled(LineLabel.SHORT, "member" + i + " said:"));
            lines.add(prose(1));
        }
        lines.add(labelled(LineLabel.SHORT, "Comments"));
        lines.add(prose(1));
        List<Line> out = apply(lines.toArray(Line[]::new));

        assertThat(out).noneMatch(CommentSectionRuleTest::cut);
    }

    // An open thread: a two-sentence post, then the readers' questions under dated bylines.
    @Test
    void aDatedBylineCutsTheCommentsUnderAShortPost() {
        String byline = "Milan on September 12, 2018 at 4:47 pm said:";
        assertThat(cutFrom(byline, 2)).isTrue();
        assertThat(cutFrom(byline, 1)).isFalse();
    }
}
