package dev.pith.meta;

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
    private static final Set<String> KEYS = Set.of(
            "datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
            "published_on", "first_publication_date", "publicationDate", "date_published", "pubDate");

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
            if (first.isPresent()) {
                out.add(Field.PUBLISHED, first.get(), Source.SCRIPT_DATA);
                return;
            }
        }
    }

    /** The plausible date of the earliest key occurrence in the script. */
    private static Optional<String> first(String s, PageScan page) {
        int bestAt = Integer.MAX_VALUE;
        Optional<String> best = Optional.empty();
        Matcher m = VALUE.matcher(s);
        for (String stem : STEMS) {
            int from = 0;
            for (int hit = 0; hit < MAX_HITS; hit++) {
                int at = s.indexOf(stem, from);
                if (at < 0 || at >= bestAt) {
                    break;
                }
                int start = at;
                while (start > 0 && Character.isJavaIdentifierPart(s.charAt(start - 1))) {
                    start--;
                }
                int end = at + stem.length();
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                from = end;
                if (!KEYS.contains(s.substring(start, end))) {
                    continue;
                }
                m.region(end, Math.min(s.length(), end + 64));
                Optional<String> d = m.lookingAt() ? page.dates.parse(m.group(1)) : Optional.empty();
                if (d.isPresent()) {
                    bestAt = start;
                    best = d;
                    break;
                }
            }
        }
        return best;
    }
}
