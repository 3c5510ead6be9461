package dev.pith.clean;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds any of many fixed phrases in a line in one pass, ignoring case, without regular
 * expressions: phrases are indexed by the first characters of their first word, and each word
 * start of the line probes that index. A phrase ending in {@code *} matches as a prefix
 * ({@code subscri*} matches "subscribe" and "subscription"); otherwise it must end at a word
 * boundary. Java's regex alternation tries every branch at every position, which made calls
 * to action the bottleneck of cleaning; the line is lower-cased character by character as it
 * is compared, since a lower-case copy of every line cost as much as the matching. Chinese and
 * Japanese runs have no word starts inside them: a phrase is found at the start of a run (of
 * the line, or after punctuation or a space), and phrases for them end in {@code *}.
 */
final class PhraseMatcher {

    /** Characters of a word's start used as the index key. */
    private static final int KEY_CHARS = 4;

    /** A phrase in lower case, without its {@code *}, and the index of the list it belongs to. */
    private record Phrase(String text, boolean prefix, int list) {
    }

    private final long[] keys;
    private final Phrase[][] phrases;
    private final int mask;
    private final int lists;

    /** @param phraseList phrases in lower case, {@code *} at the end for a prefix */
    PhraseMatcher(Collection<String> phraseList) {
        this(List.of(phraseList));
    }

    /**
     * One matcher for several lists, so that a line is scanned once for all of them.
     *
     * @param phraseLists lists of phrases in lower case, {@code *} at the end for a prefix
     */
    PhraseMatcher(List<? extends Collection<String>> phraseLists) {
        int total = phraseLists.stream().mapToInt(Collection::size).sum();
        int size = Integer.highestOneBit(Math.max(4, total) * 4);
        keys = new long[size];
        phrases = new Phrase[size][];
        mask = size - 1;
        lists = phraseLists.size();
        for (int l = 0; l < lists; l++) {
            for (String p : phraseLists.get(l)) {
                long key = key(p, 0);
                int slot = slot(key);
                Phrase[] old = phrases[slot];
                List<Phrase> list = new ArrayList<>(old == null ? List.of() : List.of(old));
                boolean prefix = p.endsWith("*");
                list.add(new Phrase(prefix ? p.substring(0, p.length() - 1) : p, prefix, l));
                keys[slot] = key;
                phrases[slot] = list.toArray(Phrase[]::new);
            }
        }
    }

    /** True when a phrase occurs in {@code text}, in any case. */
    boolean find(String text) {
        return count(text, 1) > 0;
    }

    /** How many phrase occurrences {@code text} holds, in any case, counting up to {@code enough}. */
    int count(String text, int enough) {
        return count(text, new int[] {enough})[0];
    }

    /**
     * How many occurrences of each list's phrases {@code text} holds, in any case; the scan
     * stops once every list has {@code enough} of its own (counts may then exceed it).
     */
    int[] count(String text, int[] enough) {
        return count(text, enough, new int[lists]);
    }

    /**
     * {@link #count(String, int[])}, also noting in {@code lastEnd} where the last occurrence of
     * each list's phrases ends (untouched for a list without one): a list whose
     * {@code enough} is {@link Integer#MAX_VALUE} is followed to the end of the line.
     */
    int[] count(String text, int[] enough, int[] lastEnd) {
        int[] found = new int[lists];
        int unmet = 0;
        for (int l = 0; l < lists; l++) {
            unmet += enough[l] > 0 ? 1 : 0;
        }
        int n = text.length();
        int i = 0;
        while (i < n && unmet > 0) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            // phrases start at word starts or at a symbol, never inside a word: read a word's key and skip it
            int at = i;
            long key = 1;
            if (isWordChar(c)) {
                do {
                    if (i - at < KEY_CHARS) {
                        key = key << 16 | Chars.toLowerCase(text.charAt(i));
                    }
                    i++;
                } while (i < n && isWordChar(text.charAt(i)));
            } else {
                key = key << 16 | Chars.toLowerCase(c);
                i++;
            }
            unmet -= matchAll(text, at, probe(key), found, enough, lastEnd);
            if (isUnspaced(c)) {
                // a run of Chinese or Japanese holds no word boundaries: a phrase shorter than the key may open it
                for (int len = 2; len < KEY_CHARS && len < i - at; len++) {
                    unmet -= matchAll(text, at, probe(key(text, at, len)), found, enough, lastEnd);
                }
            }
        }
        return found;
    }

    /** Counts the phrases of a slot that match at {@code at}; returns how many lists reached {@code enough}. */
    private int matchAll(String text, int at, int slot, int[] found, int[] enough, int[] lastEnd) {
        int met = 0;
        if (slot >= 0) {
            for (Phrase p : phrases[slot]) {
                if (matchesAt(text, at, p)) {
                    lastEnd[p.list()] = Math.max(lastEnd[p.list()], at + p.text().length());
                    if (++found[p.list()] == enough[p.list()]) {
                        met++;
                    }
                }
            }
        }
        return met;
    }

    private static boolean isUnspaced(char c) {
        return c >= LineFeatures.FIRST_UNSPACED && TextMetrics.isUnspacedScript(c);
    }

    /**
     * Where the longest phrase that starts exactly at {@code at} ends in {@code text}, in any
     * case, or -1 when none does: for phrases that must open a line.
     */
    int endOfPhraseAt(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        int end = longestAt(text, at, probe(key(text, at)), -1);
        if (isUnspaced(text.charAt(at))) {
            for (int len = 2; len < KEY_CHARS; len++) {
                end = longestAt(text, at, probe(key(text, at, len)), end);
            }
        }
        return end;
    }

    private int longestAt(String text, int at, int slot, int end) {
        if (slot >= 0) {
            for (Phrase p : phrases[slot]) {
                if (matchesAt(text, at, p)) {
                    end = Math.max(end, at + p.text().length());
                }
            }
        }
        return end;
    }

    private static boolean matchesAt(String s, int at, Phrase phrase) {
        String p = phrase.text();
        int len = p.length();
        if (at + len > s.length()) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (Chars.toLowerCase(s.charAt(at + j)) != p.charAt(j)) {
                return false;
            }
        }
        int end = at + len;
        return phrase.prefix() || end >= s.length() || !isWordChar(s.charAt(end)) || !isWordChar(p.charAt(len - 1));
    }

    private static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c);
    }

    /** Up to {@link #KEY_CHARS} lower-cased characters of the word starting at {@code at}, packed in a long. */
    private static long key(String s, int at) {
        return key(s, at, KEY_CHARS);
    }

    /** The key of at most {@code chars} characters of the word starting at {@code at}. */
    private static long key(String s, int at, int chars) {
        long key = 1;
        boolean word = isWordChar(s.charAt(at));
        int end = Math.min(s.length(), at + chars);
        for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            if (c == '*' || i > at && (!word || !isWordChar(c))) {
                break;
            }
            key = key << 16 | Chars.toLowerCase(c);
        }
        return key;
    }

    private int slot(long key) {
        int slot = hash(key) & mask;
        while (phrases[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int probe(long key) {
        int slot = hash(key) & mask;
        while (phrases[slot] != null) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
