package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.lang.Language;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.lang.Phrases;
import org.junit.jupiter.api.Test;

class TitleTopicsTest {

    private static final String POST = "<p>I send my newsletter every Friday morning to a few hundred readers.</p>";
    private static final String PROMPT = "<p>Sign up for my newsletter to get the next issue.</p>";

    private static Phrases english() {
        return LanguageData.phrases(Language.of("en"), PhraseKind.CALL_TO_ACTION);
    }

    private static String titled(String title, String body) {
        return page("en", body).replace("<title>Harbour wall</title>", "<title>" + title + "</title>");
    }

    @Test
    void aPostAboutNewslettersKeepsItsSentencesAboutThem() {
        String html = titled("How to write a newsletter readers open", PROSE + POST + PROSE + PROMPT);
        assertThat(verdict(html, "I send my newsletter")).isEmpty();
        assertThat(verdict(html, "Sign up for my newsletter")).isEqualTo("call-to-action");
    }

    @Test
    void onAnotherTopicTheSameSentenceIsAPrompt() {
        String html = titled("Harbour wall", PROSE + POST + PROSE);
        assertThat(verdict(html, "I send my newsletter")).isEqualTo("call-to-action");
    }

    @Test
    void takesOutTheTopicWordAndTheRestOfItsWord() {
        TitleTopics topics = TitleTopics.of("A weekly newsletter digest", english());
        assertThat(topics.isEmpty()).isFalse();
        assertThat(topics.strip("rate newsletters by length")).isEqualTo("rate _ by length");
    }

    @Test
    void wordsThatArePromptsOnlyAsAWholeBlockAreNoTopic() {
        assertThat(TitleTopics.of("Share your harbour photos", english()).isEmpty()).isTrue();
        assertThat(TitleTopics.of("Harbour wall", english()).isEmpty()).isTrue();
    }
}
