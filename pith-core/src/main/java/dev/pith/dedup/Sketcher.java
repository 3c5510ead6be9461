package dev.pith.dedup;

/**
 * Turns a document's text into its {@link DocumentSketch}: normalised tokens by line, the
 * site's boilerplate lines left out, shingles, a one-permutation MinHash signature cut into LSH
 * bands, plus a few "lead" bands over the first {@link #LEAD_SHINGLES} shingles. A teaser
 * (the first paragraphs of an article and "Read more") shares little of the article's
 * shingle set but nearly all of its beginning, so the lead bands make it a candidate.
 * Stateless apart from read-only statistics: safe on many threads.
 */
public final class Sketcher {

    /** Shingles of the lead signature: about the first two sentences. */
    static final int LEAD_SHINGLES = 32;
    /** Lead bands and rows: 4 × 2 finds leads of Jaccard 0.9 with probability 0.9996. */
    static final int LEAD_BANDS = 4;
    static final int LEAD_ROWS = 2;
    /** A body of fewer tokens than this many shingles after boilerplate removal is compared in
     *  full: a page that is all template (or a site that is one story) still has a signature. */
    static final int MIN_BODY_SHINGLES = 2;

    private final Shingler shingler;
    private final MinHasher minHasher;
    private final LshParams lsh;
    private final LineStatistics lineStats;

    /**
     * @param options   shingle size and LSH layout
     * @param lineStats site line counts, or null to compare whole texts
     */
    public Sketcher(DedupOptions options, LineStatistics lineStats) {
        this.shingler = new Shingler(options.shingleSize());
        this.lsh = options.lsh();
        this.minHasher = new MinHasher(lsh.hashes());
        this.lineStats = lineStats;
    }

    /** Band keys per document: the signature's bands and the lead bands. */
    public int bandCount() {
        return lsh.bands() + LEAD_BANDS;
    }

    /** The sketch of one document of {@code site} (may be empty). */
    public DocumentSketch sketch(String text, String site) {
        Tokens all = Tokenizer.tokenize(text == null ? "" : text);
        return sketch(all, lineStats == null ? null : lineStats.boilerplate(site == null ? "" : site, all));
    }

    /**
     * The sketch of tokenized text whose boilerplate lines are already known: a distributed run
     * counts its sites' lines itself (the same rule as {@link LineStatistics}, over exact counts).
     *
     * @param boilerplate per line of {@code all}, true to leave it out; null to compare every line
     */
    public DocumentSketch sketch(Tokens all, boolean[] boilerplate) {
        long contentHash = all.contentKey();
        long[] tokens = all.hashes();
        int removed = 0;
        if (boilerplate != null) {
            boolean[] keep = new boolean[boilerplate.length];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = !boilerplate[i];
                removed += boilerplate[i] ? 1 : 0;
            }
            long[] body = removed == 0 ? tokens : all.select(keep);
            if (body.length >= MIN_BODY_SHINGLES * shingler.size()) {
                tokens = body;
            } else {
                removed = 0;
            }
        }
        if (tokens.length == 0) {
            return new DocumentSketch(new int[0], new int[0], contentHash, 0, 0);
        }
        long[] shingles = shingler.shingles(tokens);
        int[] keys = new int[bandCount()];
        bandKeys(minHasher.signature(shingles), lsh.bands(), lsh.rows(), keys, 0);
        bandKeys(MinHasher.classic(shingles, LEAD_SHINGLES, LEAD_BANDS * LEAD_ROWS),
                LEAD_BANDS, LEAD_ROWS, keys, lsh.bands());
        return new DocumentSketch(Shingler.narrow(shingles), keys, contentHash, tokens.length, removed);
    }

    private static void bandKeys(int[] sig, int bands, int rows, int[] out, int at) {
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = h * Hash64.GOLDEN + sig[b * rows + r];
            }
            out[at + b] = (int) Hash64.mix(h);
        }
    }
}
