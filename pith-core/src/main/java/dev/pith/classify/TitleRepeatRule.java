package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.util.Chars;
import java.util.Locale;

/**
 * The headline repeated as a body line: it is a metadata field, and users feeding text to an
 * index or a model do not want it twice.
 */
final class TitleRepeatRule implements BlockRule {

    @Override
    public String name() {
        return "title-repeat";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (context.title().isEmpty() || block.kind() == BlockKind.IMAGE
                || block.text().length() > context.title().length() + MAX_EXTRA_CHARS) {
            return false;
        }
        String title = context.titleKey();
        if (block.kind() != BlockKind.HEADING || block.level() != 1) {
            return hasKey(block.text(), title);
        }
        String text = normalize(block.text());
        // A top heading inside "Headline | Site Name" is the headline.
        return text.equals(title) || text.length() >= MIN_PARTIAL_CHARS && title.contains(text);
    }

    /**
     * Whether {@link #normalize}{@code (s)} equals {@code key}, for ASCII text compared character
     * by character without building the key: most blocks differ from the title at once.
     */
    static boolean hasKey(String s, String key) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= Chars.ASCII_END) {
                // the ASCII before it gives the same key characters in any script, so a mismatch there stands
                return normalizeAnyScript(s).equals(key);
            }
            if (Chars.isLetterOrDigit(c)) {
                if (k == key.length() || Chars.toLowerCase(c) != key.charAt(k)) {
                    return false;
                }
                k++;
            }
        }
        return k == key.length();
    }

    /** A block this much longer than the title cannot be the title; skips the comparison. */
    static final int MAX_EXTRA_CHARS = 10;

    /** Shorter headings may be a section name that happens to occur in the title. */
    static final int MIN_PARTIAL_CHARS = 12;

    /** Lower case, letters and numbers only: the comparison ignores punctuation and spacing. */
    static String normalize(String s) {
        String ascii = normalizeAscii(s);
        return ascii != null ? ascii : normalizeAnyScript(s);
    }

    /** The key for text in any script; lower-casing may depend on context (final sigma). */
    static String normalizeAnyScript(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(TitleRepeatRule::isLetterOrNumber).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The same key for all-ASCII text, where lower-casing is one char at a time; null for other
     * text. Most blocks are ASCII, and this runs on every short block of every page.
     */
    private static String normalizeAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= Chars.ASCII_END) {
                return null;
            }
            if (Chars.isLetterOrDigit(c)) {
                out.append(Chars.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The classes {@code \p{L}} and {@code \p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
