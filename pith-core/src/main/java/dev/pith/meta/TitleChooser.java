package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the headline. Documented rule, in order:
 * <ol>
 *   <li>an {@code <h1>} (one of the first three) that agrees with the document title or
 *       {@code og:title}: equal to one of their separator-delimited segments, or their start.
 *       Agreement makes it the headline rather than a logo or a section name;</li>
 *   <li>else {@code og:title}, else the {@code <title>}, with the site name cut off: split at
 *       separators ({@code |}, {@code -}, {@code –}, {@code —}, {@code ·}, {@code »}...), segments
 *       naming the site dropped, the first remaining segment kept;</li>
 *   <li>else the JSON-LD headline, a {@code <meta name=title>}-style value, the Twitter title,
 *       or the first {@code <h1>}.</li>
 * </ol>
 */
final class TitleChooser {

    /** Longer h1 text is not a headline (a whole banner or a paragraph marked up as h1). */
    static final int MAX_HEADLINE_LENGTH = 300;

    private static final Pattern SEPARATORS = Pattern.compile("\\s+[-|–—·•»~/:]{1,2}\\s+|\\s*\\|\\s*|\\s*::\\s*");

    private TitleChooser() {
    }

    static String choose(PageScan page, Candidates c) {
        String docTitle = page.title;
        String og = orEmpty(c.first(Field.TITLE, Source.OPEN_GRAPH));
        List<String> segments = new ArrayList<>(segments(docTitle));
        segments.addAll(segments(og));
        String agreeing = null;
        int agreeingRank = Integer.MAX_VALUE;
        for (Element h1 : page.h1s) {
            String h = TextMetrics.collapseWhitespace(h1.text());
            int rank = h.isEmpty() || h.length() > MAX_HEADLINE_LENGTH ? -1 : agreement(h, segments, docTitle, og);
            if (rank >= 0 && rank < agreeingRank) {
                agreeing = h;
                agreeingRank = rank;
            }
        }
        if (agreeing != null) {
            return agreeing;
        }
        String base = !og.isEmpty() ? og : docTitle;
        if (!base.isEmpty()) {
            return withoutSiteName(base, c);
        }
        for (Source s : new Source[] {Source.JSON_LD, Source.META_NAME, Source.MICRODATA, Source.TWITTER,
                Source.JSON_LD_PAGE}) {
            String v = c.first(Field.TITLE, s);
            if (v != null) {
                return withoutSiteName(v, c);
            }
        }
        return page.h1s.isEmpty() ? "" : TextMetrics.collapseWhitespace(page.h1s.get(0).text());
    }

    /**
     * How well an h1 agrees with the titles: 0 when it starts one of them (the headline comes
     * first), 1 when it equals a later segment (often the site name), -1 when it does not agree.
     */
    private static int agreement(String h1, List<String> segments, String docTitle, String og) {
        String n = norm(h1);
        if (n.isEmpty()) {
            return -1;
        }
        // a one-word h1 that merely starts the title is too weak ("News" vs "News about...")
        boolean multiWord = n.indexOf(' ') > 0;
        if (startsWithWords(norm(docTitle), n) && (multiWord || norm(docTitle).equals(n))
                || startsWithWords(norm(og), n) && (multiWord || norm(og).equals(n))) {
            return 0;
        }
        for (String s : segments) {
            if (norm(s).equals(n)) {
                return 1;
            }
        }
        return -1;
    }

    private static boolean startsWithWords(String title, String prefix) {
        return title.equals(prefix) || title.startsWith(prefix + " ");
    }

    /** Splits at separators, drops segments naming the site, keeps the first remaining one. */
    static String withoutSiteName(String title, Candidates c) {
        List<String> segs = segments(title);
        if (segs.size() <= 1) {
            return title.strip();
        }
        List<String> sites = new ArrayList<>();
        for (Candidate s : c.of(Field.SITE)) {
            sites.add(norm(s.value()));
        }
        for (String seg : segs) {
            if (!sites.contains(norm(seg))) {
                return seg;
            }
        }
        return segs.get(0);
    }

    static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            return out;
        }
        for (String s : SEPARATORS.split(title)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Lower-cased letters and digits, words separated by one space: how titles are compared. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(ch));
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
