package dev.pith.classify;

import dev.pith.lang.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of the page's title that are calls to action on their own: "newsletter" in "How to
 * write a (good) newsletter with AI", "I built a tool that creates a weekly newsletter digest".
 * Such a page is about the thing, and its paragraphs name it in every other sentence ("I gather
 * my top-performing newsletters"): the word is the topic there, not a prompt. A block then is a
 * prompt only when it still matches once the topic words are taken out, so "Sign up for my
 * newsletter" under such a post still goes, by "sign up".
 */
final class TitleTopics {

    /** Shorter title words ("app", "log") are too common to name what a page is about. */
    static final int MIN_LETTERS = 5;
    /** Put around a title word, it is matched as a word inside a text: "=share" or "^read more" do not fire. */
    private static final String AROUND = " _ ";
    /** What a topic word and the rest of its word become in a block's text: no phrase starts with it. */
    private static final String PLACEHOLDER = "_";
    private static final Pattern WORD_EDGES = Pattern.compile("[\\s\\p{Punct}\\p{Pd}“”‘’«»„]+");

    /** No topic words: {@link #strip} leaves every text as it is. */
    static final TitleTopics NONE = new TitleTopics(List.of());

    private final List<Pattern> words;

    private TitleTopics(List<Pattern> words) {
        this.words = words;
    }

    /** The title's words that the prompts match on their own, as words found anywhere in a text. */
    static TitleTopics of(String title, Phrases prompts) {
        List<Pattern> words = new ArrayList<>();
        for (String word : WORD_EDGES.split(Phrases.normalize(title))) {
            if (word.codePointCount(0, word.length()) >= MIN_LETTERS && prompts.matches(AROUND + word + AROUND)) {
                // the word and what follows it in its word: "newsletter" takes "newsletters" too
                words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "[\\p{L}\\p{N}]*"));
            }
        }
        return words.isEmpty() ? NONE : new TitleTopics(List.copyOf(words));
    }

    /** Whether the title holds no topic word. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The text, {@link Phrases#normalize normalized}, with the topic words taken out. */
    String strip(String text) {
        String s = text;
        for (Pattern word : words) {
            s = word.matcher(s).replaceAll(PLACEHOLDER);
        }
        return s;
    }
}
