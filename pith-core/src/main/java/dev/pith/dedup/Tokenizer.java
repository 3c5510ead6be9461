package dev.pith.dedup;

import dev.pith.util.TextMetrics;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into lines and hashed tokens in one pass. A token is a run of letters or digits,
 * lower-cased; in scripts written without spaces (Chinese, Japanese, Thai…) every character is
 * a token, so shingles there are character k-grams. Lines in Latin, Greek or Cyrillic script
 * (with any punctuation), the bulk of most corpora, are hashed straight from the input without
 * building strings; other lines are first put through {@link TextNormalizer#line} (NFKC, case). Quotes, dashes and
 * white space separate tokens and so never affect them. At most {@link #MAX_TOKENS} tokens.
 */
public final class Tokenizer {

    /** Tokens beyond this are not compared: bounds time and memory on a pathological document. */
    public static final int MAX_TOKENS = 2_000_000;
    /** The first code point of any script {@link TextMetrics#isUnspacedScript} accepts (Thai). */
    private static final int FIRST_UNSPACED = 0x0E00;
    /** Characters scanned between checks of the token buffer's room and {@link #MAX_TOKENS}. */
    private static final int BLOCK = 1 << 16;
    /** Texts up to this many characters are tokenized in per-thread buffers. */
    private static final int REUSE_CHARS = BLOCK;
    /** Position weights of {@link #tokenHash}; a token's characters 64 apart share a weight,
     *  which only tokens longer than 64 letters (no words) can notice. */
    private static final int WEIGHTS = 64;
    private static final long[] WEIGHT = new long[WEIGHTS];

    /** The fast path covers Latin, Greek and Cyrillic: characters below this. */
    private static final int FAST_LIMIT = 0x0530;
    /** In {@link #FAST_CHAR}: the character separates tokens. */
    private static final char SEPARATOR = 0;
    /** In {@link #FAST_CHAR}: a line break (this and {@link #SLOW} are the values ≥ it). */
    private static final char LINE_BREAK = 0xFFFE;
    /** In {@link #FAST_CHAR}: the character needs the Unicode path (NFKC changes it, it combines
     *  with its neighbour, or its lower case depends on context, like a final sigma). */
    private static final char SLOW = 0xFFFF;
    /** Per character below {@link #FAST_LIMIT}: its lower-case form if it belongs to a token,
     *  else {@link #SEPARATOR} or {@link #SLOW}; derived from the JDK's own Unicode tables, so
     *  both paths give the same tokens by construction. */
    private static final char[] FAST_CHAR = new char[FAST_LIMIT];

    static {
        for (char c = 0; c < FAST_LIMIT; c++) {
            FAST_CHAR[c] = classify(c);
        }
        FAST_CHAR['\n'] = LINE_BREAK;
        FAST_CHAR['\r'] = LINE_BREAK;
        long seed = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < WEIGHTS; i++) {
            seed += Hash64.GOLDEN;
            WEIGHT[i] = Hash64.mix(seed) | 1;
        }
    }

    private static char classify(char c) {
        String one = String.valueOf(c);
        int type = Character.getType(c);
        boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        String nfkc = Normalizer.normalize(one, Normalizer.Form.NFKC);
        // a no-break space is a space under NFKC: a separator, not a reason for the Unicode path
        if (!combining && nfkc.isBlank()) {
            return SEPARATOR;
        }
        if (combining || c == '\u03A3' || !nfkc.equals(one)) {
            return SLOW;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        String lower = one.toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : SLOW;
    }

    private long[] hashes;
    private int[] lineEnds = new int[32];
    private int count;
    private int lines;

    private Tokenizer(long[] hashes) {
        this.hashes = hashes;
    }

    /** Per-thread buffers for the characters and raw token hashes of texts of up to
     *  {@link #REUSE_CHARS}: most documents then allocate (and zero) only their results. */
    private static final class Scratch {
        final char[] chars = new char[REUSE_CHARS];
        final long[] hashes = new long[REUSE_CHARS / 2 + 2];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The tokens of {@code text}. */
    public static Tokens tokenize(String text) {
        int n = text.length();
        Tokenizer t;
        char[] chars;
        if (n <= REUSE_CHARS) {
            Scratch scratch = SCRATCH.get();
            text.getChars(0, n, scratch.chars, 0);
            chars = scratch.chars;
            t = new Tokenizer(scratch.hashes);
        } else {
            chars = text.toCharArray();
            t = new Tokenizer(new long[BLOCK / 2 + 2]);
        }
        t.scan(text, chars, n);
        for (int i = 0; i < t.count; i++) {
            t.hashes[i] = Hash64.mix(t.hashes[i]);
        }
        return new Tokens(Arrays.copyOf(t.hashes, t.count), Arrays.copyOf(t.lineEnds, t.lines));
    }

    /**
     * One pass over the text, in blocks of {@link #BLOCK} characters. Characters of the fast
     * table are lower-cased and summed in place into the raw form of {@link #tokenHash}
     * without a branch per character (token boundaries are unpredictable, and mispredicted
     * branches cost more than the arithmetic): every character rewrites the current token's
     * slot, and a separator after a token moves to the next slot. Line breaks and characters
     * outside the table take a rare branch; at the first character that needs the Unicode
     * path, the current line's tokens are dropped and the whole line is redone there.
     */
    private void scan(String text, char[] s, int n) {
        int lineStart = 0;
        int lineTokens = 0;
        int count = 0;
        long h = 0;
        int len = 0;
        int inToken = 0;
        int i = 0;
        while (i < n && count < MAX_TOKENS) {
            int blockEnd = Math.min(n, i + BLOCK);
            long[] out = room(count, blockEnd - i);
            int t = SEPARATOR;
            // the hot loop stays a plain counted loop (no jumps of i) so the JIT unrolls it
            for (; i < blockEnd; i++) {
                char c = s[i];
                t = c < FAST_LIMIT ? FAST_CHAR[c] : isPunctuation(c) ? SEPARATOR : SLOW;
                if (t >= LINE_BREAK) {
                    break;
                }
                // branch-free: in = 1 inside a token; a token ends where in drops from 1 to 0
                int in = (t + 0xFFFF) >>> 16;
                count += inToken & (in ^ 1);
                long mask = -(long) in;
                h = (h + t * WEIGHT[len & (WEIGHTS - 1)]) & mask;
                len = (len + 1) & (int) mask;
                out[count] = h + len;
                inToken = in;
            }
            if (i == blockEnd) {
                continue;
            }
            count += inToken;
            h = 0;
            len = 0;
            inToken = 0;
            if (t == SLOW) {
                // a character for the Unicode path: redo its whole line there
                int end = lineEnd(s, i, n);
                this.count = lineTokens;
                unicode(TextNormalizer.line(text.substring(lineStart, end)));
                count = this.count;
                i = end;
            }
            endLine(lineTokens, count);
            i++;
            lineStart = i;
            lineTokens = count;
        }
        this.count = Math.min(MAX_TOKENS, count + inToken);
        endLine(lineTokens, this.count);
        clampLines();
    }

    /** The token buffer, grown to take the tokens of {@code chars} more characters after
     *  {@code count}: at most one per two characters, plus the slot being written. */
    private long[] room(int count, int chars) {
        int need = count + Math.max(0, chars) / 2 + 2;
        if (hashes.length < need) {
            hashes = Arrays.copyOf(hashes, Math.max(need, Math.min(2 * hashes.length, MAX_TOKENS + BLOCK)));
        }
        return hashes;
    }

    /** Past {@link #MAX_TOKENS}, the last block's lines end at the cut. */
    private void clampLines() {
        int kept = 0;
        for (int line = 0; line < lines; line++) {
            int end = Math.min(lineEnds[line], count);
            if (end > (kept == 0 ? 0 : lineEnds[kept - 1])) {
                lineEnds[kept++] = end;
            }
        }
        lines = kept;
    }

    private static int lineEnd(char[] s, int from, int n) {
        int i = from;
        while (i < n && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Closes a line that started at token {@code first}; lines without tokens are not lines. */
    private void endLine(int first, int count) {
        if (count > first) {
            if (lines == lineEnds.length) {
                lineEnds = Arrays.copyOf(lineEnds, lines * 2);
            }
            lineEnds[lines++] = count;
        }
    }

    /** The hash of one token string, as the tokenizer computes it: a sum of its characters
     *  weighted by position (a universal hash) plus its length, through the {@link Hash64#mix}
     *  avalanche. */
    public static long tokenHash(CharSequence s, int from, int to) {
        return Hash64.mix(rawHash(s, from, to));
    }

    private static long rawHash(CharSequence s, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            h += s.charAt(i) * WEIGHT[(i - from) & (WEIGHTS - 1)];
        }
        return h + (to - from);
    }

    /** No-break space and the General Punctuation block (curly quotes, dashes, ellipsis):
     *  separators, whatever NFKC makes of them. */
    private static boolean isPunctuation(char c) {
        return c == '\u00A0' || c >= '\u2000' && c <= '\u206F';
    }

    private void unicode(String line) {
        int i = 0;
        int len = line.length();
        while (i < len) {
            int cp = line.codePointAt(i);
            int cpLen = Character.charCount(cp);
            if (isUnspaced(cp)) {
                add(rawHash(line, i, i + cpLen));
                i += cpLen;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                i += cpLen;
                while (i < len) {
                    int c = line.codePointAt(i);
                    if (!Character.isLetterOrDigit(c) || isUnspaced(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                add(rawHash(line, start, i));
            } else {
                i += cpLen;
            }
        }
    }

    private static boolean isUnspaced(int cp) {
        return cp >= FIRST_UNSPACED && TextMetrics.isUnspacedScript(cp);
    }

    /** Appends a token's raw hash (mixed at the end of {@link #tokenize}). */
    private void add(long hash) {
        if (count == MAX_TOKENS) {
            return;
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
    }
}
