package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ShortenedTitle}: the whole headline over a title cut to what search results show. */
class ShortenedTitleTest {

    @Test
    void theH1GoingOnWhereTheTitleStopsIsTheHeadline() {
        assertThat(ShortenedTitle.fuller("Ultium Cells erhöht Gigafactory-Kapazität",
                List.of("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee")))
                .isEqualTo("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee");
        assertThat(ShortenedTitle.fuller("Saftiger Zitronenkuchen vom Blech", List.of("", "Saftiger Zitronenkuchen vom Blech: einfach köstlich!")))
                .isEqualTo("Saftiger Zitronenkuchen vom Blech: einfach köstlich!");
        assertThat(extract("""
            <title>Types of Restaurant Service | Restroworks</title>
            <meta property="og:title" content="Types of Restaurant Service">
            <h1>Types of Restaurant Service: Explore Dining Styles from Casual to Fine Dining</h1>""").title())
                .isEqualTo("Types of Restaurant Service: Explore Dining Styles from Casual to Fine Dining");
    }

    @Test
    void notWhenTheH1AppendsASiteOrRunsAnotherLineIntoTheHeadline() {
        assertThat(ShortenedTitle.fuller("Critics’ Choice: Best UK Art Exhibitions 2025",
                List.of("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst"))).isEqualTo("Critics’ Choice: Best UK Art Exhibitions 2025");
        assertThat(ShortenedTitle.fuller("Catering Tips", List.of("Catering Tips | Cookshack"))).isEqualTo("Catering Tips");
        // a capital after a space: a button's label or a standfirst run into the h1
        assertThat(ShortenedTitle.fuller("IAM overview", List.of("IAM overview Stay organized with collections")))
                .isEqualTo("IAM overview");
        // an h1 that does not start with the title
        assertThat(ShortenedTitle.fuller("Nervenkrieg geht weiter", List.of("Der Nervenkrieg geht weiter"))).isEqualTo("Nervenkrieg geht weiter");
    }
}
