package dev.pith.clean;

import java.util.List;

/**
 * A contact block set as short lines: press releases, association and shop pages end with one
 * (the press officer, the office, street and town, phone, fax, e-mail). Its lines are short and
 * sit among the article's, so the region keeps them; an e-mail address beside a second way to
 * reach the same office (a phone number, a web address, a social handle) gives the block away in
 * every language.
 *
 * <p>An e-mail address alone is not enough: a service page's "Questions? support@…" line, a
 * code listing's {@code "email": "me@example.com"}, a mailing-list archive's {@code To:} headers
 * and a forum's {@code user@instance} names are the page's content. A contact block is also
 * compact: a run of short lines longer than {@link #MAX_LINES} is a listing, a thread or code.
 */
final class ContactBox {

    /** A contact block has a name, an address or a number besides its e-mail line. */
    static final int MIN_LINES = 3;
    /** A contact block is compact: the office, the street, the town, numbers, addresses, hours. */
    static final int MAX_LINES = 15;
    /** A phone number has at least this many digits (a local number without its area code)… */
    static final int MIN_PHONE_DIGITS = 7;
    /** … and at most this many (ITU E.164): a card number or an ID is longer. */
    static final int MAX_PHONE_DIGITS = 15;

    private ContactBox() {
    }

    /** True when the lines from {@code start} (inclusive) to {@code end} (exclusive) are a contact block. */
    static boolean holds(List<Line> lines, int start, int end) {
        if (end - start < MIN_LINES || end - start > MAX_LINES) {
            return false;
        }
        boolean email = false;
        boolean other = false;
        for (int i = start; i < end; i++) {
            String text = lines.get(i).text();
            email |= hasEmailAddress(text);
            other |= hasPhoneNumber(text) || hasWebAddress(text) || hasHandle(text);
        }
        return email && other;
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

    /**
     * True when the text holds {@link #MIN_PHONE_DIGITS} to {@link #MAX_PHONE_DIGITS} digits in
     * one run of digits, spaces, hyphens and brackets, a plus opening the next ("+49 30 284447-42",
     * "(805) 492-8837"). Slashes and dots end the run: dates ("1/27/2026", "12.05.2020") are no
     * numbers to call.
     */
    static boolean hasPhoneNumber(String text) {
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '+' || !isPhoneSeparator(c)) { // a plus opens the next number: "+389 … +389 …"
                if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) {
                    return true;
                }
                digits = 0;
            }
        }
        return false;
    }

    private static boolean isPhoneSeparator(char c) {
        return c == ' ' || c == '-' || c == '(' || c == ')';
    }

    /** True when a word of the text starts with {@code www.} or {@code http}: a site's address. */
    static boolean hasWebAddress(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ((i == 0 || text.charAt(i - 1) == ' ')
                    && (text.startsWith("www.", i) || text.startsWith("http://", i) || text.startsWith("https://", i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the text is a social handle: {@code @} at its start, then a letter or digit. */
    static boolean hasHandle(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if ((at == 0 || text.charAt(at - 1) == ' ') && at + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(at + 1))) {
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
