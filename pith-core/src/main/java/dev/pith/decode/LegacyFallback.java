package dev.pith.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-byte encoding of an old page that declares none and is not UTF-8, when the
 * statistical detector can only answer "Western" (windows-1252) or nothing.
 *
 * <p>The detector has no model for Central European, Baltic, Turkish or Vietnamese text, so a
 * Polish or Czech page saved before UTF-8 came out as mojibake ({@code odby³o} for
 * {@code odbyło}). Browsers settle the same question by locale and top-level domain; a page
 * carries the equivalent itself:
 * <ol>
 *   <li>its declared language ({@code <html lang>}, a {@code content-language} meta element)
 *       names the legacy encoding its authors used;</li>
 *   <li>else its address's country domain does ({@code .pl}, {@code .cz}, {@code .tr}), as in
 *       browsers, where the detector cannot tell;</li>
 *   <li>else the decoding that leaves no word broken wins: Polish read as windows-1252 puts
 *       {@code ³ ¹ ¿} inside words, where text in any language has letters.</li>
 * </ol>
 * Windows-1250 and ISO-8859-2 place several letters differently; the one that reads more of
 * the bytes as letters is taken.
 */
final class LegacyFallback {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    /** How far into the document a language declaration is looked for. */
    private static final int DECLARATION_SCAN_BYTES = 8192;
    /** How many bytes the readings are compared on, as many as the detector sees. */
    private static final int SAMPLE_BYTES = 65536;
    /** Broken words the Western reading must show before another is tried without a declaration. */
    static final int MIN_BROKEN_WORDS = 3;
    /** The other reading must break at most this share of the words the Western one breaks. */
    static final double CLEARLY_FEWER = 0.25;

    private static final Pattern HTML_LANG = Pattern.compile(
            "<html[^>]*?\\slang\\s*=\\s*[\"']?\\s*([a-zA-Z]{2,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_LANGUAGE = Pattern.compile(
            "<meta[^>]+http-equiv\\s*=\\s*[\"']?content-language[\"']?[^>]*content\\s*=\\s*[\"']?\\s*([a-zA-Z]{2,3})\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Language (primary subtag) to the encoding its pages used before UTF-8, after the HTML
     * standard's table of locale fallbacks that browsers use. Western European languages need no
     * entry (windows-1252 is the default); Chinese, Japanese and Korean are left to the detector,
     * which models their multi-byte encodings. The Central European entries read either
     * windows-1250 or ISO-8859-2, by the page's letters.
     */
    private static final Map<String, Charset> BY_LANGUAGE = byLanguage(
            "windows-1250", "cs hr hu pl ro sk sl",
            "windows-1251", "be bg kk ky mk ru sah sr tg tt uk",
            "ISO-8859-7", "el",
            "windows-1254", "az ku tr",
            "windows-1255", "he iw",
            "windows-1256", "ar fa",
            "windows-1257", "et lt lv",
            "windows-1258", "vi",
            "windows-874", "th");

    /**
     * Country code top-level domain to the language most of its old pages are in: only where that
     * language's encoding is one the detector has no model for. It models Cyrillic, Greek, Hebrew
     * and Thai, so its Western answer for a page under {@code .ru} means text not in that script,
     * and a domain is weaker evidence than a page's own declaration.
     */
    private static final Map<String, String> BY_DOMAIN = Map.ofEntries(
            Map.entry("pl", "pl"), Map.entry("cz", "cs"), Map.entry("sk", "sk"), Map.entry("hu", "hu"),
            Map.entry("si", "sl"), Map.entry("hr", "hr"), Map.entry("ro", "ro"),
            Map.entry("tr", "tr"), Map.entry("az", "az"),
            Map.entry("lt", "lt"), Map.entry("lv", "lv"), Map.entry("ee", "et"), Map.entry("vn", "vi"));

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)");

    private LegacyFallback() {
    }

