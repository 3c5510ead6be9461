package dev.pith.langid;

import dev.pith.util.Chars;

/**
 * The part of a text the language model reads: letters lower-cased, every run of anything else
 * (digits, punctuation, white space, symbols) one space, at most {@link #MAX_LETTERS} letters.
 * Digits and punctuation are shared by all languages and only dilute the evidence; a bounded
 * sample keeps identification cheap on long pages, whose first paragraphs say enough.
 * It also counts the letters of the scripts that name a language by themselves.
 */
final class TextSample {

    /** Letters read at most: enough for a sure answer on prose, cheap on any page. */
    static final int MAX_LETTERS = 500;
    /** Letters of the quick look that confirms a declaration: most pages say their language right. */
    static final int QUICK_LETTERS = 200;

    private final StringBuilder text = new StringBuilder(MAX_LETTERS + MAX_LETTERS / 4);
    private int letters;
    /** Length of the text when it held {@link #QUICK_LETTERS} letters; -1 until then. */
    private int quickEnd = -1;
    private int han;
    private int kana;
    private int hangul;

    /** Appends a text to the sample until it is full; returns false once it is. */
    boolean add(CharSequence s) {
        for (int i = 0; i < s.length() && letters < MAX_LETTERS; i++) {
            char c = s.charAt(i);
            if (Chars.isLetter(c)) {
                text.append(Chars.toLowerCase(c));
                if (++letters == QUICK_LETTERS) {
                    quickEnd = text.length();
                }
                countScript(c);
            } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        return letters < MAX_LETTERS;
    }

    private void countScript(char c) {
        if (c < '\u1100') {
            return;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN) {
            han++;
        } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
            kana++;
        } else if (script == Character.UnicodeScript.HANGUL) {
            hangul++;
        }
    }

    /** The sample: lower-case letters, single spaces between runs, no space at the ends. */
    String text() {
        return text.toString().strip();
    }

    /** The start of the sample, up to its first {@link #QUICK_LETTERS} letters. */
    String quickText() {
        return quickEnd < 0 ? text() : text.substring(0, quickEnd).strip();
    }

    int letters() {
        return letters;
    }

    int han() {
        return han;
    }

    int kana() {
        return kana;
    }

    int hangul() {
        return hangul;
    }
}
