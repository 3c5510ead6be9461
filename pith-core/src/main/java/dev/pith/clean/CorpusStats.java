package dev.pith.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Corpus cleaning's first pass: counts, per site, in how many documents each line occurs, so
 * that the second pass can drop a site's furniture — the donation appeal, the newsletter box,
 * the footer — that single-document rules cannot tell from prose.
 *
 * <p>A line recurs when it occurs in at least {@code minDocuments} documents of its site and
 * in at least {@code minShare} of them. Memory is bounded independently of corpus size: line
 * counts live in a fixed-size {@link LineCountSketch}, and at most {@code maxSites} sites are
 * counted apart (documents of further sites count with the whole corpus, site key "").
 * Thread-safe: pass one may run on many threads.
 */
public final class CorpusStats implements RecurringLines {

    /**
     * The thresholds.
     *
     * @param minDocuments a line recurs only in at least this many documents of a site
     * @param minShare     and in at least this share of the site's documents (0..1)
     * @param sketchBytes  memory for line counts
     * @param maxSites     sites counted apart
     */
    public record Thresholds(int minDocuments, double minShare, long sketchBytes, int maxSites) {

        /** Three documents and a fifth of the site; 32 MB of counters; 100,000 sites. */
        public static final Thresholds DEFAULTS = new Thresholds(3, 0.2, 32L << 20, 100_000);
    }

    private final Thresholds thresholds;
    private final LineCountSketch lines;
    private final Map<String, AtomicInteger> documents = new ConcurrentHashMap<>();

    /** Empty statistics that will count lines within these thresholds. */
    public CorpusStats(Thresholds thresholds) {
        this.thresholds = thresholds;
        this.lines = new LineCountSketch(thresholds.sketchBytes());
    }

    /** Pass one: counts the distinct lines of one document of a site (empty: no site). */
    public void addDocument(String site, String text) {
        if (TextCleaner.looksBinary(text)) {
            return;
        }
        String key = admit(site == null ? "" : site);
        documents.get(key).incrementAndGet();
        long siteKey = LineKey.of(key) ^ key.length();
        Set<Long> seen = new HashSet<>();
        for (String line : TextLines.of(text)) {
            GluedSentenceSplitter.split(line, piece -> {
                long k = LineKey.of(siteKey, piece);
                if (k != 0 && seen.add(k)) {
                    lines.add(k);
                }
            });
        }
    }

    @Override
    public boolean recurs(String site, String line) {
        String key = tracked(site == null ? "" : site);
        AtomicInteger docs = documents.get(key);
        if (docs == null) {
            return false;
        }
        long k = LineKey.of(LineKey.of(key) ^ key.length(), line);
        if (k == 0) {
            return false;
        }
        int count = lines.estimate(k);
        return count >= thresholds.minDocuments() && count >= thresholds.minShare() * docs.get();
    }

    /** Documents counted per site key. */
    public Map<String, Integer> documentsPerSite() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        documents.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Memory taken by the line counters. */
    public long sketchBytes() {
        return lines.bytes();
    }

    private String admit(String site) {
        AtomicInteger existing = documents.get(site);
        if (existing != null) {
            return site;
        }
        if (documents.size() >= thresholds.maxSites() && !site.isEmpty()) {
            documents.computeIfAbsent("", k -> new AtomicInteger());
            return "";
        }
        documents.computeIfAbsent(site, k -> new AtomicInteger());
        return site;
    }

    private String tracked(String site) {
        return documents.containsKey(site) ? site : "";
    }

    /** Lines of a text as corpus statistics see them (for tests and tools). */
    static List<String> linesOf(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : TextLines.of(text)) {
            GluedSentenceSplitter.split(line, out::add);
        }
        return out;
    }
}
