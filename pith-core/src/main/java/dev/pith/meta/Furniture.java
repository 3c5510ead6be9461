package dev.pith.meta;

import dev.pith.parse.Ancestors;
import dev.pith.parse.Descendants;
import dev.pith.util.Stems;
import dev.pith.util.TextMetrics;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether an element sits in page furniture whose dates and names are not the article's:
 * comments, related-article teasers, sidebars, footers. A comment dated yesterday or a teaser
 * by another author must never win over the article's own byline.
 */
final class Furniture {

    /**
     * Most h1 elements a page's list holds; on a page with more (hostile markup), each container
     * is searched for an h1 instead.
     */
    static final int MAX_LISTED_H1 = 200;

    /** Ancestors examined; furniture containers sit within a few levels of a byline or date. */
    private static final int MAX_DEPTH = 25;
    /** Longest text of a teaser card: a title, a date and a sentence or two of summary. */
    private static final int MAX_TEASER_LENGTH = 600;
    /** Levels above a date or byline searched for a teaser card: its title link sits close by. */
    private static final int TEASER_CARD_DEPTH = 3;
    /** Words of a story title; a name, a category or a "Leave a comment" link has fewer. */
    private static final int MIN_TITLE_WORDS = 4;
    /** The headings a teaser card titles itself with. */
    private static final String TEASER_HEADINGS = "h2, h3, h4";

    private static final String[] FURNITURE = {
        "comment", "reply", "replies", "respond", "disqus", "discussion", "related", "recommend", "sidebar", "footer",
        "popular", "trending", "more-from", "more-stories", "read-more", "readmore", "teaser", "newsletter",
        "next-post", "prev-post", "previous-post", "post-navigation", "carousel", "also-like", "you-may", "most-read"};
    /** Names of the main content container: what sits inside it, outside any furniture below it, is the page's own. */
    private static final Stems MAIN_CONTENT = Stems.of("main-content", "maincontent", "main_content", "main-container");
    /** The furniture word for signup boxes, which newsletter platforms also use for their posts. */
    private static final String NEWSLETTER = "newsletter";
    /** Names of a signup box, with or without its form in the markup. */
    private static final Pattern SIGNUP = Pattern.compile("sign-?up|subscri|opt-?in");
    private static final String SIDEBAR = "sidebar";
    /**
     * "sidebar" naming the layout of a container that has one, not the sidebar: a BEM modifier
     * ({@code article--sidebar-right}), a CSS variable or arbitrary value ({@code [--sidebar-width:18rem]}),
     * or a layout class ({@code has-sidebar}, {@code layout-sidebar-left}, {@code template-sidebar}, {@code sidebar-mode}).
     */
    private static final Pattern SIDEBAR_LAYOUT = Pattern.compile(
            "--sidebar|\\[[^\\]\\s]*sidebar[^\\s]*|(?:has|with|no|fixed|template|layout)-sidebar|sidebar-(?:mode|width|layout)");

    /**
     * "footer" naming a post's own footer line ({@code post-footer}, {@code entry-footer},
     * {@code article-footer}): blog themes print the byline and the date there, under the post,
     * as an {@code <article>}'s own {@code <footer>} would hold them.
     */
    private static final Pattern OWN_FOOTER = Pattern.compile("(?:post|entry|article)[-_]+footer");
    private static final String FOOTER = "footer";
    /** A schema.org item type of an article kind: Article, NewsArticle, BlogPosting and the like. */
    private static final Pattern ARTICLE_ENTITY = Pattern.compile("(?i)schema\\.org/\\w*(?:article|posting)\\b");

    /** Every h1 of the page, in document order, or null when each container is searched instead. */
    private final List<Element> h1s;
    /** Those of {@link #h1s} with text: a headline (an h1 without text is a logo image). */
    private final List<Element> headlines;

    private Furniture(List<Element> h1s) {
        this.h1s = h1s == null ? null : List.copyOf(h1s);
        this.headlines = h1s == null ? null : h1s.stream().filter(h1 -> !h1.text().isBlank()).toList();
    }

