package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link MainRegionRule} keeps the one contiguous run of lines that is the article, and
 * long prose outside it. The lines come labelled as the line rules would label them; the rule
 * reads only the lines, so it is given no document context.
 */
class MainRegionRuleTest {

    private final MainRegionRule rule = new MainRegionRule();

    /** Ten words of prose. */
    private static final String TEN_WORDS = "The council met on Tuesday to discuss the river wall. ";

    private static Line line(LineLabel label, String text) {
        Line line = new Line(LineFeatures.of(text.strip()));
        line.label(label, "test");
        return line;
    }

    private static Line prose(int tens) {
        return line(LineLabel.GOOD, TEN_WORDS.repeat(tens));
    }

    private List<Line> apply(Line... lines) {
        List<Line> list = new ArrayList<>(List.of(lines));
        rule.keep(list, "");
        return list;
    }

    // A page dump: a menu of short lines, the article (paragraphs with a sub-heading and a
    // caption between them), then a footer of boilerplate and short links.
    @Test
    void theArticleRunIsKeptWithTheShortLinesInsideIt() {
        Line heading = line(LineLabel.SHORT, "What the plan says");
        Line caption = line(LineLabel.SHORT, "The river bank in March");
        Line near = line(LineLabel.NEAR_GOOD, "Work starts in the spring.");
        List<Line> lines = apply(
                line(LineLabel.SHORT, "Home"), line(LineLabel.SHORT, "News"), line(LineLabel.SHORT, "Sport"),
                prose(4), heading, prose(3), caption, near, prose(5),
                line(LineLabel.BOILERPLATE, "Subscribe to our newsletter"), line(LineLabel.SHORT, "Privacy"),
                line(LineLabel.SHORT, "Terms"));

        assertThat(lines.subList(3, 9)).allMatch(l -> l.kept);
        assertThat(heading.kept).isTrue();
        assertThat(caption.kept).isTrue();
        assertThat(near.kept).isTrue();
    }

    @Test
    void shortLinesOutsideTheArticleAreDroppedByThisRule() {
        Line menu = line(LineLabel.SHORT, "Home");
        Line footer = line(LineLabel.SHORT, "Privacy");

        apply(menu, line(LineLabel.SHORT, "News"), prose(4), prose(3), footer);

        assertThat(menu.kept).isFalse();
        assertThat(footer.kept).isFalse();
        assertThat(menu.rule).isEqualTo(MainRegionRule.NAME);
    }

    @Test
    void boilerplateAndLongNonProseInsideTheRunAreNotKept() {
        Line appeal = line(LineLabel.BOILERPLATE, "Support our journalism today");
        Line keywords = line(LineLabel.BAD, "river wall council vote flood town money bank");

        apply(prose(6), appeal, prose(6), keywords, prose(6));

        assertThat(appeal.kept).isFalse();
        assertThat(keywords.kept).isFalse();
    }

    @Test
    void aPunctuatedCaptionInsideTheRunIsKeptButNotOutsideIt() {
        Line caption = line(LineLabel.BAD, "Candida Höfer, Peabody Library Baltimore II, 2010. C-print, 180 x 198 cm.");
        Line outside = line(LineLabel.BAD, "Jeff Wall, Figures on a Sidewalk, 2008. Colour photograph, 165 x 134 cm.");

        apply(prose(6), caption, prose(6), line(LineLabel.BOILERPLATE, "Share this article"), outside);

        assertThat(caption.kept).isTrue();
        assertThat(outside.kept).isFalse();
    }

    // A forum thread dump: posts separated by long runs of signatures, buttons and menus. The
    // first post is the region; a later long post still stands on its own, a short one does not.
    @Test
    void longProseOutsideTheRunIsKeptAndShortProseIsNot() {
        List<Line> separator = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            separator.add(line(LineLabel.BOILERPLATE, "Reply Quote Report"));
        }
        Line longPost = prose(5);
        Line shortPost = line(LineLabel.GOOD, "I agree with all of that, thanks.");
        List<Line> lines = new ArrayList<>(List.of(prose(10), prose(10)));
        lines.addAll(separator);
        lines.add(longPost);
        lines.addAll(separator);
        lines.add(shortPost);

