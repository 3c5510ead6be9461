package dev.pith.meta;

import dev.pith.lang.LanguageData;
import dev.pith.util.Chars;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-language word lists the metadata sources read, from
 * {@code dev/pith/lang/<language>/<kind>.txt} (UTF-8, one entry per line, {@code #} starts a
 * comment). Entries of {@code byline.txt} and {@code date-words.txt} are {@code group: phrase};
 * those of {@code months.txt} are {@code number: spelling}. Loaded once per kind and group.
 *
 * <p>Metadata reads the words of every language at once rather than those of the page's
 * declared language: pages often declare none or the wrong one (a German page in an English
 * theme), and a byline or date word of one language is rarely anything else in another.
 * Entries are NFC-normalised and lower-cased, as the page text they are compared with.
 */
final class WordLists {

    /**
     * The languages with word lists, those of {@link LanguageData#CODES}, English first: on a clash
     * of spellings the earlier language wins ("listopad" is November in Polish, October in Croatian).
     */
    static final List<String> LANGUAGES = LanguageData.CODES;

    private static final Map<String, List<Entry>> LOADED = new ConcurrentHashMap<>();

    /** One line of a word list: its group (or month number) and its phrase. */
    record Entry(String language, String group, String phrase) {
    }

    private WordLists() {
    }

    /** The phrases of one group in every language, longest first (so alternations try them first). */
    static List<String> phrases(String kind, String group) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries(kind)) {
            if (e.group().equals(group)) {
                out.add(e.phrase());
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /** The phrases of one group for one language, in file order. */
    static List<String> phrases(String kind, String group, String language) {
        return entries(kind).stream()
                .filter(e -> e.language().equals(language) && e.group().equals(group))
                .map(Entry::phrase)
                .toList();
    }

    /**
     * An alternation of a group's phrases for a regular expression, quoted, longest first:
     * {@code (?:veröffentlicht am|published|…)}, guarded by first letter ({@link PhraseAlternation}).
     * Spaces in a phrase match any white space.
     */
    static String alternation(String kind, String group) {
        return PhraseAlternation.of(phrases(kind, group));
    }

    /** Every entry of one kind, in {@link #LANGUAGES} order then file order. */
    static List<Entry> entries(String kind) {
        return LOADED.computeIfAbsent(kind, WordLists::load);
    }

    /** How page text is compared with the lists: NFC, lower case. */
    static String normalise(String s) {
        return (Chars.isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    private static List<Entry> load(String kind) {
        List<Entry> out = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String line : lines(language, kind)) {
                int colon = line.indexOf(':', 1);
                if (colon > 0) {
                    // the phrase may itself end in a colon ("published:"): split at the first one
                    out.add(new Entry(language, line.substring(0, colon).strip(), normalise(line.substring(colon + 1).strip())));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Not every language has every kind (Swedish has months but no date words): then none. */
    private static List<String> lines(String language, String kind) {
        return LanguageData.entries(language, kind);
    }
}
