package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

/** How {@link AuthorBio} drops the writer's bio that closes an article and keeps a paragraph about someone else. */
class AuthorBioTest {

    private static final String PARA = "The city council voted on Tuesday to extend the tram line to the new district, "
            + "and the work is to start next spring after a long debate about its cost.\n";

    private static String page(String byline, String last) {
        return "Tram line to be extended\n" + byline + "\n" + PARA.repeat(6) + last + "\n";
    }

    @Test
    void theBioOfTheWriterNamedInTheBylineIsDropped() {
        String bio = "Markus Balser writes about transport and energy policy from Berlin. He joined the paper in 2001.";
        assertThat(Pith.clean(page("By Markus Balser", bio)).text()).contains("the new district")
                .doesNotContain("writes about transport");
    }

    @Test
    void aParagraphOpeningWithANameNotInABylineIsKept() {
        String last = "Anna Weber said the council would publish the plans for the stations in the autumn.";
        assertThat(Pith.clean(page("By Markus Balser", last)).text()).contains("publish the plans");
        // a name alone on a line is a heading or a list item, not a byline
        String product = "Markus Balser writes about transport and energy policy from Berlin. He joined the paper in 2001.";
        assertThat(Pith.clean(page("Markus Balser", product)).text()).contains("writes about transport");
    }

    @Test
    void openingNameNeedsALowerCaseWordAfterIt() {
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane Doe is a reporter.")))).isEqualTo("Jane Doe");
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane Doe: the interview")))).isNull();
        assertThat(AuthorBio.openingName(new Line(LineFeatures.of("Jane is a reporter.")))).isNull();
    }

    // No byline on the page: the bio names the writer and their job.
    @Test
    void aBioThatNamesTheWritersJobIsDroppedWithoutAByline() {
        String bio = "Sarah Schwartz is a reporter for the Daily Courier who covers schools and transport.";
        assertThat(Pith.clean(page("Updated on Tuesday", bio)).text()).contains("the new district")
                .doesNotContain("covers schools");
    }

    @Test
    void aJobTitleFarFromTheNameOrAfterPunctuationIsNoBio() {
        java.util.Set<String> roles = java.util.Set.of("reporter", "writer");
        assertThat(BioRole.follows("Jane Doe is a freelance travel writer, editor of a guide.", 8, roles)).isTrue();
        assertThat(BioRole.follows("Die Demokratie hat keinen Ort, las unser Reporter kürzlich.", 14, roles)).isFalse();
        assertThat(BioRole.follows("Easy LMS gives you everything you need to become a writer of courses.", 8, roles)).isFalse();
        String speech = "Anna Weber said the plans would be published in the autumn, a reporter learned.";
        assertThat(Pith.clean(page("Updated on Tuesday", speech)).text()).contains("plans would be published");
    }
}
