package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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

    /**
     * The heaviest cell of a layout row is the text's column when it carries at least this share
     * of the row's positive weight ({@link #mainColumn}).
     */
    static final double MAIN_COLUMN_SHARE = 0.6;

    /** Below this best-subtree weight (about two paragraphs) a page has no article to find. */
    static final double MIN_ARTICLE_WEIGHT = 150;

    /**
     * A listing region whose blocks, once link lists are dropped, keep fewer words than this gives
     * nothing to read: its items were bare links, and the short article beside them is the page.
     */
    static final int MIN_LISTING_KEPT_WORDS = 10;

    /** A marked content element must carry this share of the best subtree's weight to replace it. */
    static final double MARKED_MIN_SHARE = 0.3;

    /** A marked element repeated this often in the region is an item, not the body. */
    static final int REPEATED_MARKS = 2;

    private RegionSelector() {
    }

    /**
     * Chooses the region with the article profile, or with the listing profile when no subtree
     * weighs {@link #MIN_ARTICLE_WEIGHT}: then the page has no article, and its linked items are
     * what it is for. The article is first sought with teaser streams weighing nothing (see
     * {@link #weighingNothing}); a page with no article outside its streams (a front page
     * made of them) is judged as before. Dialogs ({@link Dialogs}) weigh nothing in either look
     * for the article: a privacy policy the footer opens outweighs a shop page's copy, yet is
     * not what the page shows. An article found may still give way to a list of items that
     * outweighs it and ends before it ({@link OutweighingItems}). A list of items is joined by
     * the other boxes of its template ({@link AlikeLists}).
     */
    public static Region select(BlockTree tree, Element root) {
        boolean[] inDialogs = Dialogs.blocksIn(tree);
        boolean[] inStreams = TeaserItems.blocksIn(tree);
        if (anyOf(inStreams)) {
            Region beside = select(tree, root, weighingNothing(or(inStreams, inDialogs)), Region.Kind.ARTICLE);
            if (beside.weight() >= MIN_ARTICLE_WEIGHT) {
                return OutweighingItems.orArticle(tree, beside);
            }
        }
        ToDoubleFunction<TextBlock> articleWeights = anyOf(inDialogs) ? weighingNothing(inDialogs) : ContentWeight.ARTICLE::of;
        Region article = select(tree, root, articleWeights, Region.Kind.ARTICLE);
        if (article.weight() >= MIN_ARTICLE_WEIGHT) {
            return OutweighingItems.orArticle(tree, article);
        }
        Region listing = select(tree, root, ContentWeight.LISTING::of, Region.Kind.LISTING);
        Region items = RepeatedItemsSelector.select(tree);
        Region chosen;
        if (items.weight() > listing.weight() && items.weight() > article.weight()) {
            chosen = items;
        } else {
            chosen = listing.weight() > article.weight() ? listing : article;
        }
        if (chosen != article && article.weight() > 0 && keptWords(tree, chosen) < MIN_LISTING_KEPT_WORDS) {
            return article;
        }
        return chosen.with(ListingIntros.before(tree, chosen)).with(AlikeLists.beside(tree, chosen));
    }

    /**
     * The words of a region's blocks that are not link lists ({@link LinkListRule}): what the rules
     * leave of a listing. A short article (a paragraph or two, under {@link #MIN_ARTICLE_WEIGHT})
     * beside a "see more" box of bare links loses to the box by weight, yet the box reads as nothing.
     */
    private static int keptWords(BlockTree tree, Region region) {
        int words = 0;
        for (TextBlock b : tree.blocks()) {
            if (!LinkListRule.isLinkList(b) && region.contains(b.owner())) {
                words += b.words();
            }
        }
        return words;
    }

    /**
     * The article profile's weights with the prose of the flagged blocks counting for nothing:
     * beside an article, twenty headlines of a teaser stream ({@link TeaserItems}) with their
     * summaries outweigh it, and so does a policy in a dialog, yet none of them is its text.
     */
    private static ToDoubleFunction<TextBlock> weighingNothing(boolean[] flagged) {
        return b -> flagged[b.index()] ? Math.min(0, ContentWeight.ARTICLE.of(b)) : ContentWeight.ARTICLE.of(b);
    }

    /** {@code a} with the flags of {@code b} added (in place). */
    private static boolean[] or(boolean[] a, boolean[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] |= b[i];
        }
        return a;
    }

    /** Whether any of the flags is set. */
    static boolean anyOf(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static Region select(BlockTree tree, Element root, ToDoubleFunction<TextBlock> weights, Region.Kind kind) {
        double[] sums = tree.sum(weights);
        if (tree.size() == 0) {
            return new Region(List.of(root), Double.NEGATIVE_INFINITY, kind);
        }
        int best = 0;
        for (int n = 1; n < tree.size(); n++) {
            // Ties go to the deeper element: the parent adds nothing but wrapping.
            if (sums[n] > sums[best] + 1e-9 || Math.abs(sums[n] - sums[best]) <= 1e-9 && tree.depth(n) > tree.depth(best)) {
                best = n;
            }
        }
        best = mainColumn(tree, best, sums);
        int marked = bestMarked(tree, best, sums);
        double[] words = tree.sum(TextBlock::words);
        int chosen = marked < 0 ? best : marked;
        List<Element> roots = withSiblings(tree, chosen, sums, words);
        if (marked >= 0) {
            addAbsent(roots, markedParts(tree, best, marked, sums, words));
        }
        addAbsent(roots, WrappedSections.beside(tree, chosen, marked < 0 ? WrappedSections.NO_BOUND : best, sums, words));
        return new Region(roots, sums[chosen], kind);
    }

    /** Adds to {@code roots} the elements of {@code more} that are not among them yet. */
    private static void addAbsent(List<Element> roots, List<Element> more) {
        for (Element e : more) {
            if (!roots.contains(e)) {
                roots.add(e);
            }
        }
    }

    /**
     * The other parts of a marked body that the page splits into several containers of the same
     * base class, each in its own full-width section between figures or pull quotes, so that they
     * are cousins rather than siblings. They join on the terms siblings do, and must be marked
     * as content themselves and share the base class (the first class name): that keeps out
     * teasers that are merely also marked and the other widgets of page builders that give every
     * element one generic first class. An {@code <article>} is a composition of its own (a post
     * of a thread, a teaser), never part of another, and a dialog (a privacy policy or terms
     * box the page opens on demand) is never the article's continuation.
     */
    private static List<Element> markedParts(BlockTree tree, int best, int marked, double[] sums, double[] words) {
        Element bestElement = tree.element(best);
        Element markedElement = tree.element(marked);
        String base = baseClass(markedElement);
        List<Element> parts = new ArrayList<>();
        if (base.isEmpty() || markedElement.normalName().equals("article")) {
            return parts;
        }
        double threshold = siblingThreshold(sums[marked]);
        for (int n = 0; n < tree.size(); n++) {
            Element e = tree.element(n);
            if (e != markedElement && joinsAsSibling(n, threshold, sums, words)
                    && isPartLike(e, markedElement, base) && isInside(e, bestElement)
                    && !isInside(e, markedElement) && !isInside(markedElement, e)
                    && parts.stream().noneMatch(p -> isInside(e, p))) {
                parts.removeIf(p -> isInside(p, e));
                parts.add(e);
            }
        }
        return parts;
    }

    private static boolean isPartLike(Element e, Element marked, String base) {
        return e.normalName().equals(marked.normalName()) && base.equals(baseClass(e))
                && ContentMarkers.marks(e) && !Dialogs.isInside(e);
    }

    private static String baseClass(Element e) {
        String names = e.className().strip();
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    /**
     * The heaviest element inside {@code best} that the page marks as its content, when it
     * carries at least {@link #MARKED_MIN_SHARE} of the weight: the maximal subtree often
     * reaches past the article into teaser lists that sit beside it. -1 when there is none.
     */
    private static int bestMarked(BlockTree tree, int best, double[] sums) {
        Element bestElement = tree.element(best);
        int marked = -1;
        double markedSum = MARKED_MIN_SHARE * sums[best];
        for (int n = 0; n < tree.size(); n++) {
            Element e = tree.element(n);
            if (n != best && sums[n] >= markedSum && ContentMarkers.marks(e)
                    && isInside(e, bestElement) && !isOneOfMany(e, bestElement)) {
                marked = n;
                markedSum = sums[n];
            }
        }
        return marked;
    }

    /**
     * One of several elements alike (same tag and classes) within the region: a post of a
     * thread, a section of a service page, a teaser card — not the one article body.
     */
    static boolean isOneOfMany(Element e, Element region) {
        String tag = e.normalName();
        String classes = e.className();
        int[] alike = {0};
        // Stops as soon as REPEATED_MARKS alike elements (the element itself among them) are seen,
        // instead of collecting every element with the tag.
        NodeTraversor.filter((node, depth) -> node instanceof Element other && other.normalName().equals(tag)
                && other.className().equals(classes) && ++alike[0] >= REPEATED_MARKS
                ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE, region);
        return alike[0] >= REPEATED_MARKS;
    }

    /** Whether {@code ancestor} is above {@code e} (not {@code e} itself). */
    static boolean isInside(Element e, Element ancestor) {
        for (Element cur = e.parent(); cur != null; cur = cur.parent()) {
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cell that holds the text when the best subtree is one row of a layout table: old sites
     * set the text in one column and news, links or addresses in the columns beside it, and the
     * summed row outweighs the text's own cell whenever a side column holds prose. The text's cell
     * must carry most of the row ({@link #MAIN_COLUMN_SHARE}): a text the page sets in two columns
     * of like length stays whole.
     */
    private static int mainColumn(BlockTree tree, int best, double[] sums) {
        Element row = tree.element(best);
        if (!row.normalName().equals("tr") || sums[best] <= 0) {
            return best;
        }
        int heaviest = -1;
        double positive = 0;
        for (Element cell : row.children()) {
            int n = tree.nodeOf(cell);
            if (n < 0 || sums[n] <= 0) {
                continue;
            }
            positive += sums[n];
            if (heaviest < 0 || sums[n] > sums[heaviest]) {
                heaviest = n;
            }
        }
        return heaviest >= 0 && sums[heaviest] >= MAIN_COLUMN_SHARE * positive ? heaviest : best;
    }

    /** Whether the element is a table cell: the cells beside it are columns, not its continuation. */
    static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** The weight a sibling container needs to join a region of the given weight. */
    static double siblingThreshold(double regionWeight) {
        return Math.max(MIN_SIBLING_WEIGHT, SIBLING_SHARE * regionWeight);
    }

    /** Whether node {@code n} weighs {@code threshold} and is prose throughout ({@link #SIBLING_MIN_DENSITY}). */
    static boolean joinsAsSibling(int n, double threshold, double[] sums, double[] words) {
        return sums[n] >= threshold && sums[n] >= SIBLING_MIN_DENSITY * words[n];
    }

    private static List<Element> withSiblings(BlockTree tree, int best, double[] sums, double[] words) {
        List<Element> roots = new ArrayList<>();
        Element bestElement = tree.element(best);
        Element parent = bestElement.parent();
        if (parent == null || sums[best] <= 0 || isCell(bestElement)) {
            roots.add(bestElement);
            return roots;
        }
        double threshold = siblingThreshold(sums[best]);
        for (Element sibling : parent.children()) {
            int n = tree.nodeOf(sibling);
            if (sibling == bestElement || n >= 0 && joinsAsSibling(n, threshold, sums, words)) {
                roots.add(sibling);
            }
        }
        return roots;
    }
}
