package dev.pith.lang;

/** The writing system a language is usually written in, as far as text measures care. */
public enum Script {
    LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI,
    /** Chinese characters. */
    HAN,
    /** Kana with Chinese characters. */
    JAPANESE,
    HANGUL, THAI,
    /** Unknown, or one this enum does not name. */
    OTHER;

    /**
     * Whether the script separates words with spaces. Korean does; Chinese, Japanese and Thai
     * run words together, so word counts there come from characters (see
     * {@link dev.pith.util.TextMetrics}).
     */
    public boolean spaceSeparated() {
        return this != HAN && this != JAPANESE && this != THAI;
    }
}