        rule.keep(lines, "");

        assertThat(lines.get(0).kept).isTrue();
        assertThat(longPost.kept).isTrue();
        assertThat(shortPost.kept).isFalse();
    }

    // A page of menus and labels with no prose at all.
    @Test
    void withoutProseNothingIsKept() {
        List<Line> lines = apply(line(LineLabel.SHORT, "Home"), line(LineLabel.SHORT, "Contact"),
                line(LineLabel.BAD, "Home News Sport Weather Culture Travel Money Health"));

        assertThat(lines).noneMatch(l -> l.kept);
    }

    @Test
    void proseAddsToTheRegionWhileShortLinesAndBoilerplateSubtract() {
        assertThat(MainRegionRule.score(prose(2))).isPositive();
        assertThat(MainRegionRule.score(line(LineLabel.SHORT, "Home"))).isNegative();
        assertThat(MainRegionRule.score(line(LineLabel.BOILERPLATE, "Share"))).isNegative();
    }

    // A news dump: the article's run holds a share bar followed by two teaser headlines of
    // other stories before the article goes on; a sub-heading after prose stays.
    @Test
    void shortLinesOpeningAfterFurnitureInsideTheRunAreDropped() {
        Line teaser = line(LineLabel.SHORT, "Council approves the new bus line");
        Line other = line(LineLabel.SHORT, "Swimming pool to close for repairs");
        Line heading = line(LineLabel.SHORT, "What the plan says");

        apply(prose(6), line(LineLabel.BOILERPLATE, "Share on Facebook"), teaser, other, prose(6), heading, prose(6));

        assertDroppedBy(MainRegionRule.AFTER_FURNITURE, List.of(teaser, other), heading);
    }

    /** The lines are dropped by the named step; the article's own heading is kept. */
    private static void assertDroppedBy(String step, List<Line> dropped, Line heading) {
        assertThat(dropped).allMatch(l -> !l.kept && l.rule.equals(step));
        assertThat(heading.kept).isTrue();
    }

    // A documentation dump: a "Copy" button over a code listing longer than a box of links.
    @Test
    void aLongRunAfterFurnitureIsLeftToTheRegion() {
        List<Line> lines = new ArrayList<>(List.of(prose(6), line(LineLabel.BOILERPLATE, "Copy")));
        for (int i = 0; i <= MainRegionRule.AFTER_FURNITURE_RUN; i++) {
            lines.add(line(LineLabel.SHORT, "let total = items.length;"));
        }
        lines.add(prose(6));

        rule.keep(lines, "");

        assertThat(lines).filteredOn(l -> l.label == LineLabel.SHORT).allMatch(l -> l.kept);
    }

    // A press release: the article, then the press office's block set as short lines.
    @Test
    void aRunOfShortLinesWithAnEmailAddressIsAContactBlock() {
        Line officer = line(LineLabel.SHORT, "Press officer Jane Doe");
        Line mail = line(LineLabel.SHORT, "E-mail: press@example.org");
        Line heading = line(LineLabel.SHORT, "What the plan says");

        apply(prose(6), heading, prose(4), officer, line(LineLabel.SHORT, "Tel. +49 30 284447-42"), mail, prose(4));

        assertDroppedBy(MainRegionRule.CONTACT_BOX, List.of(officer, mail), heading);
    }

    // A service page: "Questions?" and a support address are part of its content; without a
    // phone number, a web address or a handle beside it the address is no contact block.
    @Test
    void anEmailAddressWithoutASecondWayToReachIsKept() {
        List<Line> lines = apply(prose(6), line(LineLabel.SHORT, "Questions?"),
                line(LineLabel.SHORT, "support@example.com"), line(LineLabel.SHORT, "How it works"), prose(4));

        assertThat(lines).allMatch(l -> l.kept);
    }

    // A code listing with an e-mail address and a phone number is longer than a contact block.
    @Test
    void aLongRunWithAnAddressAndANumberIsNoContactBlock() {
        List<Line> lines = new ArrayList<>(List.of(prose(6), line(LineLabel.SHORT, "\"email\": \"support@example.com\",")));
        lines.add(line(LineLabel.SHORT, "\"telephone\": \"+47-99-999-9900\""));
        for (int i = 0; i < ContactBox.MAX_LINES; i++) {
            lines.add(line(LineLabel.SHORT, "\"name\": \"Example Store\","));
        }
        lines.add(prose(6));

        rule.keep(lines, "");

        assertThat(lines).allMatch(l -> l.kept);
    }

    @Test
    void phoneNumbersWebAddressesAndHandlesAreSecondWaysToReach() {
        assertThat(ContactBox.hasPhoneNumber("(805) 492-8837")).isTrue();
        assertThat(ContactBox.hasPhoneNumber("daniel@example.org +389 (2) 3217075 +389 (2) 3217076")).isTrue();
        assertThat(ContactBox.hasPhoneNumber("1/27/2026 - 3/24/2026")).isFalse();
        assertThat(ContactBox.hasPhoneNumber("1234 1234 1234 1234")).isFalse();
        assertThat(ContactBox.hasWebAddress("Website: https://www.example.org")).isTrue();
        assertThat(ContactBox.hasWebAddress("see example.org/www.html")).isFalse();
        assertThat(ContactBox.hasHandle("Follow @example")).isTrue();
        assertThat(ContactBox.hasHandle("jane@example.org")).isFalse();
    }

    @Test
    void aHandleOrAnAtSignIsNoEmailAddress() {
        assertThat(ContactBox.hasEmailAddress("Follow @example on the network")).isFalse();
        assertThat(ContactBox.hasEmailAddress("Tickets @ 5 dollars.")).isFalse();
        assertThat(ContactBox.hasEmailAddress("Write to press@example.org today")).isTrue();
    }

    // A listing: two blocks of teasers split by an advert and a sign-up box; each block is a
    // fair share of the other, so both are kept.
    @Test
    void aSecondBlockOfContentBesideAShortMainRegionIsKept() {
        Line teaser = line(LineLabel.SHORT, "Markets fall as oil prices rise");
        List<Line> lines = apply(
                prose(3), line(LineLabel.BOILERPLATE, "Advertisement"),
                line(LineLabel.BOILERPLATE, "Sign up for our newsletter and never miss a story from us"),
                line(LineLabel.BOILERPLATE, "Subscribe"), prose(2), teaser, prose(1));

        assertThat(lines.get(0).kept).isTrue();
        assertThat(lines.get(4).kept).isTrue();
        assertThat(teaser.kept).isTrue();
    }

    /** Tens of words in an article that scores {@link MainRegionRule#SOLE_REGION_SCORE}. */
    private static final int LONG_ARTICLE_TENS = 40;

    // Beside a long article, a box that scores well (here over a third of the article) is still a sidebar.
    @Test
    void besideALongArticleNothingElseIsKept() {
        List<Line> lines = apply(
                prose(LONG_ARTICLE_TENS), line(LineLabel.BOILERPLATE, "Advertisement"),
                line(LineLabel.BAD, "Home News Sport Weather Culture ".repeat(60)),
                line(LineLabel.SHORT, "Popular now"), prose(2), prose(2), prose(2), prose(2), prose(2), prose(2),
                prose(2));

        assertThat(lines.get(0).kept).isTrue();
        assertThat(lines.subList(4, lines.size())).noneMatch(l -> l.kept);
    }
}
