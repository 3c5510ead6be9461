package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link FooterRule} ends the body at the page's copyright notice. */
class FooterRuleTest {

    private static final String PARAGRAPH = "The council met on Tuesday to discuss the river wall, which was "
            + "damaged in the winter floods and has not been repaired since then, to the anger of the town. ";

    private static List<Line> lines(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (String text : texts) {
            Line line = new Line(LineFeatures.of(text));
            line.label(LineLabel.GOOD, "test");
            lines.add(line);
        }
        new FooterRule().apply(lines, null);
        return lines;
    }

    // A health site's footer: the notice, the company's self-description and its trademarks
    // flattened into one long line after the article.
    @Test
    void aLongLineOpeningWithTheNoticeIsTheFooter() {
        String footer = "© 2004-2020 Example Media Ltd, Brighton, UK, a Example Company. All rights reserved. "
                + "Example is the registered trade mark of Example Media. Any medical information published on "
                + "this website is not intended as a substitute for informed medical advice.";
        List<Line> lines = lines(PARAGRAPH, PARAGRAPH, footer);

        assertThat(lines.get(2).label).isEqualTo(LineLabel.BOILERPLATE);
        assertThat(lines.get(1).label).isEqualTo(LineLabel.GOOD);
    }

    @Test
    void aLongParagraphThatMentionsCopyrightIsProse() {
        String prose = "The judge said that the 2019 ruling on copyright 2018 cases did not apply here, because the "
                + "photographs had been taken by the council's own staff and were published without any notice.";
        List<Line> lines = lines(PARAGRAPH, PARAGRAPH, prose);

        assertThat(lines.get(2).label).isEqualTo(LineLabel.GOOD);
    }

    // A photo's caption with its credit, the story going on below the picture.
    @Test
    void aCaptionCreditWithTheStoryGoingOnBelowIsNoFooter() {
        List<Line> lines = lines(PARAGRAPH, PARAGRAPH, "The river wall | Kendal, England | © 2010 Jane Doe",
                PARAGRAPH, PARAGRAPH, PARAGRAPH);

        assertThat(lines).allMatch(l -> !l.rule.equals("after-footer"));
    }

    // The same credit line at the foot of the article, teasers after it: the footer.
    @Test
    void aCreditAfterWhichLessProseFollowsIsTheFooter() {
        List<Line> lines = lines(PARAGRAPH, PARAGRAPH, "Photos | © 2010 Jane Doe", PARAGRAPH);

        assertThat(lines.subList(2, 4)).allMatch(l -> l.rule.equals("after-footer"));
    }

    // A notice that claims the rights closes the page, whatever prose a river of teasers adds below.
    @Test
    void aNoticeClaimingTheRightsIsTheFooterEvenBeforeMoreProse() {
        List<Line> lines = lines(PARAGRAPH, PARAGRAPH, "Terms | © 2026 Example Media. All rights reserved.",
                PARAGRAPH, PARAGRAPH, PARAGRAPH);

        assertThat(lines.subList(2, 6)).allMatch(l -> l.rule.equals("after-footer"));
    }
}
