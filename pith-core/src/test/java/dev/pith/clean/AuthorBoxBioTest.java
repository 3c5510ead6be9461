package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@link AuthorBoxBio} keeps a long bio inside the author box and lets the article resume after it. */
class AuthorBoxBioTest {

    /** Two paragraphs of the article, one a line. */
    private static final String PARAGRAPHS = String.join("\n",
            "The city council voted on Tuesday to extend the tram line to the new district, and the work is to start next spring.",
            "The mayor said the council would publish the plans for the stations in the autumn and ask the residents about them.");
    /** A bio of 60 words: longer than the paragraph that ends a related-links box. */
    private static final String LONG_BIO = "Jane Doe is a contributing writer who covers transport, housing and city "
            + "politics for the paper, and she has reported from the town hall for more than ten years. Before that "
            + "she worked as an editor at a regional radio station and taught journalism at the university, where "
            + "she still gives a seminar on local reporting every spring.";

    /** A long paragraph that does not name a writer: the article going on. */
    private static final String RESUMED = "The work on the first section of the line is to start in March, the "
            + "council said, and the trams are to run on it from the summer of the following year, when the "
            + "stations in the new district are finished and the drivers have been trained on the new route "
            + "through the old town.";

    private static Map<String, String> rules(String text) {
        Map<String, String> out = new HashMap<>();
        for (LineDecision d : Pith.explainClean(text, CleanOptions.DEFAULTS).decisions()) {
            out.put(d.text(), d.rule() + (d.kept() ? "+kept" : ""));
        }
        return out;
    }

    private static String article() {
        return "Tram line to be extended\n" + (PARAGRAPHS + "\n").repeat(3);
    }

    @Test
    void aLongBioUnderAnAuthorHeadingIsTheBoxs() {
        Map<String, String> rules = rules(article() + "About the author\n" + LONG_BIO + "\n");
        assertThat(rules.get("About the author")).isEqualTo("aside-heading");
        assertThat(rules.get(LONG_BIO)).isEqualTo("aside-section");
    }

    @Test
    void underARelatedHeadingALongParagraphIsTheArticleResuming() {
        Map<String, String> rules = rules(article() + "Related articles\n" + RESUMED + "\n");
        assertThat(rules.get("Related articles")).isEqualTo("aside-heading");
        assertThat(rules.get(RESUMED)).isEqualTo("prose+kept");
    }

    @Test
    void onlyTheFirstParagraphIsTheBio() {
        Map<String, String> rules = rules(article() + "About the author\n" + LONG_BIO + "\n" + RESUMED + "\n");
        assertThat(rules.get(LONG_BIO)).isEqualTo("aside-section");
        assertThat(rules.get(RESUMED)).endsWith("+kept");
    }

    @Test
    void anAuthorBoxAboveTheArticleDropsItsBioOnly() {
        Map<String, String> rules = rules("Tram line to be extended\nAbout the author\n" + LONG_BIO + "\n"
                + article() + RESUMED + "\n");
        assertThat(rules.get(LONG_BIO)).isEqualTo("aside-section");
        assertThat(rules.get(RESUMED)).endsWith("+kept");
    }

    @Test
    void aboveTheArticleAParagraphLongerThanABioIsNoBio() {
        String story = (RESUMED + " ").repeat(3).strip();
        Map<String, String> rules = rules("Tram line to be extended\nAbout the author\n" + story + "\n" + article());
        assertThat(rules.get(story)).endsWith("+kept");
    }
}
