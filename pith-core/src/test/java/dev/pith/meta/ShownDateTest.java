package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import org.junit.jupiter.api.Test;

/** The date a reader sees: the {@code date} field. */
class ShownDateTest {

    @Test
    void dateIsThePublicationDateWhenThereIsOne() {
        String html = """
            <meta property="article:published_time" content="2025-03-01">
            <meta property="article:modified_time" content="2025-06-01">
            <h1>Headline</h1><p>Updated June 1, 2025</p>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2025-03-01");
        assertThat(m.date()).isEqualTo("2025-03-01");
    }

    @Test
    void shownUpdateDateWhenNothingSaysPublished() {
        Metadata m = extract("<h1>Best tax software</h1><p>By Ann Lee</p><p>Updated on July 9, 2025</p>");
        assertThat(m.published()).isEmpty();
        assertThat(m.modified()).isEqualTo("2025-07-09");
        assertThat(m.date()).isEqualTo("2025-07-09");
    }

    @Test
    void markupModificationAloneIsNoShownDate() {
        Metadata m = extract("""
            <meta property="article:modified_time" content="2025-06-01"><h1>Services</h1><p>We help.</p>""");
        assertThat(m.modified()).isEqualTo("2025-06-01");
        assertThat(m.date()).isEmpty();
    }

    @Test
    void updateTimeElementAloneIsNoShownDate() {
        Metadata m = extract("<h1>Models</h1><ul><li>Model A <time class=\"updated\" datetime=\"2025-06-01\">1 day ago</time></li></ul>");
        assertThat(m.date()).isEmpty();
    }
}
