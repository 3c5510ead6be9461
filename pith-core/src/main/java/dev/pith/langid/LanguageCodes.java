package dev.pith.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language codes: the model's ISO 639-3 codes as the ISO 639-1 codes pages declare
 * ({@code deu} → {@code de}), the primary subtag of a declared tag ({@code de-CH} → {@code de}),
 * and which languages count as one when a declaration is checked (see {@code kin.txt}).
 */
final class LanguageCodes {

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();
    private static final Set<String> TWO_LETTER_CODES = Set.copyOf(TWO_LETTER.values());
    private static final Map<String, Integer> KIN_GROUP = kinGroups();
    private static final Map<String, Integer> WEB_RANK = webRanks();

    private LanguageCodes() {
    }

    /** The ISO 639-1 code of an ISO 639-3 code, or the code itself when it has none. */
    static String twoLetter(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }

    /**
     * The primary language subtag of a declared tag, lower-cased ({@code pt_BR} → {@code pt}),
     * or {@code ""} when the declaration is not a language code at all ({@code lang="lang"}).
     */
    static String primary(String tag) {
        int end = 0;
        while (end < tag.length() && isAsciiLetter(tag.charAt(end))) {
            end++;
        }
        boolean wholeOrSubtagged = end == tag.length() || tag.charAt(end) == '-' || tag.charAt(end) == '_';
        String code = tag.substring(0, end).toLowerCase(Locale.ROOT);
        return wholeOrSubtagged && isKnown(code) ? code : "";
    }

    /** True when two codes name the same language or languages the model cannot tell apart. */
    static boolean sameOrKin(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Integer group = KIN_GROUP.get(a);
        return group != null && group.equals(KIN_GROUP.get(b));
    }

    /**
     * The language's rank by use on the web, 0 for the most used ({@code common.txt}), or
     * {@link Integer#MAX_VALUE} when it is not among the listed ones.
     */
    static int webRank(String code) {
        return WEB_RANK.getOrDefault(code, Integer.MAX_VALUE);
    }

    private static boolean isKnown(String code) {
        return code.length() == 2 ? TWO_LETTER_CODES.contains(code) : code.length() == 3 && TWO_LETTER.containsKey(code);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            codes.put(new Locale(two).getISO3Language(), two);
        }
        for (List<String> row : rows("codes.txt")) {
            codes.put(row.get(0), row.get(1));
        }
        return Map.copyOf(codes);
    }

    private static Map<String, Integer> kinGroups() {
        Map<String, Integer> groups = new HashMap<>();
        List<List<String>> rows = rows("kin.txt");
        for (int i = 0; i < rows.size(); i++) {
            for (String code : rows.get(i)) {
                groups.put(code, i);
            }
        }
        return Map.copyOf(groups);
    }

    private static Map<String, Integer> webRanks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (List<String> row : rows("common.txt")) {
            ranks.putIfAbsent(row.get(0), ranks.size());
        }
        return Map.copyOf(ranks);
    }

    /** The non-comment lines of a resource of this package, split at white space. */
    static List<List<String>> rows(String resource) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = LanguageCodes.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String row = line.strip();
                if (!row.isEmpty() && !row.startsWith("#")) {
                    rows.add(List.of(row.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
