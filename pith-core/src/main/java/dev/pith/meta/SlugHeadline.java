package dev.pith.meta;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The h1 the page's address spells, over a title that disagrees with it. An h1 that agrees with
 * no title (the page's og:title and {@code <title>} were rewritten for search results and cards:
 * "Best Apps to Learn a Language in 2025 – Top 10 Picks" over the h1 "Top 10: Best Language
 * Learning App (tested by experts)") is still the headline readers see; the address's last
 * segment ({@code /best-language-learning-app/}, {@code /comments/1rl0nt4/enameled_cast_iron_pan/})
 * is written from the headline, so when it spells more of the h1's words than the chosen title's,
 * the h1 is the page's own title. Language-agnostic: only the address and the page's own words.
 * Not when the chosen title's words are all in the h1 (the h1 is the same headline with a kicker,
 * a site name or a date around it), nor for an h1 too long to be a headline (a paragraph marked up
 * as one) or of one word (a section name).
 */
final class SlugHeadline {

    /** A slug of one word ("tuition", "index") says too little to compare titles with. */
    static final int MIN_SLUG_WORDS = 2;
    /** An h1 of one word is a section or a logo ("Technology"), not a headline to prefer. */
    static final int MIN_HEADLINE_WORDS = 2;
    /** Longer h1 text is a paragraph or a banner marked up as a heading. */
    static final int MAX_HEADLINE_WORDS = 15;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?:html?|php|aspx?|jsp)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** An English plural's "s": slugs and headlines inflect the same noun differently ("app" vs "apps"). */
    private static final char PLURAL = 's';

    private SlugHeadline() {
    }

    /**
     * The first usable h1 when the address spells it better than the chosen title, else the chosen title.
     *
     * @param chosen the title read from og:title or the document title
     * @param h1s    the page's first h1 texts, cleaned, in document order
     * @param url    the page's address or canonical link
     */
    static String prefer(String chosen, List<String> h1s, String url) {
        Set<String> slug = slugWords(url);
        String h1 = h1s.stream().filter(h -> !h.isBlank()).findFirst().orElse("");
        if (slug.size() < MIN_SLUG_WORDS || h1.isEmpty()) {
            return chosen;
        }
        List<String> headline = words(h1);
        List<String> title = words(chosen);
        if (headline.size() < MIN_HEADLINE_WORDS || headline.size() > MAX_HEADLINE_WORDS
                || new HashSet<>(headline).containsAll(title)) {
            return chosen;
        }
        return spelled(slug, headline) > spelled(slug, title) ? h1 : chosen;
    }

    /** How many of the slug's words the text holds. */
    private static int spelled(Set<String> slug, List<String> text) {
        Set<String> held = new HashSet<>(text);
        held.retainAll(slug);
        return held.size();
    }

    /** The words of the address's last path segment, without file extension and without numbers (ids, dates). */
    static Set<String> slugWords(String url) {
        Set<String> out = new HashSet<>();
        if (url == null || url.isBlank()) {
            return out;
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        String last = "";
        for (String segment : path.split("/")) {
            if (!segment.isBlank()) {
                last = segment;
            }
        }
        for (String w : words(FILE_EXTENSION.matcher(AuthorLinks.decoded(last)).replaceFirst(""))) {
            if (w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Lower-cased words as slugs spell them: umlauts written out ("Gespräch" → "gespraech"), other
     * diacritics dropped, without a plural's final "s".
     */
    static List<String> words(String text) {
        String lower = AuthorLinks.transliterated(text.toLowerCase(Locale.ROOT));
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.splitAsStream(plain).filter(w -> !w.isEmpty()).map(SlugHeadline::singular).toList();
    }

    private static String singular(String w) {
        return w.length() > 1 && w.charAt(w.length() - 1) == PLURAL ? w.substring(0, w.length() - 1) : w;
    }
}
