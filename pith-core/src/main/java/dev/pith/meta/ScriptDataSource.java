package dev.pith.meta;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in inline framework state ({@code __NEXT_DATA__}, Nuxt, Prismic, WordPress REST
 * payloads): {@code "publishedAt": "2025-10-20T13:08:55-07:00"}. The weakest date source: such
 * blobs also describe related items, so only the first publication date found is taken and it
 * counts only when nothing stronger speaks. Keys are found with {@code indexOf} on a few
 * stems and checked whole, so megabyte-sized state blobs stay cheap.
 */
final class ScriptDataSource implements MetadataSource {

    /** Script text read per page; state blobs put the page's own record first. */
    static final int MAX_CHARS = 1_000_000;
    /** Occurrences of one stem examined per script. */
    static final int MAX_HITS = 30;

    /** Substrings every key below contains. */
    private static final String[] STEMS = {"ublish", "ublication", "pubDate"};
    /** A part of every stem, searched for once in place of each stem. */
    private static final String SHARED = "ub";
    /** Where {@link #SHARED} stands in each of {@link #STEMS}. */
    private static final int[] SHARED_AT = Arrays.stream(STEMS).mapToInt(stem -> stem.indexOf(SHARED)).toArray();
    private static final Set<String> KEYS = Set.of(
            "datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
            "published_on", "first_publication_date", "publicationDate", "date_published", "pubDate");

    /** A WordPress post record's status when it is published. */
    private static final String WP_PUBLISHED = "\"status\":\"publish\"";
    /** A bare date key and its value, as WordPress post records write it. */
    private static final Pattern WP_DATE = Pattern.compile("\"date\":\"([^\"]{8,40})\"");
    /** Characters before the status searched for the record's date; the fields between are few and short. */
    static final int WP_RECORD_WINDOW = 400;

    /** The value after a key: closing quote (optional), colon, quoted date. */
    private static final Pattern VALUE = Pattern.compile("\\\\*[\"']?\\s*:\\s*\\\\*[\"']([^\"'\\\\]{8,40})");

    @Override
    public void collect(PageScan page, Candidates out) {
        int budget = MAX_CHARS;
        for (String script : page.scripts) {
            if (budget <= 0) {
                return;
            }
            String s = script.length() > budget ? script.substring(0, budget) : script;
            budget -= s.length();
            Optional<String> first = first(s, page);
            if (first.isEmpty()) {
                first = wordPressDate(s, page);
            }
            if (first.isPresent()) {
                out.add(Field.PUBLISHED, first.get(), Source.SCRIPT_DATA);
                return;
            }
        }
    }

    /**
     * The date of a WordPress post record (REST API, WPGraphQL in a headless front end): its
     * key is a bare {@code "date"}, too common to trust alone, so it counts only shortly before
     * the record's {@code "status":"publish"}. The nearest one before the status is the record's.
     */
    static Optional<String> wordPressDate(String s, PageScan page) {
        int at = s.indexOf(WP_PUBLISHED);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = WP_DATE.matcher(s).region(Math.max(0, at - WP_RECORD_WINDOW), at);
        Optional<String> nearest = Optional.empty();
        while (m.find()) {
            nearest = page.dates.parse(m.group(1));
        }
        return nearest;
    }

    /**
     * The plausible date of the earliest key occurrence in the script, among the first {@link
     * #MAX_HITS} identifiers holding each stem. One search for {@link #SHARED} finds every
     * stem's occurrences in document order in one pass over the script, where a search per stem
     * would read a state blob once per stem: the first key whose value parses is the earliest.
     */
    private static Optional<String> first(String s, PageScan page) {
        Matcher m = VALUE.matcher(s);
        // per stem: where its next occurrence may start (past the identifier of its last one), and its hits so far
        int[] from = new int[STEMS.length];
        int[] hits = new int[STEMS.length];
        int stemsLeft = STEMS.length;
        for (int shared = s.indexOf(SHARED); shared >= 0 && stemsLeft > 0; shared = s.indexOf(SHARED, shared + 1)) {
            for (int k = 0; k < STEMS.length; k++) {
                int at = shared - SHARED_AT[k];
                if (hits[k] == MAX_HITS || at < from[k] || !s.startsWith(STEMS[k], at)) {
                    continue;
                }
                if (++hits[k] == MAX_HITS) {
                    stemsLeft--;
                }
                int start = at;
                while (start > 0 && Character.isJavaIdentifierPart(s.charAt(start - 1))) {
                    start--;
                }
                int end = at + STEMS[k].length();
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                from[k] = end;
                if (!KEYS.contains(s.substring(start, end))) {
                    continue;
                }
                m.region(end, Math.min(s.length(), end + 64));
                Optional<String> d = m.lookingAt() ? page.dates.parse(m.group(1)) : Optional.empty();
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}
