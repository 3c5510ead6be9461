package dev.pith.lang;

import dev.pith.util.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A list of phrases from the per-language data files, and the questions rules ask of a text.
 * Texts and phrases are compared after {@link #normalize}: NFKC, then lower case.
 *
 * <p>A line of a data file is a phrase found anywhere in a text ("newsletter"); {@code ^phrase}
 * only at the start ("read more"), {@code =phrase} only as the whole text, ignoring punctuation
 * at its end ("share:"), {@code ~phrase} anywhere, even inside a word (the tail of a German
 * compound: "Musiknewsletter"). A phrase in a spaced script must otherwise start a word
 * ("teilen" is not found in "mitteilen"); when anchored at the start it must also end one.
 */
public final class Phrases {

    /** What Turkish İ leaves after a locale-independent lower-casing: i and this mark. */
    private static final char COMBINING_DOT_ABOVE = '\u0307';
    private static final String DOTTED_I = "i\u0307";

    /**
     * A list of at most this many phrases is first searched for each phrase as a plain substring
     * ({@link #fewPhrases}); a longer list would cost more that way than its walk over the text.
     */
    private static final int FEW_PHRASES = 48;

    /** No phrases: every question answers false. */
    public static final Phrases NONE = new Phrases(List.of(), List.of(), List.of(), List.of());

    /**
     * The phrases that are a whole text, by their length: a text is compared with the few of
     * its own length instead of some 250 (the English calls to action), for every block.
     */
    private final String[][] wholesByLength;
    /**
     * The phrases found anywhere that start with a character of a spaced script (a letter, or a
     * symbol such as "©"), by that character: they can only start at the start of a word, so one
     * pass over the words of a text finds them, however many phrases the lists of every language
     * add up to.
     */
    private final ByInitial byInitial;
    /** The phrases found anywhere that start with a character of a script without spaces (CJK, Thai): at any place. */
    private final ByInitial unspaced;
    /** Phrases found inside words too: searched for anywhere in the text. */
    private final String[] inWords;
    /** The phrases that open a text, by their first character. */
    private final ByInitial openingsByInitial;
    /** Every label by its first character: {@link #opensWithLabel} asks at one place of the text. */
    private final ByInitial labelsByFirst;
    /** Every label by its last character: {@link #labels} asks where a text's colons are. */
    private final ByInitial labelsByLast;
    /**
     * Every phrase of a short list (at most {@link #FEW_PHRASES}), else null. Whatever its marker,
     * a phrase matches only where the text holds it as written, so a text that holds none of them
     * matches none: {@link #matches} asks that first. One {@link String#indexOf} per phrase runs
     * vectorised, and at once for a phrase in a script the text does not use, where the walk over
     * the text asks at every character: the cookie gate (some 30 phrases in 33 languages, one of
     * them found inside words) is asked of nearly every block.
     */
    private final String[] fewPhrases;

    private Phrases(List<String> anywhere, List<String> openings, List<String> wholes, List<String> inWords) {
        this.wholesByLength = byLength(wholes);
        // the phrases found anywhere, those that open a text and the whole texts: the labels
        List<String> labels = new ArrayList<>(anywhere);
        labels.addAll(openings);
        labels.addAll(wholes);
        List<String> unspacedStarts = new ArrayList<>();
        List<String> anchored = new ArrayList<>();
        for (String a : anywhere) {
            (spaced(a.charAt(0)) ? anchored : unspacedStarts).add(a);
        }
        // a phrase found inside words is searched for as such only, even if it is also listed plainly
        Set<String> inWordSet = Set.copyOf(inWords);
        anchored.removeAll(inWordSet);
        unspacedStarts.removeAll(inWordSet);
        this.byInitial = new ByInitial(anchored);
        this.unspaced = new ByInitial(unspacedStarts);
        this.inWords = inWords.toArray(String[]::new);
        this.openingsByInitial = new ByInitial(openings);
        this.labelsByFirst = new ByInitial(labels);
        this.labelsByLast = ByInitial.byLast(labels);
        Set<String> every = new LinkedHashSet<>(labels);
        every.addAll(inWords);
        this.fewPhrases = every.size() <= FEW_PHRASES ? every.toArray(String[]::new) : null;
    }

    /**
     * Phrases by their first character. Rules ask at the start of every word of every block, so
     * the initials of the alphabets up to Cyrillic index an array; a small open-addressing table
     * keyed by the character itself holds the rest, behind a filter of the initials it holds.
     * (A map boxed each character asked and hashed it: text in a script written without spaces
     * asks at every character, and the boxing cost more than the lists' comparisons.)
     * With each list, the phrases' second characters: the lists of every language share their
     * initials, and a phrase whose second character is not the text's is passed over without a
     * comparison.
     */
    private static final class ByInitial {

        /** Initials below this index the array: Latin, Greek and Cyrillic letters. */
        private static final int DENSE_END = 0x0530;
        /** Bits of the filter of the map's initials (a power of two). */
        private static final int FILTER_BITS = 1024;
        /** Fibonacci hashing's multiplier, which spreads the initials over the table's slots. */
        private static final int SPREAD = 0x9E3779B9;

        /**
         * The phrases with one initial, in list order; whether one of them is that character
         * alone; and the longer ones by their second character ({@code seconds} sorted, each
         * with its phrases in {@code bySecond}). The lists of every language share their initials,
         * and looking the text's second character up passes over the phrases that cannot start
         * there without reading each of them, at the start of every word of every block.
         */
        private record Initial(String[] phrases, boolean single, char[] seconds, String[][] bySecond) {

            static Initial of(List<String> phrases) {
                TreeMap<Character, List<String>> bySecond = new TreeMap<>();
                boolean single = false;
                for (String p : phrases) {
                    if (p.length() == 1) {
                        single = true;
                    } else {
                        bySecond.computeIfAbsent(p.charAt(1), k -> new ArrayList<>()).add(p);
                    }
                }
                char[] seconds = new char[bySecond.size()];
                String[][] lists = new String[bySecond.size()][];
                int i = 0;
                for (Map.Entry<Character, List<String>> e : bySecond.entrySet()) {
                    seconds[i] = e.getKey();
                    lists[i++] = e.getValue().toArray(String[]::new);
                }
                return new Initial(phrases.toArray(String[]::new), single, seconds, lists);
            }
        }

        private final Initial[] dense;
        /** The initials past the array, at their slots ({@link #slot}); empty slots hold a null initial. */
        private final char[] sparseKeys;
        private final Initial[] sparseInitials;
        private final long[] sparseFilter = new long[FILTER_BITS / Long.SIZE];

        ByInitial(List<String> phrases) {
            this(phrases, false);
        }

        /** Phrases by their last character instead. */
        static ByInitial byLast(List<String> phrases) {
            return new ByInitial(phrases, true);
        }

        /** By the first character or, {@code byLast}, the last; the order of a list is the phrases' order. */
        private ByInitial(List<String> phrases, boolean byLast) {
            Map<Character, List<String>> lists = new HashMap<>();
            phrases.forEach(p -> lists.computeIfAbsent(p.charAt(byLast ? p.length() - 1 : 0),
                    k -> new ArrayList<>()).add(p));
            int denseLength = 0;
            for (char c : lists.keySet()) {
                if (c < DENSE_END) {
                    denseLength = Math.max(denseLength, c + 1);
                }
            }
            this.dense = new Initial[denseLength];
            Map<Character, Initial> others = new HashMap<>();
            for (Map.Entry<Character, List<String>> entry : lists.entrySet()) {
                char c = entry.getKey();
                List<String> list = entry.getValue();
                Initial initial = Initial.of(list);
                if (c < dense.length) {
                    dense[c] = initial;
                } else {
                    others.put(c, initial);
                    sparseFilter[(c & (FILTER_BITS - 1)) >>> 6] |= 1L << c;
                }
            }
            int slots = Integer.highestOneBit(Math.max(1, others.size()) * 2) * 2;
            this.sparseKeys = new char[slots];
            this.sparseInitials = new Initial[slots];
            others.forEach((c, initial) -> {
                int at = slot(c);
                while (sparseInitials[at] != null) {
                    at = (at + 1) & (slots - 1);
                }
                sparseKeys[at] = c;
                sparseInitials[at] = initial;
            });
        }

        /** The phrases starting with {@code c}, or null for none. */
        String[] get(char c) {
            Initial initial = initial(c);
            return initial == null ? null : initial.phrases();
        }

        /** True when one of the phrases starts at {@code at} in {@code text}. */
        boolean anyStartsAt(String text, int at) {
            Initial initial = initial(text.charAt(at));
            if (initial == null) {
                return false;
            }
            if (initial.single()) {
                // a phrase of one character starts wherever that character stands
                return true;
            }
            int second = at + 1 < text.length() ? Arrays.binarySearch(initial.seconds(), text.charAt(at + 1)) : -1;
            if (second < 0) {
                return false;
            }
            for (String phrase : initial.bySecond()[second]) {
                if (text.startsWith(phrase, at)) {
                    return true;
                }
            }
            return false;
        }

        private Initial initial(char c) {
            if (c < dense.length) {
                return dense[c];
            }
            boolean maybe = c >= DENSE_END && (sparseFilter[(c & (FILTER_BITS - 1)) >>> 6] & 1L << c) != 0;
            return maybe ? sparseInitial(c) : null;
        }

        private Initial sparseInitial(char c) {
            for (int at = slot(c); sparseInitials[at] != null; at = (at + 1) & (sparseKeys.length - 1)) {
                if (sparseKeys[at] == c) {
                    return sparseInitials[at];
                }
            }
            return null;
        }

        /** Where the table's probe for {@code c} starts: neighbouring characters of a script spread apart. */
        private int slot(char c) {
            return (c * SPREAD) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(sparseKeys.length));
        }
    }

    /** The phrases by their length: entry {@code n} holds those of {@code n} characters, in list order. */
    private static String[][] byLength(List<String> phrases) {
        int longest = phrases.stream().mapToInt(String::length).max().orElse(-1);
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            out[n] = phrases.stream().filter(p -> p.length() == length).toArray(String[]::new);
        }
        return out;
    }

    /** Phrases from data-file lines (markers as in the class comment); blank lines and {@code #} comments skipped. */
    public static Phrases of(Collection<String> lines) {
        // sets keep the first of repeated phrases in file order without a search of the list per line:
        // the lists of every language together hold some thousand lines a kind
        Set<String> anywhere = new LinkedHashSet<>();
        Set<String> openings = new LinkedHashSet<>();
        Set<String> wholes = new LinkedHashSet<>();
        Set<String> inWords = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            switch (line.charAt(0)) {
                case '^' -> addNew(openings, normalize(line.substring(1).strip()));
                case '=' -> addNew(wholes, normalize(line.substring(1).strip()));
                case '~' -> addNew(inWords, normalize(line.substring(1).strip()));
                default -> addNew(anywhere, normalize(line));
            }
        }
        return new Phrases(List.copyOf(anywhere), List.copyOf(openings), List.copyOf(wholes), List.copyOf(inWords));
    }

    private static void addNew(Set<String> phrases, String phrase) {
        if (!phrase.isEmpty()) {
            phrases.add(phrase);
        }
    }

    /**
     * The form texts and phrases are compared in: NFKC (full-width letters, ligatures), lower
     * case, and no space before a colon ("Category : News", as French typography sets it, is
     * "category: news").
     */
    public static String normalize(String text) {
        String s = NfkcText.normalize(text).toLowerCase(Locale.ROOT).strip();
        if (s.indexOf(COMBINING_DOT_ABOVE) >= 0) {
            // Turkish capital İ lower-cases, outside a Turkish locale, to i and a combining dot:
            // "İlgili Haberler" must still read as "ilgili haberler"
            s = s.replace(DOTTED_I, "i");
        }
        return s.indexOf(" :") >= 0 ? s.replace(" :", ":") : s;
    }

    /** True when a phrase occurs in {@code text} as its marker says; {@code text} already {@link #normalize normalized}. */
    public boolean matches(String text) {
        if (fewPhrases != null && !holdsAny(text, fewPhrases)) {
            return false;
        }
        // compared in place: a block that ends in a full stop would otherwise be copied whole
        int wholeEnd = endWithoutTrailingPunctuation(text);
        if (wholeEnd < wholesByLength.length) {
            for (String w : wholesByLength[wholeEnd]) {
                if (text.startsWith(w)) {
                    return true;
                }
            }
        }
        String[] candidates = text.isEmpty() ? null : openingsByInitial.get(text.charAt(0));
        if (candidates != null) {
            for (String o : candidates) {
                if (text.startsWith(o) && endsWord(text, o.length(), o)) {
                    return true;
                }
            }
        }
        return foundAnywhere(text);
    }

    private static boolean holdsAny(String text, String[] phrases) {
        for (String p : phrases) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean foundAnywhere(String text) {
        boolean wordStart = true;
        for (int at = 0; at < text.length(); at++) {
            if (wordStart && byInitial.anyStartsAt(text, at) || unspaced.anyStartsAt(text, at)) {
                return true;
            }
            wordStart = !Chars.isLetterOrDigit(text.charAt(at));
        }
        for (String a : inWords) {
            if (text.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code text} opens with a phrase used as a label: after any opening brackets,
     * asterisks or quotes, a phrase (whatever its marker) followed, after optional spaces, by the
     * end of the text or by punctuation ("Foto: dpa", "(Quelle: …)", "ANZEIGE - …", "*Werbung.");
     * a phrase that ends in punctuation itself ("fot.") may be followed by anything.
     */
    public boolean opensWithLabel(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        String[] candidates = start < text.length() ? labelsByFirst.get(text.charAt(start)) : null;
        if (candidates != null) {
            for (String p : candidates) {
                if (text.startsWith(p, start) && isLabelEnd(text, start + p.length(), p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLabelEnd(String text, int end, String phrase) {
        if (!Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
            return true;
        }
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at == text.length() || !Character.isLetterOrDigit(text.charAt(at)) && !Character.isWhitespace(text.charAt(at));
    }

    /**
     * True when a phrase stands in {@code text} as a label: at the start of a word and followed,
     * after optional spaces, by a colon ("… Foto: Timur", "Crédits photos : X").
     */
    public boolean labels(String text) {
        // A label ends where the run of spaces before a colon starts (normalize strips every
        // phrase, so none ends in a space): only there are the phrases compared, instead of
        // searching the whole text for every phrase of every list, a hot spot of the engine.
        for (int colon = 0; colon < text.length(); colon++) {
            char c = text.charAt(colon);
            if (c == ':' || c == '\uFF1A') {
                int end = colon;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                if (endsLabel(text, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a phrase ends at {@code end} of {@code text} and starts a word there. */
    private boolean endsLabel(String text, int end) {
        String[] candidates = end > 0 ? labelsByLast.get(text.charAt(end - 1)) : null;
        if (candidates == null) {
            return false;
        }
        for (String p : candidates) {
            int at = end - p.length();
            if (at >= 0 && text.startsWith(p, at) && startsWord(text, at, p)) {
                return true;
            }
        }
        return false;
    }

    /** The first index where {@code phrase} starts a word of {@code text}, or -1. */
    private static int foundAt(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (startsWord(text, at, phrase)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsWord(String text, int at, String phrase) {
        return at == 0 || !spaced(phrase.charAt(0)) || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean endsWord(String text, int end, String phrase) {
        return end == text.length() || !spaced(phrase.charAt(phrase.length() - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** Letters of spaced scripts have word boundaries; CJK and Thai characters do not. */
    private static boolean spaced(char c) {
        return !dev.pith.util.TextMetrics.isUnspacedScript(c);
    }

    /** The end of {@code text} without the punctuation and spaces it ends with: "Share:" reads "share". */
    private static int endWithoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
