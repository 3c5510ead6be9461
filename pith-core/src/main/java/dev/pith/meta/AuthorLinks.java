package dev.pith.meta;

import dev.pith.util.Chars;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The names a byline links to their writers' pages: a link to an author's page (the folder
 * before the last segment of its address says author, as a byline's class would) whose text
 * is that last segment spelled as a slug ({@code <a href="/author/ben-applebaum-bauch">Ben
 * Applebaum-Bauch</a>}, {@code /contributor/a._j._neal}); a category or social-media link
 * beside it ("in Uncategorized", "herrpfleger" on Twitter) is none. The link's text is the name itself,
 * while the byline's text runs it together with what themes set beside it: a job title
 * ("Celeste Longacre Gardener &amp; Astrologer"), a button ("A. J. Neal View In Digital
 * Edition"), a second linked writer without a separator. Language-agnostic: the address, not
 * the words, says which text is the name.
 */
final class AuthorLinks {

    /** What stands between two linked names: a separator {@link AuthorNames} splits at. */
    static final String SEPARATOR = "; ";

    private AuthorLinks() {
    }

    /**
     * The texts of the element's links (itself included) that spell their address's last
     * segment, joined by {@link #SEPARATOR}; "" when there is none. Call on short elements only.
     */
    static String names(Element byline) {
        List<String> names = new ArrayList<>();
        for (Element a : byline.getElementsByTag("a")) {
            String href = a.attr("href");
            // most links lead elsewhere than to an author's page: their text is not read
            String slug = authorSlug(href);
            String text = slug.isEmpty() ? "" : a.text().strip();
            if (!text.isEmpty() && spells(text, slug) && !names.contains(text)) {
                names.add(text);
            }
        }
        return String.join(SEPARATOR, names);
    }

    /**
     * True when the text, folded to its letters, is the last path segment of an author page's
     * address folded so; German slugs spell "ö" as "oe" ("Clara Löw", {@code /autor/clara-loew}).
     */
    static boolean spellsSlug(String text, String href) {
        String slug = authorSlug(href);
        return !slug.isEmpty() && spells(text, slug);
    }

    /** The letters of an author page's last path segment ({@link #letters}); "" when the address is none. */
    private static String authorSlug(String href) {
        int end = pathEnd(href);
        int start = href.lastIndexOf('/', end - 1) + 1;
        if (start == 0 || start >= end || !ClassHints.byline(href.substring(0, start).toLowerCase(Locale.ROOT))) {
            return "";
        }
        return letters(decoded(href.substring(start, end)));
    }

    /** True when the text's letters are the slug's. */
    private static boolean spells(String text, String slug) {
        String folded = letters(text);
        return !folded.isEmpty() && (folded.equals(slug) || letters(transliterated(text)).equals(slug));
    }

    /** Where an address's path ends: before its query or fragment and its trailing slashes. */
    private static int pathEnd(String href) {
        int end = href.length();
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        while (end > 0 && href.charAt(end - 1) == '/') {
            end--;
        }
        return end;
    }

    /** A path segment percent-decoded ({@code j%C3%BCrgen-m%C3%BCller}); "" when it is malformed. */
    static String decoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** German umlauts and sharp s as slugs spell them ("Löw" → "Loew", "Strauß" → "Strauss"). */
    static String transliterated(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ä', 'Ä' -> sb.append("ae");
                case 'ö', 'Ö' -> sb.append("oe");
                case 'ü', 'Ü' -> sb.append("ue");
                case 'ß' -> sb.append("ss");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The letters of a text, lower case, without diacritics ("Müller-Lüdenscheidt" → "mullerludenscheidt"). */
    static String letters(String s) {
        String decomposed = Chars.isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
