package dev.pith.batch.dedup;

import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.DocFeatures;
import dev.pith.dedup.LineStatistics;
import dev.pith.dedup.UnionFind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The saved state of earlier batches in an {@code --index DIR}: the sketch files of a
 * {@link FileSketchStore}, plus {@code state.bin} (per document: id, survivor features, cluster
 * root; the shingle offsets) and {@code lines.bin} (site line counts), and {@code index.properties}
 * (the settings, which later batches must share).
 *
 * @param links     clusters of the old documents
 * @param offsets   shingle offsets of the old documents plus the end
 * @param comparable old documents with a sketch
 * @param lineStats site line counts so far
 */
public record DedupIndex(UnionFind links, long[] offsets, BitSet comparable,
                         LineStatistics lineStats) {

    private static final String SETTINGS = "index.properties";
    private static final String STATE = "state.bin";
    private static final String LINES = "lines.bin";
    /** Format 2: token, shingle and line hashes changed, so format-1 sketches cannot be matched. */
    private static final int FORMAT = 2;

    /** True when {@code dir} holds a saved index. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(SETTINGS));
    }

    /**
     * Loads an index, checking that its settings match {@code options}.
     *
     * @param features receives the old documents' features, in document order (a list that may
     *                 spill them to disk, so they are never all on the heap here)
     */
    public static DedupIndex load(Path dir, DedupOptions options, List<DocFeatures> features) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(SETTINGS))) {
            p.load(in);
        }
        String expected = settings(options);
        if (!expected.equals(p.getProperty("settings"))) {
            throw new IOException("index " + dir + " was built with " + p.getProperty("settings")
                    + "; this run uses " + expected + " (use the same --shingle/--bands/--rows, or a new index)");
        }
        try (DataInputStream in = input(dir.resolve(STATE))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("index " + dir + " has format " + format + ", this pith reads format " + FORMAT
                        + " (hashes differ between formats: build a new index)");
            }
            int n = in.readInt();
            int[] roots = new int[n];
            long[] offsets = new long[n + 1];
            BitSet comparable = new BitSet(n);
            for (int i = 0; i < n; i++) {
                features.add(new DocFeatures(in.readUTF(), in.readInt(), in.readInt(), in.readUTF(), in.readLong()));
                roots[i] = in.readInt();
                comparable.set(i, in.readBoolean());
            }
            for (int i = 0; i <= n; i++) {
                offsets[i] = in.readLong();
            }
            return new DedupIndex(UnionFind.fromRoots(roots), offsets, comparable, loadLines(dir));
        }
    }

    private static LineStatistics loadLines(Path dir) throws IOException {
        try (DataInputStream in = input(dir.resolve(LINES))) {
            byte[] counters = new byte[in.readInt()];
            in.readFully(counters);
            int sites = in.readInt();
            Map<String, Integer> docs = new HashMap<>();
            for (int i = 0; i < sites; i++) {
                docs.put(in.readUTF(), in.readInt());
            }
            return LineStatistics.restore(counters, docs);
        }
    }

    /** Saves the state after a run (the sketch files are already in {@code dir}). */
    public static void save(Path dir, DedupOptions options, List<DocFeatures> features, UnionFind links,
                            FileSketchStore store, LineStatistics lineStats) throws IOException {
        long[] offsets = store.offsets();
        BitSet comparable = store.comparableDocs();
        int[] roots = links.roots();
        try (DataOutputStream out = output(dir.resolve(STATE))) {
            out.writeInt(FORMAT);
            out.writeInt(features.size());
            for (int i = 0; i < features.size(); i++) {
                DocFeatures f = features.get(i);
                out.writeUTF(clip(f.id()));
                out.writeInt(f.tokens());
                out.writeInt(f.metadataFields());
                out.writeUTF(clip(f.date()));
                out.writeLong(f.contentHash());
                out.writeInt(roots[i]);
                out.writeBoolean(comparable.get(i));
            }
            for (long o : offsets) {
                out.writeLong(o);
            }
        }
        try (DataOutputStream out = output(dir.resolve(LINES))) {
            byte[] counters = lineStats.counters();
            out.writeInt(counters.length);
            out.write(counters);
            Map<String, Integer> sites = lineStats.siteDocuments();
            out.writeInt(sites.size());
            for (Map.Entry<String, Integer> e : sites.entrySet()) {
                out.writeUTF(clip(e.getKey()));
                out.writeInt(e.getValue());
            }
        }
        Properties p = new Properties();
        p.setProperty("settings", settings(options));
        p.setProperty("documents", Integer.toString(features.size()));
        try (OutputStream out = Files.newOutputStream(dir.resolve(SETTINGS))) {
            p.store(out, "pith dedup index");
        }
    }

    /** writeUTF takes at most 65535 bytes; ids and dates are far shorter in practice. */
    private static String clip(String s) {
        return s.length() > 16_000 ? s.substring(0, 16_000) : s;
    }

    /** The settings that decide how documents are sketched: later batches must match them. */
    static String settings(DedupOptions o) {
        return "shingle=" + o.shingleSize() + ",bands=" + o.lsh().bands() + ",rows=" + o.lsh().rows();
    }

    private static DataInputStream input(Path f) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16));
    }

    private static DataOutputStream output(Path f) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 16));
    }
}
