package dev.pith.clean;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;

/**
 * What one line (or paragraph) of plain text shows about itself, measured in one pass.
 *
 * @param text            the line, white space collapsed
 * @param words           script-aware word count ({@link TextMetrics#words})
 * @param tokens          runs of letters or digits (spaced scripts)
 * @param capitalized     tokens starting with an upper-case letter
 * @param stopHits        stop-word hits per language, indexed like {@link StopWords#LANGUAGES}
 * @param sentenceMarks   sentence and clause punctuation ({@link TextMetrics.Counts#stops})
 * @param commas          commas, Latin and CJK
 * @param separators      menu and breadcrumb separators: {@code | · • >}, and guillemets pointing one way only
 * @param unspaced        characters of scripts written without spaces
 * @param terminal        true when the line ends like a sentence ({@code . ! ? …} or a closing quote after one)
 */
public record LineFeatures(String text, int words, int tokens, int capitalized, int[] stopHits,
                           int sentenceMarks, int commas, int separators, int unspaced, boolean terminal) {

    /** Measures a line in one pass over its characters. */
    public static LineFeatures of(String text) {
        int[] hits = new int[StopWords.LANGUAGES.size()];
        int tokens = 0;
        int capitalized = 0;
        int separators = 0;
        int rightAngles = 0;
        int leftAngles = 0;
        int sentenceMarks = 0;
        int commas = 0;
        int latinWords = 0;
        boolean inLatinWord = false;
        boolean complex = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                int start = i;
                int hash = 0; // the stop-word hash of the lower-cased word, built while scanning it
                while (i < n) {
                    char w = text.charAt(i);
                    if (!isWordChar(w)) {
                        break;
                    }
                    complex |= needsScriptLookup(w);
                    hash = 31 * hash + Chars.toLowerCase(w);
                    i++;
                }
                if (!inLatinWord) {
                    latinWords++;
                }
                inLatinWord = true;
                if (c >= FIRST_UNSPACED && (Character.isHighSurrogate(c) || TextMetrics.isUnspacedScript(c))) {
                    continue;
                }
                tokens++;
                if (Chars.isUpperCase(c)) {
                    capitalized++;
                }
                int mask = StopWords.mask(text, start, i, hash);
                while (mask != 0) {
                    hits[Integer.numberOfTrailingZeros(mask)]++;
                    mask &= mask - 1;
                }
                continue;
            }
            if (c != '\'' && c != '\u2019' && c != '-') {
                inLatinWord = false; // like TextMetrics.words: a hyphen or apostrophe does not end a word
            }
            switch (c) {
                case '|', '·', '•', '>' -> separators++;
                case '»', '›' -> rightAngles++;
                case '«', '‹' -> leftAngles++;
                // the sentence and comma sets of TextMetrics.count
                case '.', '!', '?', ';', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964' -> sentenceMarks++;
                case ',', '\uFF0C', '\u3001', '\u060C' -> commas++;
                default -> { }
            }
            i++;
        }
        // Guillemets both ways are quotation marks (German »…«, French «…»); a breadcrumb's point one way.
        if (rightAngles == 0 || leftAngles == 0) {
            separators += rightAngles + leftAngles;
        }
        int words = complex ? TextMetrics.words(text) : latinWords;
        int unspaced = complex ? countUnspaced(text, 0, n) : 0;
        return new LineFeatures(text, words, tokens, capitalized, hits, sentenceMarks, commas, separators,
                unspaced, endsLikeSentence(text));
    }

    /** Thai, the first script written without spaces; below it no lookup is needed. */
    static final char FIRST_UNSPACED = '\u0E00';

    /**
     * True for characters whose script or combining class changes the word count: combining
     * marks and everything from Hebrew on (Arabic, Indic, Thai, CJK). Latin, Greek and Cyrillic
     * text is counted in the scanning loop exactly as {@link TextMetrics#words} counts it,
     * without the Unicode script lookup per character that made counting a third of the time.
     */
    static boolean needsScriptLookup(char c) {
        return c >= '\u0300' && c < '\u0370' || c >= '\u0483' && c < '\u048A' || c >= '\u0590' && c != '\u2019';
    }

    /** Letters, digits, apostrophes, surrogates and combining marks continue a word. */
    private static boolean isWordChar(char c) {
        if (c < Chars.ASCII_END) {
            return Chars.isLetterOrDigit(c) || c == '\'';
        }
        if (Character.isLetterOrDigit(c) || c == '’' || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static int countUnspaced(String text, int start, int end) {
        int count = 0;
        for (int j = start; j < end; ) {
            int cp = text.codePointAt(j);
            j += Character.charCount(cp);
            if (TextMetrics.isUnspacedScript(cp)) {
                count++;
            }
        }
        return count;
    }

    /** True when the last visible character closes a sentence. */
    static boolean endsLikeSentence(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '”', '’', '\'', ')', ']', '»', '«', ' ' -> {
                    continue;
                }
                case '.', '!', '?', '…', '。', '！', '？', '؟', '।', ':' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** Share of tokens that are stop words of the language with this index, 0 without tokens. */
    public double stopDensity(int language) {
        return language < 0 || tokens == 0 ? 0 : (double) stopHits[language] / tokens;
    }

    /**
     * The highest stop-word share of any language: a quotation, a bilingual paragraph or a page
     * whose language was misread is still prose in its own language.
     */
    public double bestStopDensity() {
        int best = 0;
        for (int hits : stopHits) {
            best = Math.max(best, hits);
        }
        return tokens == 0 ? 0 : (double) best / tokens;
    }

    /** True when most of the line is in a script written without spaces (Chinese, Japanese, Thai…). */
    public boolean mostlyUnspaced() {
        return unspaced > tokens;
    }

    /** Share of tokens that start with a capital letter: high in menus, titles and name lists. */
    public double capitalizedShare() {
        return tokens == 0 ? 0 : (double) capitalized / tokens;
    }
}
