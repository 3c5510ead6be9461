package dev.pith.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void summarisesTheBundledNewsArticle() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("../news-article.html"));

        String summary = Summary.of(page, "https://example.com/news");

        assertThat(summary).startsWith("title: ").doesNotStartWith("title: \n");
        assertThat(summary).contains("date: ");
    }
}
