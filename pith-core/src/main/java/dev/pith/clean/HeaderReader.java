package dev.pith.clean;

import dev.pith.util.TextMetrics;
import java.util.List;

/**
 * Reads the title and standfirst from the top of a text: text dumps and news captures put the
 * page title or headline on the first line, and a news capture the standfirst right under it.
 */
final class HeaderReader {

    /** A first line longer than this is body text, not a title. */
    static final int MAX_TITLE_WORDS = 30;
    /** A site name after the last separator of a title has at most this many words. */
    static final int MAX_SITE_NAME_WORDS = 6;
    /** A standfirst is one or two sentences. */
    static final int MIN_STANDFIRST_WORDS = 6;
    static final int MAX_STANDFIRST_WORDS = 60;

    private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · ", " « ", " » "};

    /**
     * @param title      the title without a trailing site name, empty when there is none
     * @param fullTitle  the first line as it is
     * @param standfirst the line under the title when it reads as one, else empty
     */
    record Header(String title, String fullTitle, String standfirst) {
        static final Header NONE = new Header("", "", "");
    }

    private HeaderReader() {
    }

    static Header read(List<String> lines) {
        if (lines.isEmpty()) {
            return Header.NONE;
        }
        String first = lines.get(0);
        int words = TextMetrics.words(first);
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return Header.NONE;
        }
        String standfirst = lines.size() > 1 && isStandfirst(lines.get(1)) ? lines.get(1) : "";
        return new Header(withoutSiteName(first), first, standfirst);
    }

    /** "Headline | Site" → "Headline": the part after the last separator is the site's name. */
    static String withoutSiteName(String title) {
        int cut = -1;
        for (String sep : SEPARATORS) {
            cut = Math.max(cut, title.lastIndexOf(sep));
        }
        if (cut <= 0) {
            return title;
        }
        String head = title.substring(0, cut).strip();
        String tail = title.substring(cut).replaceFirst("^\\s*\\S+\\s*", "");
        return TextMetrics.words(tail) <= MAX_SITE_NAME_WORDS && TextMetrics.words(head) >= 2 ? head : title;
    }

    private static boolean isStandfirst(String line) {
        int words = TextMetrics.words(line);
        return words >= MIN_STANDFIRST_WORDS && words <= MAX_STANDFIRST_WORDS
                && DateFinder.find(line).isEmpty();
    }
}
