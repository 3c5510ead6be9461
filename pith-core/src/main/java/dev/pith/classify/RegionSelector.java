package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the main-content container: the subtree whose blocks have the largest summed
 * {@link ContentWeight}. Going up from a paragraph to its ancestors adds neighbours; the sum
 * grows while they are prose and shrinks once menus and link rails join, so the maximum sits
 * at the article's own container. On forums and listings the posts or items add up under
 * their common parent, which is why this works beyond articles.
 */
public final class RegionSelector {

    /**
     * A sibling container joins the region when it weighs at least this share of the main
     * container: articles split into a lead and a body, or a body and an "update" box.
     */
    static final double SIBLING_SHARE = 0.2;
    /** ...and at least this many words' weight on its own. */
    static final double MIN_SIBLING_WEIGHT = 15;
    /**
     * ...and this much weight per word: the continuation of an article is prose throughout,
     * while a "recent articles" rail beside it mixes summaries with links and labels.
     */
    static final double SIBLING_MIN_DENSITY = 0.9;

    /** Below this best-subtree weight (about two paragraphs) a page has no article to find. */
    static final double MIN_ARTICLE_WEIGHT = 150;

    /** A marked content element must carry this share of the best subtree's weight to replace it. */
    static final double MARKED_MIN_SHARE = 0.3;

    /** A marked element repeated this often in the region is an item, not the body. */
    static final int REPEATED_MARKS = 2;

    private RegionSelector() {
    }

    /**
     * Chooses the region with the article profile, or with the listing profile when no subtree
     * weighs {@link #MIN_ARTICLE_WEIGHT}: then the page has no article, and its linked items are
     * what it is for.
     */
    public static Region select(List<TextBlock> blocks, Element root) {
        Region article = select(blocks, root, ContentWeight.ARTICLE);
        if (article.weight() >= MIN_ARTICLE_WEIGHT) {
            return article;
        }
        Region listing = select(blocks, root, ContentWeight.LISTING);
        Region items = RepeatedItemsSelector.select(blocks);
        if (items.weight() > listing.weight() && items.weight() > article.weight()) {
            return items;
        }
        return listing.weight() > article.weight() ? listing : article;
    }

    static Region select(List<TextBlock> blocks, Element root, ContentWeight weights) {
        Map<Element, Double> sums = new LinkedHashMap<>();
        Map<Element, Integer> words = new LinkedHashMap<>();
        Map<Element, Integer> depths = new LinkedHashMap<>();
        for (TextBlock b : blocks) {
            double w = weights.of(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                sums.merge(e, w, Double::sum);
                words.merge(e, b.words(), Integer::sum);
                if (e == root) {
                    break;
                }
            }
        }
        Element best = root;
        double bestSum = Double.NEGATIVE_INFINITY;
        int bestDepth = -1;
        for (Map.Entry<Element, Double> entry : sums.entrySet()) {
            Element e = entry.getKey();
            double sum = entry.getValue();
            int depth = depths.computeIfAbsent(e, RegionSelector::depth);
            // Ties go to the deeper element: the parent adds nothing but wrapping.
            if (sum > bestSum + 1e-9 || (Math.abs(sum - bestSum) <= 1e-9 && depth > bestDepth)) {
                best = e;
                bestSum = sum;
                bestDepth = depth;
            }
        }
        Element marked = bestMarked(best, bestSum, sums);
        if (marked != null) {
            best = marked;
            bestSum = sums.get(marked);
        }
        return new Region(withSiblings(best, bestSum, sums, words), bestSum,
                weights == ContentWeight.ARTICLE ? Region.Kind.ARTICLE : Region.Kind.LISTING);
    }

    /**
     * The heaviest element inside {@code best} that the page marks as its content, when it
     * carries at least {@link #MARKED_MIN_SHARE} of the weight: the maximal subtree often
     * reaches past the article into teaser lists that sit beside it.
     */
    private static Element bestMarked(Element best, double bestSum, Map<Element, Double> sums) {
        Element marked = null;
        double markedSum = MARKED_MIN_SHARE * bestSum;
        for (Map.Entry<Element, Double> entry : sums.entrySet()) {
            Element e = entry.getKey();
            if (e != best && entry.getValue() >= markedSum && ContentMarkers.marks(e)
                    && isInside(e, best) && !isOneOfMany(e, best)) {
                marked = e;
                markedSum = entry.getValue();
            }
        }
        return marked;
    }

    /**
     * One of several elements alike (same tag and classes) within the region: a post of a
     * thread, a section of a service page, a teaser card — not the one article body.
     */
    static boolean isOneOfMany(Element e, Element region) {
        int alike = 0;
        for (Element other : region.getElementsByTag(e.normalName())) {
            if (other.className().equals(e.className()) && ++alike >= REPEATED_MARKS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element cur = e.parent(); cur != null; cur = cur.parent()) {
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element best, double bestSum, Map<Element, Double> sums,
                                              Map<Element, Integer> words) {
        List<Element> roots = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null || bestSum <= 0) {
            roots.add(best);
            return roots;
        }
        double threshold = Math.max(MIN_SIBLING_WEIGHT, SIBLING_SHARE * bestSum);
        for (Element sibling : parent.children()) {
            double sum = sums.getOrDefault(sibling, 0.0);
            if (sibling == best || sum >= threshold && sum >= SIBLING_MIN_DENSITY * words.get(sibling)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element cur = e.parent(); cur != null; cur = cur.parent()) {
            d++;
        }
        return d;
    }
}