    /**
     * The encoding to read an undeclared, non-UTF-8 page in.
     *
     * @param bytes    the raw document
     * @param detected the statistical detector's answer, or null when it had none
     * @param url      the page's address, or null or empty when unknown
     * @return {@code detected} when it named a specific encoding, else the page's legacy one
     */
    static Charset choose(byte[] bytes, Charset detected, String url) {
        if (detected != null && !detected.equals(WINDOWS_1252)) {
            return detected;
        }
        String language = declaredLanguage(bytes);
        Charset declared = language == null ? null : BY_LANGUAGE.get(language);
        if (declared == null) {
            String domainLanguage = BY_DOMAIN.get(countryDomain(url));
            declared = domainLanguage == null ? null : BY_LANGUAGE.get(domainLanguage);
        }
        if (declared != null) {
            return declared.equals(WINDOWS_1250) ? centralEuropean(bytes) : declared;
        }
        int western = brokenWords(bytes, WINDOWS_1252);
        if (western < MIN_BROKEN_WORDS) {
            return WINDOWS_1252;
        }
        Charset central = centralEuropean(bytes);
        return brokenWords(bytes, central) <= western * CLEARLY_FEWER ? central : WINDOWS_1252;
    }

    /** Windows-1250 or ISO-8859-2, whichever reads more of the high bytes as letters. */
    private static Charset centralEuropean(byte[] bytes) {
        return letters(bytes, ISO_8859_2) > letters(bytes, WINDOWS_1250) ? ISO_8859_2 : WINDOWS_1250;
    }

    /** The last label of the URL's host name, lower case; empty when there is none. */
    static String countryDomain(String url) {
        if (url == null) {
            return "";
        }
        Matcher m = HOST.matcher(url);
        if (!m.find()) {
            return "";
        }
        String host = m.group(1);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The primary subtag of the page's declared language, lower case, or null. */
    static String declaredLanguage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (Pattern p : List.of(HTML_LANG, META_LANGUAGE)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Characters above ASCII that the reading makes neither a letter nor typographic
     * punctuation (quotes, dashes, a middle dot) although a letter stands on each side: in
     * any language, a word's inside is letters.
     */
    static int brokenWords(byte[] bytes, Charset charset) {
        int broken = 0;
        int end = Math.min(bytes.length, SAMPLE_BYTES);
        for (int i = 1; i + 1 < end; i++) {
            if (bytes[i] < 0 && isAsciiLetter(bytes[i - 1]) && isAsciiLetter(bytes[i + 1])
                    && !isWordInside(decodeByte(bytes[i], charset))) {
                broken++;
            }
        }
        return broken;
    }

    /** High bytes the reading makes letters. */
    static int letters(byte[] bytes, Charset charset) {
        int letters = 0;
        for (int i = 0, end = Math.min(bytes.length, SAMPLE_BYTES); i < end; i++) {
            if (bytes[i] < 0 && Character.isLetter(decodeByte(bytes[i], charset))) {
                letters++;
            }
        }
        return letters;
    }

    private static boolean isWordInside(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || c == '\u00B7';
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /** Every single-byte reading decodes each byte alone; a table per charset makes it free. */
    private static char decodeByte(byte b, Charset charset) {
        return Tables.of(charset)[b & 0xFF];
    }

    private static Map<String, Charset> byLanguage(String... charsetAndLanguages) {
        Map<String, Charset> map = new HashMap<>();
        for (int i = 0; i < charsetAndLanguages.length; i += 2) {
            Charset charset = Charset.forName(charsetAndLanguages[i]);
            for (String language : charsetAndLanguages[i + 1].split(" ")) {
                map.put(language, charset);
            }
        }
        return Map.copyOf(map);
    }

    /** The 256 characters of each single-byte charset met here, decoded once. */
    private static final class Tables {
        private static final Map<Charset, char[]> TABLES = new ConcurrentHashMap<>();

        static char[] of(Charset charset) {
            return TABLES.computeIfAbsent(charset, Tables::table);
        }

        private static char[] table(Charset charset) {
            byte[] all = new byte[256];
            for (int i = 0; i < all.length; i++) {
                all[i] = (byte) i;
            }
            String decoded = new String(all, charset);
            return decoded.length() == all.length ? decoded.toCharArray() : new char[all.length];
        }
    }
}
