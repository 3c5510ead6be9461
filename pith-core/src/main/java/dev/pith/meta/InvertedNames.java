package dev.pith.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Highwire/Google Scholar {@code citation_author} and Dublin Core creator values are written "Last, First" by that
 * convention ("Roy, Aniruddha"). Read as a byline, the comma splits each one into two one-word
 * parts and five authors become ten fragments that look like no name. When every value on the
 * page has exactly one comma, the page follows the convention and each value is turned round
 * ("Aniruddha Roy"); a page mixing forms keeps its values as written.
 */
final class InvertedNames {

    /**
     * The meta names whose values follow the "Last, First" convention: Highwire's, and Dublin
     * Core's creator, which library and standards sites fill from catalogue records ("Jong, Michiel de").
     */
    static final Set<String> KEYS = Set.of("citation_author", "dc.creator", "dcterms.creator");

    /** One value, one comma: the family name before it, the given names after. */
    private static final Pattern LAST_FIRST = Pattern.compile("\\s*([^,]+?)\\s*,\\s*([^,]+?)\\s*");

    /**
     * A single value is ambiguous ("Smith, John" or "John Smith, Jane Doe"): alone, it is
     * read as inverted only when the part before the comma is one word, a family name.
     */
    private static final int MAX_LONE_FAMILY_WORDS = 1;

    private InvertedNames() {
    }

    /** The names among {@link #KEYS} whose values on the page, all of them, are "Last, First". */
    static Set<String> invertedKeys(List<Element> metas) {
        Set<String> inverted = new HashSet<>();
        for (String key : KEYS) {
            if (allInverted(metas.stream().filter(m -> key.equals(MetaTags.key(m))).map(MetaTags::content).toList())) {
                inverted.add(key);
            }
        }
        return inverted;
    }

    /** Whether the page's values, all of them, are "Last, First". */
    static boolean allInverted(List<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        for (String v : values) {
            Matcher m = LAST_FIRST.matcher(v);
            if (!m.matches()) {
                return false;
            }
            if (values.size() == 1 && m.group(1).split("\\s+").length > MAX_LONE_FAMILY_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** "Roy, Aniruddha" as "Aniruddha Roy"; a value not of that form unchanged. */
    static String turned(String value) {
        Matcher m = LAST_FIRST.matcher(value);
        return m.matches() ? m.group(2) + " " + m.group(1) : value;
    }
}
