package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which date label, if any, opens an element's text or one of its lines. */
class DateLabelsTest {

    private static Element paragraph(String html) {
        return Jsoup.parseBodyFragment("<p>" + html + "</p>").selectFirst("p");
    }

    @Test
    void everyLabelIsFoundInAnyCaseAfterWhiteSpace() {
        for (String label : DateWords.PUBLICATION_LABELS) {
            for (String written : new String[] {label, label.toUpperCase(Locale.ROOT), capitalised(label)}) {
                assertThat(DateLabels.opening(paragraph("\n  " + written + " 12.03.2020")))
                        .as(written).isEqualTo(DateLabels.PUBLICATION);
            }
        }
    }

    @Test
    void updateLabelOpensAnUpdateLine() {
        assertThat(DateLabels.opening(paragraph("Aktualisiert am 17.01.2021."))).isEqualTo(DateLabels.UPDATE);
    }

    @Test
    void publicationLabelAfterABreakWinsOverAnUpdateLabel() {
        Element p = paragraph("Last updated: 01.12.2023<br>Posted on 01.11.2023");
        assertThat(DateLabels.opening(p)).isEqualTo(DateLabels.PUBLICATION);
    }

    @Test
    void textOpeningWithALabelsFirstLetterButNoLabelIsNone() {
        assertThat(DateLabels.opening(paragraph("Pasta with tomatoes, posted on 12.03.2020"))).isNull();
        assertThat(DateLabels.opening(paragraph("Update your browser"))).isNull();
    }

    @Test
    void whiteSpaceAloneIsNone() {
        assertThat(DateLabels.opening(paragraph(" \n\t "))).isNull();
    }

    private static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
