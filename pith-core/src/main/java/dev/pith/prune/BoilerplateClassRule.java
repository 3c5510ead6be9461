package dev.pith.prune;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Containers whose class or id names a kind of page furniture: share bars, cookie banners,
 * newsletter boxes, related-article rails, ads, breadcrumbs, bylines. CMS themes name these
 * consistently across millions of sites, which makes the name a strong signal. Spared when the
 * name also says "content" the way article bodies do, or when it holds most of the page.
 */
final class BoilerplateClassRule implements PruneRule {

    /** Stems that name furniture wherever they appear in a class or id. */
    private static final Pattern FURNITURE = Pattern.compile(
            "share|sharing|social|cookie|consent|gdpr|newsletter|breadcrumb|sidebar|advert|adsense"
            + "|ad-slot|adslot|ad-container|ad-wrapper|dfp-|google-ad|sponsor|promo|related|recommend"
            + "|popular|trending|most-read|mostread|subscribe|subscription|signup|sign-up|paywall"
            + "|popup|modal|navbar|navigation|nav-|-nav|menu|footer|masthead|toolbar|outbrain"
            + "|taboola|pagination|pager|skip-link|skiplink|jump-to|byline|author-bio|authorbio"
            + "|tag-list|taglist|post-tags|entry-tags|article-tags|keywords|read-more|readmore"
            + "|further-reading|donate|donation|newsletter|banner-ad|print-only|disclaimer"
            + "|site-header|global-header|page-header|top-bar|topbar|offcanvas|off-canvas|login");

    /** Whole tokens that name furniture but are too short to match as stems. */
    private static final Pattern FURNITURE_TOKEN = Pattern.compile(
            "(^|[\\s_-])(ad|ads|nav|tags|meta|post-meta|entry-meta|article-meta|share|rss|print|author|dateline|date|timestamp|caption-credit|credit|toc|table-of-contents)($|[\\s_-])");

    /** Names that mark the article body itself; furniture words beside them are incidental. */
    private static final Pattern CONTENT = Pattern.compile(
            "article-body|articlebody|article-content|entry-content|post-content|post-body|story-body"
            + "|main-content|maincontent|page-content|body-text|article-text|content-body|td-post-content");

    private static final Set<String> NEVER = Set.of("html", "body", "main", "article");

    @Override
    public String name() {
        return "boilerplate-class";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        if (NEVER.contains(e.normalName())) {
            return false;
        }
        String names = ClassNames.of(e);
        if (names.isEmpty() || CONTENT.matcher(names).find()) {
            return false;
        }
        boolean furniture = FURNITURE.matcher(names).find() || FURNITURE_TOKEN.matcher(names).find();
        return furniture && context.shareOfPage(e) <= Pruner.MAX_PRUNED_SHARE;
    }
}
