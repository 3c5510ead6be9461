package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds a page's list of items: the container whose children repeat one structure (same tag
 * and classes) and together carry the most substantial text. Product grids, search results,
 * news front pages and link aggregators are built this way, and there the items are the
 * content even when every word of them is a link.
 */
final class RepeatedItemsSelector {

    /** Fewer siblings than this are not a list. */
    static final int MIN_ITEMS = 3;
    /** Links shorter than this (menu entries, "reply", "42 comments") add nothing to an item. */
    static final double MIN_WORDS_PER_LINK = 3;

    private RepeatedItemsSelector() {
    }

    /** The container of the heaviest repeated structure and its weight; weight 0 when there is none. */
    static Region select(List<TextBlock> blocks) {
        Map<Element, Double> itemWeights = new LinkedHashMap<>();
        for (TextBlock b : blocks) {
            double w = substantialWords(b);
            if (w <= 0) {
                continue;
            }
            // Credit the block to every ancestor, so each element knows the weight below it.
            for (Element e = b.owner(); e != null; e = e.parent()) {
                itemWeights.merge(e, w, Double::sum);
            }
        }
        Element best = null;
        double bestWeight = 0;
        Map<Element, Boolean> seenParents = new LinkedHashMap<>();
        for (Element e : itemWeights.keySet()) {
            Element parent = e.parent();
            if (parent == null || seenParents.put(parent, Boolean.TRUE) != null) {
                continue;
            }
            double weight = heaviestGroup(parent, itemWeights);
            if (weight > bestWeight) {
                best = parent;
                bestWeight = weight;
            }
        }
        return best == null ? new Region(List.of(), 0, Region.Kind.ITEMS)
                : new Region(List.of(best), bestWeight, Region.Kind.ITEMS);
    }

    private static double heaviestGroup(Element parent, Map<Element, Double> itemWeights) {
        Map<String, double[]> groups = new HashMap<>();
        for (Element child : parent.children()) {
            Double w = itemWeights.get(child);
            if (w == null) {
                continue;
            }
            double[] g = groups.computeIfAbsent(child.normalName() + '.' + child.className(), k -> new double[2]);
            g[0]++;
            g[1] += w;
        }
        double best = 0;
        for (double[] g : groups.values()) {
            if (g[0] >= MIN_ITEMS && g[1] > best) {
                best = g[1];
            }
        }
        return best;
    }

    /** Words of prose and of title-length links; menu-length links count nothing. */
    private static double substantialWords(TextBlock b) {
        int prose = b.words() - b.linkWords();
        return b.wordsPerLink() >= MIN_WORDS_PER_LINK ? prose + b.linkWords() : prose;
    }
}
