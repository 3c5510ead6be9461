package dev.pith.cli.dedup;

import dev.pith.dedup.Clusters;
import dev.pith.dedup.DocFeatures;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        int[] sizes = new int[c.cluster().length];
        for (int label : c.cluster()) {
            sizes[label]++;
        }
        return sizes;
    }

    static void write(PrintStream out, Clusters c, int[] sizes, List<DocFeatures> features) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < sizes.length; label++) {
            if (sizes[label] > 0) {
                histogram.merge(sizes[label], 1, Integer::sum);
                labels.add(label);
            }
        }
        out.println("# pith dedup: cluster report");
        out.printf("clusters %d, documents %d%n", labels.size(), sizes.length);
        out.println("size\tclusters");
        histogram.forEach((size, count) -> out.println(size + "\t" + count));
        labels.sort((a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        List<Integer> top = labels.subList(0, Math.min(LARGEST, labels.size()));
        out.println("# largest clusters: cluster, size, survivor, sample members");
        for (int label : top) {
            if (sizes[label] < 2) {
                break;
            }
            List<String> members = new ArrayList<>();
            for (int doc = label; doc < c.cluster().length && members.size() < SAMPLE; doc++) {
                if (c.cluster()[doc] == label && !c.isSurvivor(doc)) {
                    members.add(features.get(doc).id() + String.format(" (%.2f)", c.similarity()[doc]));
                }
            }
            out.printf("%d\t%d\t%s\t%s%n", label, sizes[label], features.get(c.survivor()[label]).id(),
                    String.join(", ", members));
        }
    }
}