    /**
     * The furniture of a page whose h1 elements are known: gathered by the {@link PageScan}'s
     * walk, so that asking whether a container holds the headline looks up from the few h1s
     * instead of walking the container, for every byline, date and ancestor asked about.
     * More than {@link #MAX_LISTED_H1} of them, and containers are searched.
     *
     * @param h1s every h1 of the page, in document order; the page must not change while this is asked
     */
    static Furniture withHeadings(List<Element> h1s) {
        return new Furniture(h1s.size() > MAX_LISTED_H1 ? null : h1s);
    }

    /** The furniture of a parsed page, or of elements of no page (null), its h1s found by a search. */
    static Furniture of(Document doc) {
        return doc == null ? new Furniture(null) : withHeadings(doc.getElementsByTag("h1"));
    }

    /** True when the element or one of its ancestors is a comment, teaser or sidebar container. */
    boolean contains(Element e) {
        Element cur = e;
        for (int depth = 0; cur != null && depth < MAX_DEPTH; depth++, cur = cur.parent()) {
            String tag = cur.normalName();
            if ("body".equals(tag) || "html".equals(tag)) {
                return false;
            }
            if ("article".equals(tag) && isTeaserCard(cur)) {
                return true;
            }
            if ("footer".equals(tag) || "aside".equals(tag)) {
                // a page's <footer> or <aside> is furniture; an article's own (meta box, footer line) is not
                return Ancestors.closest(cur, "article") == null;
            }
            if ("main".equals(tag)) {
                // the page's main element holds the article; a sidebar around it is layout
                return false;
            }
            String hints = ClassHints.of(cur.className(), cur.id());
            if (hints.isEmpty()) {
                continue;
            }
            if (MAIN_CONTENT.foundIn(hints)) {
                // "template-sidebar main-content": the main column of a layout that has a sidebar
                return false;
            }
            if (hints.contains(SIDEBAR)) {
                hints = SIDEBAR_LAYOUT.matcher(hints).replaceAll(" ");
            }
            if (hints.contains(FOOTER)) {
                hints = insideArticle(cur) ? hints.replace(FOOTER, " ") : OWN_FOOTER.matcher(hints).replaceAll(" ");
            }
            if (ClassHints.startsAnyPart(hints, FURNITURE) && !newsletterPost(cur, hints) && !holdsHeadline(cur)
                    && !followsHeadline(cur)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a date in the element is not the article's: it sits in furniture, or in an item
     * of a list of story links ({@link #inTeaserList}). Bylines are not tested for the list:
     * an article's own byline row may link its story under another heading.
     */
    boolean containsDate(Element e) {
        return contains(e) || inTeaserList(e);
    }

    /**
     * True when the element sits in one item of a list of story links: a "more news" list (a
     * date and a linked headline per item) or a grid of teaser cards (image, linked title,
     * date), in any markup, named in any language or not at all. The item is small, holds a
     * link whose text is a story title, and has a sibling of the same shape (same tag and
     * class) that links somewhere too. A link whose text the document title holds is the
     * page's own headline; a link of one or two words is a name or a category, as bylines hold.
     */
    boolean inTeaserList(Element e) {
        Element cur = e.parent();
        for (int depth = 0; cur != null && depth < TEASER_CARD_DEPTH; depth++, cur = cur.parent()) {
            if ("body".equals(cur.normalName()) || ShortText.of(cur, MAX_TEASER_LENGTH) == null || holdsHeadline(cur)) {
                return false;
            }
            if (hasStoryLink(cur, e) && hasLinkingTwin(cur)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStoryLink(Element card, Element e) {
        String docTitle = TitleChooser.norm(e.ownerDocument() == null ? "" : e.ownerDocument().title());
        for (Element a : card.getElementsByTag("a")) {
            if (isStoryLink(a, e, docTitle)) {
                return true;
            }
        }
        return false;
    }

    /** True when a sibling has the item's tag and class and holds a link. */
    private static boolean hasLinkingTwin(Element item) {
        for (Element sibling : item.siblingElements()) {
            if (sibling.normalName().equals(item.normalName()) && sibling.className().equals(item.className())
                    && sibling.selectFirst("a[href]") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a link, apart from the element, whose text is a story title other than the page's
     * ({@code docTitle}, normalised once per card).
     */
    private static boolean isStoryLink(Element a, Element e, String docTitle) {
        // the date itself may be a permalink, or hold one
        // a link to a place on a page ("#respond": "Leave a comment") is no story
        if (!a.hasAttr("href") || a.attr("href").indexOf('#') >= 0 || e.closest("a") == a || a.parents().contains(e)) {
            return false;
        }
        String text = a.text();
        if (TextMetrics.words(text) < MIN_TITLE_WORDS) {
            return false;
        }
        return !docTitle.contains(TitleChooser.norm(text));
    }

    /**
     * True when the container sits in an article: an {@code <article>} element or a schema.org
     * article entity ({@code itemscope itemtype=".../Article"}). A container named "footer"
     * there is the article's own footer line (the date and categories under a news item's
     * heading), as an {@code <article>}'s {@code <footer>} is; the page's footer is outside it.
     */
    private static boolean insideArticle(Element container) {
        for (Element p = container.parent(); p != null; p = p.parent()) {
            if ("article".equals(p.normalName()) || ARTICLE_ENTITY.matcher(p.attr("itemtype")).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A container named like furniture that holds an {@code <h1>} is the article's own: themes
     * reuse such names for the main column ({@code id="sidebar"} on the content area, a post
     * tagged "popular", a header image {@code figure class="teaser"} with the headline in it).
     * Comments, teasers and sidebars never carry the page's headline (a logo h1 has no text).
     */
    private boolean holdsHeadline(Element container) {
        // an h1 without text is the site's logo image, which headers and furniture also hold
        if (headlines == null) {
            return Descendants.first(container, "h1", h1 -> !h1.text().isBlank()) != null;
        }
        return anyWithin(headlines, container);
    }

    /** True when one of the elements is the container or lies below it. */
    private static boolean anyWithin(List<Element> elements, Element container) {
        for (Element e : elements) {
            if (Ancestors.isWithin(e, container)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A container named like furniture that comes right after the headline, its next sibling,
     * is the article's own intro: CMSs name the standfirst and the byline row under the h1
     * "teaser" ({@code teaser-text}, {@code teaser-small__metadata}) after the teaser the story
     * shows on index pages. Teaser cards and comments never follow the page's headline.
     */
    private static boolean followsHeadline(Element container) {
        Element previous = container.previousElementSibling();
        return previous != null && "h1".equals(previous.normalName()) && !previous.text().isBlank();
    }

    /**
     * An {@code <article>} that is a teaser card for another page: short, without a headline
     * of its own, its title a link ({@code <h2><a href>}). "Similar posts" sliders and
     * "more from this category" grids repeat the card once per story, each with its own date,
     * under class names in every language or none; the page's own article is long or holds the h1.
     */
    private boolean isTeaserCard(Element article) {
        if (ShortText.of(article, MAX_TEASER_LENGTH) == null || holdsH1(article)) {
            return false;
        }
        Element heading = article.selectFirst(TEASER_HEADINGS);
        return heading != null && (heading.selectFirst("a[href]") != null || Ancestors.closest(heading, "a") != null);
    }

    /** True when the container is or holds an h1, with text or without. */
    private boolean holdsH1(Element container) {
        return h1s == null ? Descendants.first(container, "h1", h1 -> true) != null : anyWithin(h1s, container);
    }

    /**
     * A container named only "newsletter" that is not a signup box: an {@code <article>}
     * ("newsletter-post" on a newsletter platform), or one that neither says signup nor holds a
     * form or input field ("newsletter-details" under the headline of an issue). A signup box
     * asks for an address.
     */
    private static boolean newsletterPost(Element e, String hints) {
        if (!hints.contains(NEWSLETTER) || ClassHints.startsAnyPart(hints.replace(NEWSLETTER, ""), FURNITURE)) {
            return false;
        }
        return "article".equals(e.normalName()) || !SIGNUP.matcher(hints).find() && e.selectFirst("form, input") == null;
    }
}
