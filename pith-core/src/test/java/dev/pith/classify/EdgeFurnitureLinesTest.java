package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

class EdgeFurnitureLinesTest {

    private static final String TEXT = "The mill was built in 1791 by the miller of the village, who ground corn for every farm"
            + " of the valley until the railway brought cheap flour from the towns.";

    private static String extract(String cellHtml) {
        return Pith.extract("<html><body><table><tr><td>" + cellHtml + "</td></tr></table></body></html>", "").text();
    }

    @Test
    void aClosingRowOfLinksAndACopyrightLineAreCutOff() {
        String text = extract(TEXT + "<br><br><a href=/>Home</a> | <a href=/c>Contact</a> | <a href=#t>Top</a>"
                + "<br>(c) 2002 Friends of the Mill");

        assertThat(text).contains("cheap flour from the towns.").doesNotContain("Contact").doesNotContain("Friends");
    }

    @Test
    void anOpeningBreadcrumbIsCutOff() {
        String text = extract("<a href=/>Home</a> &gt; <a href=/h>History</a><br><br>" + TEXT);

        assertThat(text).startsWith("The mill was built");
    }

    @Test
    void anOpeningPromptInBracketsAndAClosingDateLineAreCutOff() {
        String text = extract("[ <a href=/>Back to the index</a> ]<br><br>" + TEXT + "<br>Last modified: 3 March 2002");

        assertThat(text).isEqualTo(TEXT);
    }

    @Test
    void aClosingSignatureStays() {
        assertThat(extract(TEXT + "<br>By Anna Berger")).endsWith("By Anna Berger");
    }

    @Test
    void aSingleClosingLinkStaysUnlessItIsAPrompt() {
        assertThat(extract(TEXT + "<br><a href=/m>The mill museum</a>")).endsWith("The mill museum");
        assertThat(extract(TEXT + "<br><a href=/>Back to the index</a>")).endsWith("from the towns.");
    }

    @Test
    void writtenOutAddressesAndPhotoCreditsStay() {
        String text = extract(TEXT + "<br><a href=https://a.example>https://a.example/mill</a>"
                + " <a href=https://b.example>https://b.example/flour</a><br>Photo: Anna Berger © 2002");

        assertThat(text).contains("https://a.example/mill").endsWith("Photo: Anna Berger © 2002");
    }

    @Test
    void aLabelKeepsItsLinkedValue() {
        String value = "Opening hours<br><a href=/h>Sundays</a> <a href=/w>and Wednesdays</a>";

        assertThat(extract(value + "<br><br>" + TEXT)).startsWith("Opening hours\nSundays and Wednesdays\n");
        assertThat(extract(TEXT + "<br><br>" + value)).endsWith("Opening hours\nSundays and Wednesdays");
    }

    @Test
    void aSignatureUnderADelimiterIsCutOff() {
        assertThat(extract(TEXT + "<br>-- <br>Anna Berger<br>Friends of the Mill")).isEqualTo(TEXT);
    }

    @Test
    void aLongSectionUnderARuleOfDashesStays() {
        String text = extract(TEXT + "<br>----------<br>" + TEXT);

        assertThat(text).endsWith("----------\n" + TEXT);
    }
}
