package dev.pith.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts in how many documents of each site every line occurs, to recognise the site's
 * boilerplate: lines that recur across a site's pages (menus, footers, appeals) make unrelated
 * stories of one site look alike, and make a story captured with and without them look
 * different.
 *
 * <p>Counts live in a count-min sketch of saturating byte counters with conservative update,
 * so memory is fixed whatever the corpus size: counts can only be overestimated, by
 * collisions, which the {@link #BOILERPLATE_SHARE} rule makes harmless in large sites. Not
 * thread-safe: compute {@link #keys} on workers, {@link #add} on one thread.
 */
public final class LineStatistics {

    /** A line must recur in this many documents of its site to be boilerplate. */
    static final int MIN_REPEATS = 3;
    /** …and in at least this share of the site's documents: a family of versions of one story
     *  covers a small share of a site, its template nearly all of it. */
    static final double BOILERPLATE_SHARE = 0.5;
    /** Sites with fewer documents tell nothing reliable about what recurs. */
    static final int MIN_SITE_DOCUMENTS = 5;
    /** Default counter memory: 32 MB, about 1 % overestimates at 30 million distinct lines. */
    public static final int DEFAULT_LOG2_COUNTERS = 25;
    private static final int PROBES = 4;
    /** Byte counters stop here; a line this frequent in one site is its template. */
    private static final int SATURATED = 255;

    private final byte[] counters;
    private final int mask;
    private final Map<String, Integer> siteDocuments = new HashMap<>();

    /** Empty statistics: no document counted yet. */
    public LineStatistics() {
        this(DEFAULT_LOG2_COUNTERS);
    }

    /** @param log2Counters log2 of the counter count (bytes of memory) */
    public LineStatistics(int log2Counters) {
        this(new byte[1 << log2Counters]);
    }

    private LineStatistics(byte[] counters) {
        if (Integer.bitCount(counters.length) != 1) {
            throw new IllegalArgumentException("counter array length must be a power of two");
        }
        this.counters = counters;
        this.mask = counters.length - 1;
    }

    /** Restores saved statistics ({@link #counters()}, {@link #siteDocuments()}). */
    public static LineStatistics restore(byte[] counters, Map<String, Integer> siteDocuments) {
        LineStatistics s = new LineStatistics(counters);
        s.siteDocuments.putAll(siteDocuments);
        return s;
    }

    /** The distinct line keys of one document of {@code site}; pure, for worker threads. */
    public static long[] keys(String site, Tokens tokens) {
        long siteHash = Hash64.chars(site);
        long[] keys = new long[tokens.lines()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(siteHash, tokens.lineKey(i));
        }
        Arrays.sort(keys);
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (n == 0 || keys[i] != keys[n - 1]) {
                keys[n++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, n);
    }

    private static long key(long siteHash, long lineKey) {
        return Hash64.combine(siteHash, lineKey);
    }

    /** Records one document of {@code site} with the given {@link #keys}. */
    public void add(String site, long[] keys) {
        siteDocuments.merge(site, 1, Integer::sum);
        for (long k : keys) {
            int current = count(k);
            if (current >= SATURATED) {
                continue;
            }
            // conservative update: raise only the counters at the minimum
            for (int p = 0; p < PROBES; p++) {
                int slot = slot(k, p);
                if ((counters[slot] & 0xFF) == current) {
                    counters[slot] = (byte) (current + 1);
                }
            }
        }
    }

    private int count(long key) {
        int min = SATURATED;
        for (int p = 0; p < PROBES; p++) {
            min = Math.min(min, counters[slot(key, p)] & 0xFF);
        }
        return min;
    }

    private int slot(long key, int probe) {
        return (int) (Hash64.mix(key + probe * Hash64.GOLDEN) & mask);
    }

    /** Documents seen of {@code site}. */
    public int documents(String site) {
        return siteDocuments.getOrDefault(site, 0);
    }

    /** Which lines of a document of {@code site} are its boilerplate; null when none can be. */
    public boolean[] boilerplate(String site, Tokens tokens) {
        if (documents(site) < MIN_SITE_DOCUMENTS) {
            return null;
        }
        long siteHash = Hash64.chars(site);
        boolean[] out = new boolean[tokens.lines()];
        for (int i = 0; i < out.length; i++) {
            out[i] = isBoilerplate(site, key(siteHash, tokens.lineKey(i)));
        }
        return out;
    }

    private boolean isBoilerplate(String site, long key) {
        int docs = documents(site);
        int count = count(key);
        // a saturated counter means hundreds of pages share the line: boilerplate in any site
        return count >= MIN_REPEATS && (count >= SATURATED || count >= BOILERPLATE_SHARE * docs);
    }

    /** The raw counters, for saving an index. */
    public byte[] counters() {
        return counters;
    }

    /** Documents per site, for saving an index. */
    public Map<String, Integer> siteDocuments() {
        return Map.copyOf(siteDocuments);
    }
}
