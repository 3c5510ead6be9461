package dev.pith.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The h1 that goes on where the chosen title stops ("Ultium Cells erhöht Gigafactory-Kapazität"
 * beside the h1 "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee"): og:title and the
 * document title are cut to what search results show, while the page's headline stays whole.
 * Only when what the h1 adds goes on with the sentence, and holds no separator (a site's name or
 * section appended: "… – Artlyst", "… | Cookshack"); not for an h1 too long to be a headline.
 */
final class ShortenedTitle {

    /** Longer h1 text is a headline with its standfirst or date line run into it. */
    static final int MAX_HEADLINE_WORDS = 15;
    /** What templates set between a headline and what they append: a pipe, or a dash or guillemet with spaces around it. */
    private static final Pattern APPENDED = Pattern.compile("\\||\\s[-–—·•»~/]\\s");

    /**
     * How the cut part goes on with the headline's sentence: a colon, comma or exclamation mark, or a
     * word in lower case ("… in Tennessee", "…: einfach köstlich!"). A capital after a space is a
     * standfirst or a button's label run into the h1 ("IAM overview Stay organized with collections").
     */
    private static final Pattern CONTINUES = Pattern.compile("\\s*(?:[:,;!?]|\\p{Ll})");

    private ShortenedTitle() {
    }

    /** The first usable h1 when it is the chosen title and more, else the chosen title. */
    static String fuller(String chosen, List<String> h1s) {
        String h1 = h1s.stream().filter(h -> !h.isBlank()).findFirst().orElse("");
        String title = TitleChooser.norm(chosen);
        String headline = TitleChooser.norm(h1);
        if (title.isEmpty() || !headline.startsWith(title + " ") || headline.split(" ").length > MAX_HEADLINE_WORDS) {
            return chosen;
        }
        String added = added(h1, title);
        return CONTINUES.matcher(added).lookingAt() && !APPENDED.matcher(added).find() ? h1 : chosen;
    }

    /** The h1's text after as many of its characters as spell the title's words ({@link TitleChooser#norm}). */
    private static String added(String h1, String normalisedTitle) {
        int letters = normalisedTitle.replace(" ", "").length();
        int i = 0;
        while (i < h1.length() && letters > 0) {
            if (Character.isLetterOrDigit(h1.charAt(i))) {
                letters--;
            }
            i++;
        }
        return h1.substring(i);
    }
}
