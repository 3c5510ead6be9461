package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A user name in markup spelled out as the full name a byline writes: where it fires and where it must not. */
class WrittenNamesTest {

    @Test
    void aUserNameInJsonLdIsSpelledOutByTheVisibleByline() {
        assertThat(extract("""
            <title>Sportzentrum erweitert</title>
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"arianschlichenmayer"}}</script>
            <h1>Sportzentrum erweitert</h1><p>von Arian Schlichenmayer</p>""").authors())
                .containsExactly("Arian Schlichenmayer");
    }

    @Test
    void accentsAndSeparatorsOfAHandleDoNotMatter() {
        assertThat(WrittenNames.spelledOut(List.of("gabor_munier"), List.of("Interscenario", "Gàbor Muniér")))
                .containsExactly("Gàbor Muniér");
    }

    @Test
    void aFirstNameOrAnotherPersonIsNotSpelledOut() {
        assertThat(WrittenNames.spelledOut(List.of("Rabbids"), List.of("Rabbids Members"))).containsExactly("Rabbids");
        assertThat(WrittenNames.spelledOut(List.of("jdoe"), List.of("Jane Doe"))).containsExactly("jdoe");
    }

    @Test
    void aHandleTwoFullNamesCouldSpellOutStays() {
        assertThat(WrittenNames.spelledOut(List.of("annaroth"), List.of("Anna Roth", "Annar Oth"))).containsExactly("annaroth");
    }
}
