package dev.pith.batch.dedup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.dedup.Clusterer;
import dev.pith.dedup.Clusters;
import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.DocFeatures;
import dev.pith.dedup.DocumentSketch;
import dev.pith.dedup.LineStatistics;
import dev.pith.dedup.Shingler;
import dev.pith.dedup.Sketcher;
import dev.pith.dedup.Tokenizer;
import dev.pith.dedup.UnionFind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * One {@code pith dedup} run over JSON Lines, in four passes over the input: count each site's
 * lines; sketch every record into a {@link FileSketchStore}; cluster; write every record
 * annotated (or the survivors only). Shingle sets and LSH band keys live in files (a temporary
 * directory, or the {@code --index} directory, where they stay for the next batch). The
 * per-record state (id, survivor features, notes) is held in {@link SpillList}s: on the heap
 * within the {@link MemoryBudget}, in files past it.
 */
public final class DedupRun {

    /** Fields this command writes; a record already carrying one is rewritten as a tree. */
    static final List<String> OUTPUT_FIELDS = List.of("cluster", "cluster_size", "duplicate_of", "similarity",
            "dedup_note");

    /** Where the spill files go, inside the work directory; removed at the end. */
    static final String SPILL_DIR = "spill";

    /** What the run did, for the summary line. */
    public record Summary(long records, long errors, int clusters, long duplicates, Clusters.Stats stats,
                          int indexBytesPerDocument, long diskBytes, long nanos, String phases,
                          boolean spilled) {

        public String text() {
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "pith: %d documents, %d errors, %.1f s, %.1f docs/s%n"
                            + "pith dedup: %d clusters, %d duplicates (%d exact links), %d candidate pairs,"
                            + " %d verified, %d linked; LSH index %d bytes/doc, %.1f MB of sketches on disk%s%n"
                            + "pith dedup: time per pass: %s",
                    records, errors, seconds, records / Math.max(1e-9, seconds), clusters, duplicates,
                    stats.exactLinks(), stats.candidatePairs(), stats.verifiedPairs(), stats.linkedPairs(),
                    indexBytesPerDocument, diskBytes / 1e6,
                    spilled ? "; per-document state spilled to disk past --memory" : "", phases);
        }
    }

    private final DedupOptions options;
    private final int threads;
    private final boolean survivorsOnly;
    private final PrintStream log;
    private final MemoryBudget budget;
    private final StringBuilder phases = new StringBuilder();
    private long phaseStart = System.nanoTime();

    /**
     * @param budget heap bytes for per-record state; past it the state goes to files in the
     *               work directory
     */
    public DedupRun(DedupOptions options, int threads, boolean survivorsOnly, PrintStream log, MemoryBudget budget) {
        this.options = options;
        this.threads = Math.max(1, threads);
        this.survivorsOnly = survivorsOnly;
        this.log = log;
        this.budget = budget;
    }

    /**
     * @param source  the input
     * @param workDir where the sketch files go; with {@code keepIndex} the state is saved there
     * @param out     the annotated records
     * @param report  the cluster report
     */
    public Summary run(JsonlSource source, Path workDir, boolean keepIndex, OutputStream out, PrintStream report)
            throws IOException {
        long start = System.nanoTime();
        Path spill = workDir.resolve(SPILL_DIR);
        try (SpillList<DocFeatures> features = new SpillList<>(spill.resolve("features.bin"), StateCodecs.FEATURES,
                budget);
             SpillList<RecordState> records = new SpillList<>(spill.resolve("records.bin"), StateCodecs.RECORD,
                     budget)) {
            DedupIndex old = keepIndex && DedupIndex.exists(workDir) ? DedupIndex.load(workDir, options, features)
                    : null;
            LineStatistics lineStats = old != null ? old.lineStats() : new LineStatistics();
            UnionFind links = old != null ? old.links() : new UnionFind(0);
            Sketcher sketcher = new Sketcher(options, lineStats);
            ExecutorService pool = ChunkedMapper.pool(threads);
            try (FileSketchStore store = new FileSketchStore(workDir.resolve("sketches"), sketcher.bandCount(),
                    old == null ? null : old.offsets(), old == null ? null : old.comparable())) {
                int firstNew = features.size();
                boolean spilled;
                phase("lines", "counting lines per site");
                try (SpillList<Counted> counted = new SpillList<>(spill.resolve("counted.bin"), StateCodecs.COUNTED,
                        budget)) {
                    countLines(source, pool, lineStats, counted);
                    phase("sketch", "sketching " + counted.size() + " documents");
                    sketch(source, pool, sketcher, store, counted, records, features);
                    spilled = counted.spilled();
                }
                store.flush();
                phase("cluster", "clustering");
                Clusters clusters = new Clusterer(options).cluster(store, features, links, firstNew);
                int[] sizes = ClusterReport.sizes(clusters);
                phase("write", "writing");
                long errors = write(source, out, clusters, sizes, records, features, firstNew);
                phase(null, null);
                ClusterReport.write(report, clusters, sizes, features);
                if (keepIndex) {
                    DedupIndex.save(workDir, options, features, links, store, lineStats);
                }
                return new Summary(records.size(), errors, countClusters(sizes), countDuplicates(clusters, firstNew),
                        clusters.stats(), store.indexBytesPerDocument(), store.diskBytes(), System.nanoTime() - start,
                        phases.toString(), spilled || features.spilled() || records.spilled());
            } finally {
                pool.shutdownNow();
            }
        } finally {
            deleteIfEmpty(spill);
        }
    }

    /** Ends the running pass (its time goes to the summary) and announces the next. */
    private void phase(String name, String what) {
        long now = System.nanoTime();
        if (phases.length() > 0 || name == null) {
            phases.append(String.format(Locale.ROOT, " %.1f s", (now - phaseStart) / 1e9));
        }
        if (name != null) {
            phases.append(phases.length() > 0 ? ", " : "").append(name);
        }
        phaseStart = now;
        if (log != null && what != null) {
            log.println("pith dedup: " + what + "…");
        }
    }

    private record Parsed(DedupRecord record, long[] keys, boolean plain) {
    }

    /**
     * What the first pass learns of a record, for the second.
     *
     * @param state its id, parse error, duplicate-id note and whether its line can be extended
     * @param where {@code file:line}, for the note on a later record with the same id
     */
    record Counted(RecordState state, String where) {
    }

    private void countLines(JsonlSource source, ExecutorService pool, LineStatistics lineStats,
                            SpillList<Counted> counted) throws IOException {
        IdIndex ids = new IdIndex();
        ChunkedMapper<Parsed> mapper = new ChunkedMapper<>(pool, threads, line -> {
            try {
                return parse(line, source.maxLineBytes());
            } catch (OutOfMemoryError e) {
                return new Parsed(DedupRecord.overHeap(line), null, false);
            }
        }, c -> {
            DedupRecord r = c.record();
            if (c.keys() != null) {
                lineStats.add(r.site(), c.keys());
            }
            int first = ids.firstOf(r.id(), counted.size(), doc -> counted.get(doc).state().id());
            RecordState state = new RecordState(r.id(), r.error(), null, c.plain());
            counted.add(new Counted(first < 0 ? state
                    : state.withNote("duplicate id (first at " + counted.get(first).where() + ")"), r.line().where()));
        });
        source.forEach(mapper::accept);
        mapper.finish();
    }

    private static Parsed parse(JsonlSource.Line line, long maxLineBytes) {
        DedupRecord r = DedupRecord.parse(line, maxLineBytes);
        long[] keys = null;
        if (r.error() == null) {
            try {
                keys = LineStatistics.keys(r.site(), Tokenizer.tokenize(r.text()));
            } catch (RuntimeException e) {
                r = withError(r, "cannot read text: " + e);
            }
        }
        return new Parsed(r, keys, r.json() != null && OUTPUT_FIELDS.stream().noneMatch(r.json()::has));
    }

    private static DedupRecord withError(DedupRecord r, String error) {
        return new DedupRecord(r.line(), r.json(), r.id(), "", "", 0, "", error);
    }

    private record Sketched(DedupRecord record, DocumentSketch sketch, String error) {
    }

    private void sketch(JsonlSource source, ExecutorService pool, Sketcher sketcher, FileSketchStore store,
                        List<Counted> counted, List<RecordState> records, List<DocFeatures> features)
            throws IOException {
        int[] next = {0};
        ChunkedMapper<Sketched> mapper = new ChunkedMapper<>(pool, threads, line -> {
            try {
                return sketch(line, source.maxLineBytes(), sketcher);
            } catch (OutOfMemoryError e) {
                DedupRecord r = DedupRecord.overHeap(line);
                return new Sketched(r, null, r.error());
            }
        }, s -> {
            int k = next[0]++;
            RecordState state = counted.get(k).state();
            DocumentSketch sk = s.error() == null && state.error() == null ? s.sketch() : null;
            if (s.error() != null && state.error() == null) {
                state = new RecordState(state.id(), s.error(), state.note(), state.plain());
            }
            records.add(state.withNote(note(sk, state)));
            store.add(sk);
            DedupRecord r = s.record();
            features.add(new DocFeatures(state.id(), sk == null ? 0 : sk.tokens(), r.metadataFields(), r.date(),
                    sk == null ? 0 : sk.contentHash()));
        });
        source.forEach(mapper::accept);
        mapper.finish();
        if (next[0] != counted.size()) {
            throw new IOException("input changed between passes: " + counted.size() + " then " + next[0] + " records");
        }
    }

    private static Sketched sketch(JsonlSource.Line line, long maxLineBytes, Sketcher sketcher) {
        DedupRecord r = DedupRecord.parse(line, maxLineBytes);
        if (r.error() != null) {
            return new Sketched(r, null, null);
        }
        try {
            DocumentSketch sk = sketcher.sketch(r.text(), r.site());
            // sort the set here, in parallel, rather than at each verification
            return new Sketched(r, new DocumentSketch(Shingler.set(sk.shingles()), sk.bandKeys(),
                    sk.contentHash(), sk.tokens(), sk.removedLines()), null);
        } catch (RuntimeException e) {
            return new Sketched(r, null, "cannot sketch text: " + e);
        }
    }

    private String note(DocumentSketch sk, RecordState state) {
        if (state.error() != null || sk == null) {
            return null;
        }
        return sketchNote(sk, options.shingleSize());
    }

    /** The remark on a record that can be compared only in part, or null (a cluster job writes it too). */
    public static String sketchNote(DocumentSketch sk, int shingleSize) {
        if (sk.isEmpty()) {
            return "empty text: nothing to compare";
        }
        if (sk.tokens() >= Tokenizer.MAX_TOKENS) {
            return "very long text: only the first " + Tokenizer.MAX_TOKENS + " tokens compared";
        }
        if (sk.tokens() < shingleSize) {
            return "shorter than one shingle (" + sk.tokens() + " tokens): only exact copies are found";
        }
        return null;
    }

    private long write(JsonlSource source, OutputStream out, Clusters c, int[] sizes, List<RecordState> records,
                       List<DocFeatures> features, int firstNew) throws IOException {
        BufferedOutputStream w = new BufferedOutputStream(out, 1 << 16);
        long[] counts = {0, 0};
        source.forEach(line -> {
            int k = (int) counts[0]++;
            RecordState state = records.get(k);
            int doc = firstNew + k;
            if (state.error() != null) {
                counts[1]++;
            }
            if (survivorsOnly && !c.isSurvivor(doc)) {
                return;
            }
            Annotation.write(w, line, state, doc, c, sizes, features);
            w.write('\n');
        });
        w.flush();
        return counts[1];
    }

    /** The spill directory once its lists have deleted their files; left alone if anything else is in it. */
    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty or not removable: a leftover directory, not a failed run
        }
    }

    private static int countClusters(int[] sizes) {
        int n = 0;
        for (int s : sizes) {
            n += s > 0 ? 1 : 0;
        }
        return n;
    }

    private static long countDuplicates(Clusters c, int firstNew) {
        long n = 0;
        for (int doc = firstNew; doc < c.size(); doc++) {
            n += c.isSurvivor(doc) ? 0 : 1;
        }
        return n;
    }

    static ObjectMapper mapper() {
        return DedupRecord.MAPPER;
    }
}
