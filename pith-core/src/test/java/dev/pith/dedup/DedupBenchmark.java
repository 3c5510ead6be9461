package dev.pith.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Benchmark harness (not a unit test; run by hand, numbers go to the README):
 * <pre>
 * java -cp pith-core/target/classes:pith-core/target/test-classes:$(cat cp.txt) dev.pith.dedup.DedupBenchmark MODE ...
 *   speed  DOCS.jsonl [N [ROUNDS]] signatures per CPU-second of one thread on ~3 KB documents cut from
 *                                  DOCS, median of ROUNDS, each against a classic-MinHash baseline
 *   recall DOCS.jsonl N THRESHOLD  LSH recall against exact all-pairs Jaccard on N synthetic documents
 *   synth  DOCS.jsonl N OUT.jsonl  writes N ~3 KB documents (mutated copies of DOCS) for end-to-end runs
 * </pre>
 * Synthetic documents: a ~3 KB window of a bench text, then (for 30 % of them) a mutated copy of an
 * earlier synthetic document: words replaced, dropped or inserted at a random rate, so that pair
 * similarities spread over the whole 0–1 range.
 */
public final class DedupBenchmark {

    private static final int DOC_CHARS = 3000;

    private DedupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = readTexts(Path.of(args[1]));
        switch (args[0]) {
            case "speed" -> speed(texts, args.length > 2 ? Integer.parseInt(args[2]) : 20_000,
                    args.length > 3 ? Integer.parseInt(args[3]) : 21);
            case "recall" -> recall(texts, Integer.parseInt(args[2]), Double.parseDouble(args[3]));
            case "synth" -> synth(texts, Integer.parseInt(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("mode: speed, recall or synth");
        }
    }

    static List<String> readTexts(Path jsonl) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode n = m.readTree(line);
            String t = n.path("text").asText("");
            if (t.length() > 500) {
                out.add(t);
            }
        }
        return out;
    }

    /** A corpus of n documents of ~3 KB with planted near-duplicates. */
    static List<String> corpus(List<String> texts, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i > 10 && rnd.nextInt(100) < 30) {
                docs.add(mutate(docs.get(rnd.nextInt(i)), rnd.nextDouble() * 0.6, rnd));
            } else {
                String t = texts.get(rnd.nextInt(texts.size()));
                int from = t.length() <= DOC_CHARS ? 0 : rnd.nextInt(t.length() - DOC_CHARS);
                // a random window plus a random number keeps originals distinct
                docs.add(t.substring(from, Math.min(t.length(), from + DOC_CHARS)) + " " + rnd.nextLong());
            }
        }
        return docs;
    }

    static String mutate(String doc, double rate, SplittableRandom rnd) {
        String[] words = doc.split(" ");
        StringBuilder sb = new StringBuilder(doc.length());
        for (String w : words) {
            double r = rnd.nextDouble();
            if (r < rate / 3) {
                continue;
            } else if (r < 2 * rate / 3) {
                sb.append("w").append(rnd.nextInt(1_000_000)).append(' ');
            } else if (r < rate) {
                sb.append(w).append(" x").append(rnd.nextInt(1_000_000)).append(' ');
            } else {
                sb.append(w).append(' ');
            }
        }
        return sb.toString();
    }

    /**
     * Sketches per CPU-second of one thread, alternating in each round with a baseline on the same
     * documents: classic MinHash (one hash function per signature value, as datasketch does) over
     * the same tokens and shingles, so that the load of a shared machine hits both alike. Prints
     * every round and the medians.
     */
    static void speed(List<String> texts, int n, int rounds) {
        List<String> docs = corpus(texts, 20_000, 1);
        long bytes = 0;
        for (String d : docs) {
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        DedupOptions options = DedupOptions.defaults();
        Sketcher sketcher = new Sketcher(options, new LineStatistics(12));
        Shingler shingler = new Shingler(options.shingleSize());
        int hashes = options.lsh().hashes();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] sketchRate = new double[rounds];
        double[] baseRate = new double[rounds];
        long sink = 0;
        System.out.printf(Locale.ROOT, "%d docs per round, average %d bytes; docs per CPU-second of one thread%n",
                n, bytes / docs.size());
        for (int round = 0; round < rounds; round++) {
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += sketcher.sketch(docs.get(i % docs.size()), "").bandKeys()[0];
            }
            long mid = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                long[] shingles = shingler.shingles(Tokenizer.tokenize(docs.get(i % docs.size())).hashes());
                sink += MinHasher.classic(shingles, Integer.MAX_VALUE, hashes)[0];
            }
            long end = mx.getCurrentThreadCpuTime();
            sketchRate[round] = n / ((mid - cpu) / 1e9);
            baseRate[round] = n / ((end - mid) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: pith sketch %.0f docs/s; baseline classic MinHash (%d hashes) %.0f docs/s%n",
                    round, sketchRate[round], hashes, baseRate[round]);
        }
        java.util.Arrays.sort(sketchRate);
        java.util.Arrays.sort(baseRate);
        System.out.printf(Locale.ROOT, "median of %d rounds: pith sketch %.0f docs/s per thread, baseline %.0f (x%.1f)  (%d)%n",
                rounds, sketchRate[rounds / 2], baseRate[rounds / 2], sketchRate[rounds / 2] / baseRate[rounds / 2], sink & 1);
    }

    static void recall(List<String> texts, int n, double threshold) {
        List<String> docs = corpus(texts, n, 2);
        DedupOptions options = DedupOptions.defaults().withThreshold(threshold);
        Sketcher sketcher = new Sketcher(options, null);
        List<DocumentSketch> sketches = new ArrayList<>(n);
        for (String d : docs) {
            sketches.add(sketcher.sketch(d, ""));
        }
        // exact all pairs through an inverted index of shingles (pairs sharing none have J = 0)
        List<int[]> sets = new ArrayList<>(n);
        for (DocumentSketch s : sketches) {
            sets.add(Shingler.set(s.shingles()));
        }
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int s : sets.get(i)) {
                postings.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
            }
        }
        Map<Long, Integer> common = new HashMap<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() > 200) {
                continue; // a shingle in 200+ of these documents is a stop phrase, not a duplicate signal
            }
            for (int a = 0; a < p.size(); a++) {
                for (int b = a + 1; b < p.size(); b++) {
                    common.merge(((long) p.get(a) << 32) | p.get(b), 1, Integer::sum);
                }
            }
        }
        LshParams lsh = options.lsh();
        int[] bins = {0, 0, 0, 0};
        int[] found = {0, 0, 0, 0};
        double[] edges = {threshold, threshold + 0.1, threshold + 0.2};
        for (Map.Entry<Long, Integer> e : common.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            double j = SetSimilarity.of(sets.get(a), sets.get(b)).jaccard();
            int bin = j >= edges[2] ? 3 : j >= edges[1] ? 2 : j >= edges[0] ? 1 : 0;
            if (bin == 0) {
                continue;
            }
            bins[bin]++;
            int[] ka = sketches.get(a).bandKeys();
            int[] kb = sketches.get(b).bandKeys();
            for (int band = 0; band < lsh.bands(); band++) {
                if (ka[band] == kb[band]) {
                    found[bin]++;
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "n=%d threshold=%.2f LSH %d bands x %d rows (signature bands only)%n",
                n, threshold, lsh.bands(), lsh.rows());
        System.out.printf(Locale.ROOT, "J in [t, t+0.1): %d pairs, recall %.4f%n", bins[1], found[1] / (double) bins[1]);
        System.out.printf(Locale.ROOT, "J in [t+0.1, t+0.2): %d pairs, recall %.4f%n", bins[2], found[2] / (double) bins[2]);
        System.out.printf(Locale.ROOT, "J >= t+0.2: %d pairs, recall %.4f%n", bins[3], found[3] / (double) bins[3]);
        int all = bins[2] + bins[3];
        System.out.printf(Locale.ROOT, "J >= t+0.1: %d pairs, recall %.4f%n", all, (found[2] + found[3]) / (double) all);
    }

    static void synth(List<String> texts, int n, Path out) throws IOException {
        ObjectMapper m = new ObjectMapper();
        Random sites = new Random(3);
        List<String> docs = corpus(texts, n, 3);
        // a window may split a surrogate pair: this writer replaces it instead of failing
        try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> rec = new java.util.LinkedHashMap<>();
                rec.put("id", "s" + i);
                rec.put("site", "site" + sites.nextInt(Math.max(1, n / 10)));
                rec.put("text", docs.get(i));
                w.write(m.writeValueAsString(rec));
                w.write('\n');
            }
        }
    }
}
