package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the articles a news template appends below the one asked for ("infinite scroll"): each
 * a container alike the first (same {@link SiblingShape}), each under its own top-level headline.
 * The region holds them all, since together they outweigh anything else, but the page is the
 * first. A page's own sections carry lower headings ({@code h2}, {@code h3}); one {@code h1} per
 * alike container is a story of its own.
 */
final class FollowingArticles {

    /**
     * The first article has at least this many words: on a blog's front page every post's teaser
     * is an {@code <article>} under its own headline, a few lines long, and all of them are the page.
     */
    static final int MIN_ARTICLE_WORDS = 150;

    private FollowingArticles() {
    }

    /** The containers of the second and later articles in an article region; empty on most pages. */
    static Set<Element> find(List<TextBlock> blocks, Region region) {
        if (region.kind() != Region.Kind.ARTICLE) {
            return Set.of();
        }
        List<Element> headlines = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b.owner().normalName().equals("h1") && region.contains(b.owner())) {
                headlines.add(b.owner());
            }
        }
        Set<Element> following = new LinkedHashSet<>();
        for (int k = 1; k < headlines.size(); k++) {
            Element later = containerOf(headlines.get(0), headlines.get(k));
            if (later != null) {
                following.add(later);
            }
        }
        return following.isEmpty() || wordsBefore(blocks, region, following) < MIN_ARTICLE_WORDS ? Set.of() : following;
    }

    /** The words of the region's blocks before the first following article: the page's own article. */
    private static int wordsBefore(List<TextBlock> blocks, Region region, Set<Element> following) {
        Element next = following.iterator().next();
        int words = 0;
        for (TextBlock b : blocks) {
            if (b.owner() == next || RegionSelector.isInside(b.owner(), next)) {
                return words;
            }
            if (region.contains(b.owner())) {
                words += b.words();
            }
        }
        return words;
    }

    /**
     * The child of the two headlines' nearest common ancestor that holds {@code later}, when it has
     * the shape of the one that holds {@code first}; null otherwise.
     */
    private static Element containerOf(Element first, Element later) {
        Set<Element> above = new LinkedHashSet<>(first.parents());
        Element childOfLater = later;
        for (Element cur = later.parent(); cur != null; cur = cur.parent()) {
            if (above.contains(cur)) {
                Element childOfFirst = childOf(cur, first);
                return childOfFirst != childOfLater && SiblingShape.of(childOfFirst).equals(SiblingShape.of(childOfLater))
                        && holdsArticle(childOfFirst, first) && holdsArticle(childOfLater, later) ? childOfLater : null;
            }
            childOfLater = cur;
        }
        return null;
    }

    /** Whether {@code container} is, or holds above {@code headline}, an {@code <article>} element. */
    private static boolean holdsArticle(Element container, Element headline) {
        for (Element cur = headline.parent(); cur != null; cur = cur.parent()) {
            if (cur.normalName().equals("article")) {
                return true;
            }
            if (cur == container) {
                return false;
            }
        }
        return false;
    }

    /** The child of {@code ancestor} on the way down to {@code e}. */
    private static Element childOf(Element ancestor, Element e) {
        Element child = e;
        while (child.parent() != ancestor) {
            child = child.parent();
        }
        return child;
    }
}
