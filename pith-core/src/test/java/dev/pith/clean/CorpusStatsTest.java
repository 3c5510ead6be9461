package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusStatsTest {

    static final String APPEAL = "Our newsroom relies on readers like you, and every month we bring you the stories "
            + "that matter in the places where they happen, from the courts to the city council.";

    static final String[] TOWNS = {"Arden", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Galway",
        "Harlow", "Ilkley", "Jarrow", "Kelso", "Leeds"};

    /** A story of its own (line keys ignore numbers, so stories differ by words). */
    private static String story(int i) {
        String town = TOWNS[i % TOWNS.length];
        return "Headline about " + town + "\n"
                + APPEAL + "\n"
                + "Story of " + town + " begins with a sentence that is unique to it, and it describes what "
                + "happened in " + town + " when the council met to decide about the new bridge.\n"
                + "A second paragraph about " + town + " adds the reactions of the people who live near the river "
                + "and who have waited for years for a decision on the matter.\n";
    }

    @Test
    void dropsALineThatRecursAcrossTheSitesDocuments() {
        CorpusStats stats = new CorpusStats(CorpusStats.Thresholds.DEFAULTS);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(story(i));
            stats.addDocument("news.example", docs.get(i));
        }
        assertThat(Pith.clean(docs.get(3)).text()).contains("Our newsroom relies on readers");
        String cleaned = Pith.clean(docs.get(3), CleanOptions.DEFAULTS.withRecurring(stats, "news.example")).text();
        assertThat(cleaned).doesNotContain("Our newsroom relies on readers");
        assertThat(cleaned).contains("Story of Dunmore begins").contains("A second paragraph about Dunmore");
    }

    @Test
    void countsSitesApart() {
        CorpusStats stats = new CorpusStats(CorpusStats.Thresholds.DEFAULTS);
        for (int i = 0; i < 10; i++) {
            stats.addDocument("a.example", story(i));
        }
        stats.addDocument("b.example", story(10));
        assertThat(stats.recurs("a.example", APPEAL)).isTrue();
        assertThat(stats.recurs("b.example", APPEAL)).isFalse();
        assertThat(stats.documentsPerSite()).containsEntry("a.example", 10).containsEntry("b.example", 1);
    }

    @Test
    void belowTheThresholdsNothingRecurs() {
        CorpusStats stats = new CorpusStats(new CorpusStats.Thresholds(3, 0.5, 1 << 20, 10));
        stats.addDocument("", story(1));
        stats.addDocument("", story(2));
        assertThat(stats.recurs("", APPEAL)).isFalse(); // 2 documents < 3
        for (int i = 3; i <= 10; i++) {
            stats.addDocument("", "Another page " + i + "\nwith other text " + i);
        }
        stats.addDocument("", story(11));
        assertThat(stats.recurs("", APPEAL)).isFalse(); // 3 of 11 documents < 50 %
    }

    @Test
    void memoryIsFixedAndSitesAreCapped() {
        CorpusStats stats = new CorpusStats(new CorpusStats.Thresholds(2, 0.0, 1 << 20, 3));
        long before = stats.sketchBytes();
        for (int i = 0; i < 2_000; i++) {
            stats.addDocument("site" + i + ".example", "Line " + Integer.toString(i, 36) + " of a text");
        }
        assertThat(stats.sketchBytes()).isEqualTo(before).isLessThanOrEqualTo(1 << 20);
        assertThat(stats.documentsPerSite().size()).isLessThanOrEqualTo(4); // 3 sites + the shared rest
    }

    @Test
    void lineKeysIgnoreCaseSpacingPunctuationAndNumbers() {
        assertThat(LineKey.of("12 Comments")).isEqualTo(LineKey.of("3 comments!"));
        assertThat(LineKey.of("Sign up  now")).isEqualTo(LineKey.of("sign up now."));
        assertThat(LineKey.of("Sign up now")).isNotEqualTo(LineKey.of("Sign in now"));
        assertThat(LineKey.of("!!!")).isZero();
    }
}
