package dev.pith.classify;

import dev.pith.util.Stems;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Markup by which a page names its own main content: {@code <article>},
 * {@code itemprop="articleBody"}, and the class names CMS themes give article bodies
 * ({@code entry-content}, {@code story-body}…). A hint, not a verdict: the region selector
 * uses it only when the marked element also carries most of the content weight.
 */
final class ContentMarkers {

    private static final Stems BODY_CLASS_STEMS = Stems.of(
            "article-body", "articlebody", "article__body", "article-content", "article__content",
            "entry-content", "post-content", "post-body", "post__body", "post__content", "story-body",
            "storybody", "story-content", "article-text", "articletext", "body-text", "bodytext",
            "content-body", "td-post-content", "blog-post-body", "news-body", "single-content",
            "rich-text", "richtext", "prose");

    private ContentMarkers() {
    }

    static boolean marks(Element e) {
        if (e.normalName().equals("article")) {
            return true;
        }
        // Only articleBody: itemprop "text" marks each answer of a Q&A page, one of many.
        if (e.attr("itemprop").equals("articleBody")) {
            return true;
        }
        String names = e.className();
        if (names.isEmpty() && e.id().isEmpty()) {
            return false;
        }
        String lower = (names + " " + e.id()).toLowerCase(Locale.ROOT);
        return BODY_CLASS_STEMS.foundIn(lower);
    }
}
