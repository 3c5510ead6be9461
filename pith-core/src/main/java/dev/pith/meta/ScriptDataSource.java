package dev.pith.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in inline framework state ({@code __NEXT_DATA__}, Nuxt, Prismic, WordPress REST
 * payloads): {@code "publishedAt": "2025-10-20T13:08:55-07:00"}. The weakest date source: such
 * blobs also describe related items, so only the first publication date found is taken and it
 * counts only when nothing stronger speaks. Keys are found with {@code indexOf} and the value is
 * read with a pattern anchored there, so megabyte-sized state blobs cost microseconds.
 */
final class ScriptDataSource implements MetadataSource {

    /** Script text read per page; state blobs put the page's own record first. */
    static final int MAX_CHARS = 2_000_000;
    /** Occurrences of one key examined per script. */
    static final int MAX_HITS = 20;

    private static final List<String> KEYS = List.of(
            "datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
            "published_on", "first_publication_date", "publicationDate", "date_published", "pubDate");

    /** The value after a key: closing quote (optional), colon, quoted date. */
    private static final Pattern VALUE = Pattern.compile("[\"']?\\s*:\\s*[\"']([^\"']{8,40})[\"']");

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
        for (String key : KEYS) {
            int from = 0;
            for (int hit = 0; hit < MAX_HITS; hit++) {
                int at = s.indexOf(key, from);
                if (at < 0 || at >= bestAt) {
                    break;
                }
                from = at + key.length();
                m.region(from, Math.min(s.length(), from + 64));
                if (m.lookingAt()) {
                    Optional<String> d = page.dates.parse(m.group(1));
                    if (d.isPresent()) {
                        bestAt = at;
                        best = d;
                        break;
                    }
                }
            }
        }
        return best;
    }
}
