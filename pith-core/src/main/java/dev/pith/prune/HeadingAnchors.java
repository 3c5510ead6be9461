package dev.pith.prune;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Ids that are a heading's anchor: documentation generators, Markdown renderers and table-of-
 * contents plugins give each heading (or the section it opens) an id made of the heading's words,
 * so that a link can jump to it. Such an id says what the section is about, not what role the
 * element plays: {@code h2#what-share-of-adolescents-report-treatment} is not a share bar, nor
 * {@code section#respond-to-review-comments} a comment thread. Its furniture and comment stems
 * are words of the text, and the {@link ClassNames} judgement ignores them.
 */
final class HeadingAnchors {

    /**
     * Words an anchor must hold: "related-posts" over "Related posts" names furniture and its
     * heading alike, while an id three words long that spells a heading is the heading's anchor.
     */
    static final int MIN_ANCHOR_WORDS = 3;

    /** Parsed once: a query string would be parsed again on every call. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private static final String LINK = "a";

    /** Separator of words in an anchor, after {@link #slug}. */
    private static final char SEPARATOR = '-';

    private HeadingAnchors() {
    }

    /**
     * True when {@code id} spells the text of the heading {@code e} is, or of the heading that
     * opens {@code e} (its first heading, with no text before it; wrappers may stand between).
     * One spelling may run past the other at word boundaries: ids carry a prefix ("h-…") or a
     * suffix ("…-section"), and headings a number or a "¶" link.
     */
    static boolean isAnchor(Element e, String id) {
        if (isHeading(e)) {
            return spells(slug(id), slug(e.text()));
        }
        Element heading = e.selectFirst(HEADINGS);
        if (heading == null) {
            return false;
        }
        String title = slug(heading.text());
        return spells(slug(id), title) && slug(e.text()).startsWith(title);
    }

    /**
     * True when {@code e} is a link inside a heading that holds all its words: docutils wraps each
     * section title in a link back to the table of contents ({@code a.toc-backref}), whose class
     * names the contents table but whose text is the heading. Only a link: a block inside a
     * heading is no title (broken markup puts whole tables of contents there), and a span filling
     * a heading is as often a byline set as a heading ({@code span.last-byline}).
     */
    static boolean titlesHeading(Element e) {
        if (!e.normalName().equals(LINK)) {
            return false;
        }
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (isHeading(up)) {
                String words = slug(e.text());
                return !words.isEmpty() && words.equals(slug(up.text()));
            }
        }
        return false;
    }

    static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * Whether the shorter slug stands in the longer between word boundaries and holds enough
     * words: generators prefix ("h-…" in WordPress) or number the heading's words.
     */
    private static boolean spells(String id, String heading) {
        if (id.isEmpty() || heading.isEmpty()) {
            return false;
        }
        String shorter = id.length() <= heading.length() ? id : heading;
        String longer = shorter == id ? heading : id;
        if (words(shorter) < MIN_ANCHOR_WORDS) {
            return false;
        }
        for (int at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
            int end = at + shorter.length();
            if ((at == 0 || longer.charAt(at - 1) == SEPARATOR)
                    && (end == longer.length() || longer.charAt(end) == SEPARATOR)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits of any script, lower-cased, each run of anything else one separator. */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(Character.toLowerCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != SEPARATOR) {
                sb.append(SEPARATOR);
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == SEPARATOR ? sb.substring(0, end - 1) : sb.toString();
    }

    private static int words(String slug) {
        int words = 1;
        for (int i = 0; i < slug.length(); i++) {
            if (slug.charAt(i) == SEPARATOR) {
                words++;
            }
        }
        return words;
    }
}
