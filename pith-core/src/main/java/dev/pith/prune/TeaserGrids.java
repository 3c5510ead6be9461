package dev.pith.prune;

import dev.pith.parse.Ancestors;
import dev.pith.util.Stems;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Boxes named for teasers of other pages ("related-product", "popular-posts", "recommended-items"):
 * beside an article they are furniture, but on a listing or service page whose only other text
 * is the site's menus and footer, the grid of teasers is the page. Such a box is spared when it
 * holds most of the text that the page's other furniture leaves ({@link PruneContext#holdsRestOfPage}):
 * a mega-menu or a long footer makes the page-wide share of a product grid look small.
 *
 * <p>Not beside an {@code <article>}: a page that marks its article is an article page, and a
 * "related" box next to a short article is furniture however much text it holds. Only teaser
 * names: a footer, menu or cookie banner is site furniture however little else a page holds.
 */
final class TeaserGrids {

    /** Class and id stems naming a box of teasers for other pages. */
    static final List<String> TEASER_STEMS = List.of(
            "related", "recommend", "popular", "trending", "most-read", "mostread", "further-reading");

    private static final Stems STEMS = Stems.of(TEASER_STEMS);

    private static final Evaluator ARTICLE = QueryParser.parse("article");

    private TeaserGrids() {
    }

    /** True when {@code e} is named for teasers and holds most of what the page's furniture leaves, with no article beside it. */
    static boolean isThePage(Element e, PruneContext context) {
        return namesTeasers(e) && context.holdsRestOfPage(e) && !besideAnArticle(e);
    }

    private static boolean namesTeasers(Element e) {
        return e.attributesSize() > 0 && (STEMS.foundInLowerCased(e.className()) || STEMS.foundInLowerCased(e.id()));
    }

    /** True when the page holds an {@code <article>} element that neither holds nor stands in {@code box}. */
    private static boolean besideAnArticle(Element box) {
        Element root = box.ownerDocument() == null ? box.root() : box.ownerDocument();
        for (Element article : root.select(ARTICLE)) {
            if (!Ancestors.isWithin(box, article) && !Ancestors.isWithin(article, box)) {
                return true;
            }
        }
        return false;
    }
}
