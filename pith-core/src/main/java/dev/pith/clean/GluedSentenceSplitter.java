package dev.pith.clean;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits sentences that lost the space between them ({@code difference.All}) when markup was
 * stripped: two elements that were separate on the page run together in the text. A news
 * capture can glue the last line of a donation appeal to the article's first sentence this way.
 *
 * <p>A boundary is a lower-case letter, then {@code . ! ?} (and optional closing quotes or
 * brackets), then an upper-case letter followed by a lower-case one. That shape leaves
 * {@code U.S.}, {@code 3.5}, {@code example.com}, {@code iOS.NET} alone; abbreviations with an
 * inner dot ({@code e.g.The}), a short list of titles ({@code Mr.Smith}) and URLs are guarded.
 */
public final class GluedSentenceSplitter {

    /** Abbreviations that end in a dot and are followed by a capitalised name. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "rev",
            "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "fig", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "mt");

    /** Longest run of non-space characters looked back over; bounds the work on huge lines. */
    private static final int MAX_TOKEN = 64;

    private GluedSentenceSplitter() {
    }

    /** Splits one line into its glued sentences (usually just the line itself). */
    public static List<String> split(String line) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(1);
        split(line, out::add);
        return out;
    }

    /** Splits one line, handing each piece to {@code sink} in order. */
    public static void split(String line, Consumer<String> sink) {
        int from = 0;
        int n = line.length();
        for (int i = 1; i + 2 < n; i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (!Character.isLowerCase(line.charAt(i - 1))) {
                continue;
            }
            int next = i + 1;
            while (next < n && isCloser(line.charAt(next))) {
                next++;
            }
            if (next + 1 >= n || !Character.isUpperCase(line.charAt(next))
                    || !Character.isLowerCase(line.charAt(next + 1))) {
                continue;
            }
            if (c == '.' && guarded(line, from, i)) {
                continue;
            }
            String piece = line.substring(from, next).strip();
            if (!piece.isEmpty()) {
                sink.accept(piece);
            }
            from = next;
            i = next;
        }
        String rest = from == 0 ? line : line.substring(from).strip();
        if (!rest.isEmpty()) {
            sink.accept(rest);
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    /** True when the dot at {@code dot} ends an abbreviation or sits inside a URL or e-mail. */
    private static boolean guarded(String line, int from, int dot) {
        int start = dot;
        while (start > from && !Character.isWhitespace(line.charAt(start - 1))) {
            if (dot - start > MAX_TOKEN) {
                return true; // no sentence ends in a word this long: a URL or a hash
            }
            start--;
        }
        String token = line.substring(start, dot);
        if (token.indexOf('.') >= 0 || token.indexOf('/') >= 0 || token.indexOf('@') >= 0) {
            return true; // e.g / i.e / a URL path / an e-mail address
        }
        int letters = dot;
        while (letters > start && Character.isLetter(line.charAt(letters - 1))) {
            letters--;
        }
        String word = line.substring(letters, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || dot - letters == 1;
    }
}
