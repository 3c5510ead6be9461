package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderAppealRuleTest {

    private static final String APPEAL = "<p>Si te parece valioso nuestro trabajo, apóyanos para seguir. Únete a"
            + " nuestra comunidad de lectores que con su membresía hacen posible este periodismo.</p>";

    @Test
    void theAppealClosingTheArticleGoes() {
        String html = page("es", "<h1>Harbour wall</h1>" + PROSE + APPEAL);
        assertThat(verdict(html, "Si te parece valioso")).isEqualTo("reader-appeal");
    }

    // A charity's report asks for support in its own text, and the story goes on after it.
    @Test
    void anAppealInsideTheTextStays() {
        String html = page("es", "<h1>Harbour wall</h1>" + APPEAL + PROSE);
        assertThat(verdict(html, "Si te parece valioso")).isEmpty();
    }

    @Test
    void aLongParagraphMentioningSupportStays() {
        String longText = "<p>" + ("Los vecinos dijeron que apóyanos era el lema de la campaña del puerto, y que la obra"
                + " durará dos años más. ").repeat(6) + "</p>";
        String html = page("es", "<h1>Harbour wall</h1>" + PROSE + longText);
        assertThat(verdict(html, "Los vecinos dijeron")).isEmpty();
    }
}
