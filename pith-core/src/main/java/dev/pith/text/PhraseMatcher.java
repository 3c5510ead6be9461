package dev.pith.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds any of many fixed phrases in a lower-case line in one pass, without regular
 * expressions: phrases are indexed by the first characters of their first word, and each word
 * start of the line probes that index. A phrase ending in {@code *} matches as a prefix
 * ({@code subscri*} matches "subscribe" and "subscription"); otherwise it must end at a word
 * boundary. Java's regex alternation tries every branch at every position, which made calls
 * to action the bottleneck of cleaning.
 */
final class PhraseMatcher {

    /** Characters of a word's start used as the index key. */
    private static final int KEY_CHARS = 4;

    private final long[] keys;
    private final String[][] phrases;
    private final int mask;

    PhraseMatcher(Collection<String> phraseList) {
        int size = Integer.highestOneBit(Math.max(4, phraseList.size()) * 4);
        keys = new long[size];
        phrases = new String[size][];
        mask = size - 1;
        for (String p : phraseList) {
            long key = key(p, 0);
            int slot = slot(key);
            String[] old = phrases[slot];
            List<String> list = new ArrayList<>(old == null ? List.of() : List.of(old));
            list.add(p);
            keys[slot] = key;
            phrases[slot] = list.toArray(String[]::new);
        }
    }

    /** True when a phrase occurs in {@code lower} (which the caller has lower-cased). */
    boolean find(String lower) {
        return count(lower, 1) > 0;
    }

    /** How many phrase occurrences {@code lower} holds, counting up to {@code enough}. */
    int count(String lower, int enough) {
        int found = 0;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c == ' ' || i > 0 && isWordChar(lower.charAt(i - 1)) && isWordChar(c)) {
                continue;
            }
            long key = key(lower, i);
            int slot = probe(key);
            if (slot >= 0) {
                for (String p : phrases[slot]) {
                    if (matchesAt(lower, i, p) && ++found >= enough) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(String s, int at, String phrase) {
        boolean prefix = phrase.endsWith("*");
        int len = prefix ? phrase.length() - 1 : phrase.length();
        if (!s.regionMatches(at, phrase, 0, len)) {
            return false;
        }
        int end = at + len;
        return prefix || end >= s.length() || !isWordChar(s.charAt(end)) || !isWordChar(phrase.charAt(len - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Up to {@link #KEY_CHARS} characters of the word starting at {@code at}, packed in a long. */
    private static long key(String s, int at) {
        long key = 1;
        for (int i = at; i < s.length() && i < at + KEY_CHARS; i++) {
            char c = s.charAt(i);
            if (c == '*' || i > at && (!isWordChar(c) || !isWordChar(s.charAt(at)))) {
                break;
            }
            key = key << 16 | c;
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
