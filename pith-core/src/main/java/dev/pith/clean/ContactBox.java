package dev.pith.clean;

import java.util.List;

/**
 * A contact block set as short lines: press releases, association and shop pages end with one
 * (the press officer, the office, street and town, phone, fax, e-mail). Its lines are short and
 * sit among the article's, so the region keeps them; the e-mail address gives the block away in
 * every language. Article text seldom sets an address on lines of its own.
 */
final class ContactBox {

    /** A contact block has a name, an address or a number besides its e-mail line. */
    static final int MIN_LINES = 3;

    private ContactBox() {
    }

    /** True when the lines from {@code start} (inclusive) to {@code end} (exclusive) are a contact block. */
    static boolean holds(List<Line> lines, int start, int end) {
        if (end - start < MIN_LINES) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (hasEmailAddress(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds {@code name@host.tld}: a word character on each side of the {@code @}, then a dot. */
    static boolean hasEmailAddress(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) && hasDomainAfter(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A host name from {@code from}: letters, digits or hyphens, then a dot and a letter. */
    private static boolean hasDomainAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i > from && i + 1 < text.length() && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1));
    }
}
