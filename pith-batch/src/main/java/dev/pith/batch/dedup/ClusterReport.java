package dev.pith.batch.dedup;

import dev.pith.dedup.Clusters;
import dev.pith.dedup.DocFeatures;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/** The cluster report: how many clusters of each size, and a sample of the largest ones. */
final class ClusterReport {

    /** Largest clusters listed. */
    static final int LARGEST = 10;
    /** Member ids shown per listed cluster. */
    static final int SAMPLE = 5;

    private ClusterReport() {
    }

    static int[] sizes(Clusters c) {
        int[] sizes = new int[c.size()];
        for (int label : c.clusterNumbers()) {
            sizes[label]++;
        }
        return sizes;
    }

    static void write(PrintStream out, Clusters c, int[] sizes, List<DocFeatures> features) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        Comparator<Integer> largestFirst = (a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a])
                : Integer.compare(a, b);
        // the LARGEST best so far, worst on top: no list of every cluster on the heap
        PriorityQueue<Integer> largest = new PriorityQueue<>(largestFirst.reversed());
        int clusters = 0;
        for (int label = 0; label < sizes.length; label++) {
            if (sizes[label] > 0) {
                histogram.merge(sizes[label], 1, Integer::sum);
                clusters++;
                largest.add(label);
                if (largest.size() > LARGEST) {
                    largest.poll();
                }
            }
        }
        out.println("# pith dedup: cluster report");
        out.printf("clusters %d, documents %d%n", clusters, sizes.length);
        out.println("size\tclusters");
        histogram.forEach((size, count) -> out.println(size + "\t" + count));
        List<Integer> top = new ArrayList<>(largest);
        top.sort(largestFirst);
        out.println("# largest clusters: cluster, size, survivor, sample members");
        for (int label : top) {
            if (sizes[label] < 2) {
                break;
            }
            List<String> members = new ArrayList<>();
            for (int doc = label; doc < c.size() && members.size() < SAMPLE; doc++) {
                if (c.clusterOf(doc) == label && !c.isSurvivor(doc)) {
                    members.add(cell(features.get(doc).id()) + String.format(" (%.2f)", c.similarityOf(doc)));
                }
            }
            out.printf("%d\t%d\t%s\t%s%n", label, sizes[label], cell(features.get(c.survivorOf(label)).id()),
                    String.join(", ", members));
        }
    }

    /** An id as one TSV cell: a tab or line break in it would shift the columns or start a row. */
    static String cell(String id) {
        return id.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
