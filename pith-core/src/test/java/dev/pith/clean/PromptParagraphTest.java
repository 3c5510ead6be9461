package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

/** How {@link CallToActionLineRule} reads a short paragraph of sign-up prompts that ends in a full stop. */
class PromptParagraphTest {

    private static final String PARA = "The city council voted on Tuesday to extend the tram line to the new district, "
            + "and the work is to start next spring after a long debate about its cost.\n";

    private static String rule(String text, String line) {
        return Pith.explainClean(text, CleanOptions.DEFAULTS).decisions().stream()
                .filter(d -> d.text().equals(line)).findFirst().orElseThrow().rule();
    }

    @Test
    void aFormsConsentSentenceWithThreePromptsIsBoilerplate() {
        String consent = "By entering your email address you agree to our Terms of Use and Privacy Policy and consent "
                + "to receive emails from us about news, events and offers from our partners.";
        assertThat(rule("Tram line\n" + PARA.repeat(5) + consent + "\n", consent)).isEqualTo("call-to-action");
    }

    @Test
    void aReviewThatMentionsSigningUpStaysProse() {
        String review = "If you just want the streaming service, you can sign up for a free seven-day trial. "
                + "Afterwards you will pay seven dollars per month or seventy dollars per year for it.";
        assertThat(rule("Tram line\n" + PARA.repeat(5) + review + "\n", review)).isEqualTo("prose");
    }

    @Test
    void aLongParagraphWithPromptsIsLeftToTheProseRules() {
        String essay = ("Many readers sign up for a newsletter and share articles by email address with friends, "
                + "and the paper wants to know why they do it and what they read. ").repeat(3).strip();
        assertThat(rule("Tram line\n" + PARA.repeat(5) + essay + "\n", essay)).isEqualTo("prose");
    }
}
