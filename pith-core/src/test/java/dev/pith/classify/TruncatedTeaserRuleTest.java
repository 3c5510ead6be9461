package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TruncatedTeaserRuleTest {

    private static String teaser(String title, String summary, String more) {
        return "<div class=item><h4>" + title + "</h4><p>" + summary + more + "</p></div>";
    }

    // A box of the site's other pages under the article: each summary cut off, a link to read on.
    private static final String BOX = "<div class=box>"
            + teaser("Weather data", "Information about past weather… ", "<a href=/w>more •••</a>")
            + teaser("Wind reports", "Calculation of the expected energy yield of a wind farm… ", "<a href=/e>more •••</a>")
            + "</div>";

    @Test
    void aCutOffSummaryWithAReadOnLinkGoes() {
        String html = page("en", "<h1>Harbour wall</h1>" + PROSE + BOX);
        assertThat(verdict(html, "Information about past weather")).isEqualTo("truncated-teaser");
        assertThat(verdict(html, "Calculation of the expected")).isEqualTo("truncated-teaser");
    }

    @Test
    void aReadOnLinkAsTheNextBlockCountsToo() {
        String box = "<div class=box><div class=t><p>The council said that after a long debate the members…</p>"
                + "<a href=/x>Read on</a></div></div>";
        String html = page("de", "<h1>Harbour wall</h1>" + PROSE + box);
        assertThat(verdict(html, "The council said that after")).isEqualTo("truncated-teaser");
    }

    // The article's own sentence that trails off has no link after it.
    @Test
    void aSentenceThatTrailsOffWithoutALinkStays() {
        String html = page("en", "<h1>Harbour wall</h1>" + PROSE + "<p>And then the tide came in, as it always does...</p>");
        assertThat(verdict(html, "And then the tide came in")).isEmpty();
    }

    // A page of nothing but summaries: there they are the content.
    @Test
    void onAListingOfSummariesTheyStay() {
        StringBuilder items = new StringBuilder("<h1>All reports</h1>");
        for (int k = 0; k < 8; k++) {
            items.append(teaser("Report " + k, "Engineers said the old wall had been damaged by storms in January and could"
                    + " no longer protect the houses along the front, so work must start before the autumn tides… ",
                    "<a href=/r" + k + ">more</a>"));
        }
        String html = page("en", items.toString());
        assertThat(verdict(html, "Engineers said the old wall")).isEmpty();
    }
}
