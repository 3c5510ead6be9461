package dev.pith.lang;

import java.util.Locale;
import java.util.Map;

/**
 * A page's language as the rules need it: its ISO 639-1 code, the script it is written in, and
 * whether words are separated by spaces.
 *
 * @param code           lower-case ISO 639-1 code ("de"), or empty when unknown
 * @param script         the usual script of the language
 * @param spaceSeparated whether words are separated by spaces
 */
public record Language(String code, Script script, boolean spaceSeparated) {

    /** No language known: rules consult the data of every language. */
    public static final Language UNKNOWN = new Language("", Script.OTHER, true);

    /** Languages not written in Latin letters; every other code is taken as Latin. */
    private static final Map<String, Script> NON_LATIN = Map.ofEntries(
            Map.entry("ru", Script.CYRILLIC), Map.entry("uk", Script.CYRILLIC), Map.entry("bg", Script.CYRILLIC),
            Map.entry("sr", Script.CYRILLIC), Map.entry("mk", Script.CYRILLIC), Map.entry("be", Script.CYRILLIC),
            Map.entry("kk", Script.CYRILLIC), Map.entry("el", Script.GREEK), Map.entry("ar", Script.ARABIC),
            Map.entry("fa", Script.ARABIC), Map.entry("ur", Script.ARABIC), Map.entry("he", Script.HEBREW),
            Map.entry("iw", Script.HEBREW),
            Map.entry("yi", Script.HEBREW), Map.entry("hi", Script.DEVANAGARI), Map.entry("mr", Script.DEVANAGARI),
            Map.entry("ne", Script.DEVANAGARI), Map.entry("zh", Script.HAN), Map.entry("ja", Script.JAPANESE),
            Map.entry("ko", Script.HANGUL), Map.entry("th", Script.THAI));

    public Language {
        if (code == null || script == null) {
            throw new IllegalArgumentException("code and script are required");
        }
    }

    /**
     * The language of a tag as pages declare it ({@code <html lang="de-AT">}, {@code pt_BR},
     * {@code EN}): its primary subtag. Blank, malformed or placeholder tags give {@link #UNKNOWN}.
     */
    public static Language of(String tag) {
        if (tag == null) {
            return UNKNOWN;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') {
            end++;
        }
        boolean wellFormed = end == t.length() || t.charAt(end) == '-' || t.charAt(end) == '_';
        if (!wellFormed || end < 2 || end > 3) {
            return UNKNOWN;
        }
        String code = t.substring(0, end);
        Script script = NON_LATIN.getOrDefault(code, Script.LATIN);
        return new Language(code, script, script.spaceSeparated());
    }

    public boolean isKnown() {
        return !code.isEmpty();
    }
}
