package dev.pith.prune;

import dev.pith.util.Chars;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Containers whose class or id names a kind of page furniture: share bars, cookie banners,
 * newsletter boxes, related-article rails, ads, breadcrumbs, bylines. CMS themes name these
 * consistently across millions of sites, which makes the name a strong signal. Spared when the
 * name also says "content" the way article bodies do, when it holds most of the page, or when it
 * holds all the words of the heading it stands in (the heading is content, whatever its link's
 * class says), or when it is a heading that a table-of-contents plugin marked ({@link IndexedHeadings}).
 */
final class BoilerplateClassRule implements PruneRule {

    /** Stems that name furniture wherever they appear in a class or id. */
    static final List<String> FURNITURE_STEMS = List.of(
            "share", "sharing", "social", "cookie", "consent", "gdpr", "newsletter", "breadcrumb",
            "sidebar", "advert", "adsense", "ad-slot", "adslot", "ad-container", "ad-wrapper", "dfp-",
            "google-ad", "sponsor", "promo", "related", "recommend", "popular", "trending",
            "most-read", "mostread", "subscribe", "subscription", "signup", "sign-up", "paywall",
            "popup", "modal", "navbar", "navigation", "nav-", "-nav", "menu", "footer", "masthead",
            "toolbar", "outbrain", "taboola", "pagination", "pager", "skip-link", "skiplink",
            "jump-to", "byline", "author-bio", "authorbio", "tag-list", "taglist", "post-tags",
            "entry-tags", "article-tags", "keywords", "read-more", "readmore", "further-reading",
            "donate", "donation", "banner-ad", "print-only", "disclaimer", "site-header",
            "global-header", "page-header", "top-bar", "topbar", "offcanvas", "off-canvas", "login",
            // the units of XenForo's widely installed ad manager (Siropu): "samBannerUnit",
            // "samCodeUnit", "samUnitContent" hold the banners and sponsor lines between posts
            "sambannerunit", "samcodeunit", "samunitcontent",
            // the line under a blog post saying when it was filed, under which categories, and
            // where its comment feed is ("postmetadata" in WordPress's classic themes)
            "postmetadata", "post-metadata");

    /** Whole parts of a name (split at {@code -} and {@code _}) too short to match as stems. */
    private static final List<String> FURNITURE_PARTS = List.of(
            "ad", "ads", "nav", "tags", "meta", "share", "rss", "print", "author", "dateline", "date",
            "timestamp", "credit", "toc");

    private static final String[][] FURNITURE_PARTS_BY_LENGTH = byLength(FURNITURE_PARTS);

    /** Names that mark the article body itself; furniture words beside them are incidental. */
    static final List<String> CONTENT_STEMS = List.of(
            "article-body", "articlebody", "article-content", "entry-content", "post-content",
            "post-body", "story-body", "main-content", "maincontent", "page-content", "body-text",
            "article-text", "content-body", "td-post-content",
            // Posts embedded in an article are quoted content, though their class says "social".
            "twitter-tweet", "instagram-media", "social-media-embed", "social-embed", "wp-block-embed",
            "embed-container");

    private static final Set<String> NEVER = Set.of("html", "body", "main", "article");

    @Override
    public String name() {
        return "boilerplate-class";
    }

    /**
     * The {@link PageSurvey} has judged every element's class and id by then ({@link ClassNames})
     * and kept those named as furniture.
     */
    @Override
    public boolean matches(Element e, PruneContext context) {
        if (NEVER.contains(e.normalName())) {
            return false;
        }
        return context.namedFurniture(e) && !context.holdsMainContent(e) && !HeadingAnchors.titlesHeading(e)
                && !IndexedHeadings.isIndexed(e) && !TeaserGrids.isThePage(e, context);
    }

    /**
     * True when a part of a name between white space, {@code -} and {@code _} separators is a
     * furniture part; compared in place, without cutting the parts out.
     */
    static boolean hasFurniturePart(String names) {
        return furniturePartIn(names, false);
    }

    /**
     * The answer of {@code hasFurniturePart(names.toLowerCase(Locale.ROOT))}, without lower-casing
     * the names: every class name and id of a page is asked. ASCII letters are folded in place;
     * at the first other character before an answer the names are lower-cased and searched as
     * they are, because lower-casing some characters changes the length of the text.
     */
    static boolean hasFurniturePartLowerCased(String names) {
        return furniturePartIn(names, true);
    }

    private static boolean furniturePartIn(String names, boolean fold) {
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || isPartSeparator(names.charAt(i))) {
                if (isFurniturePart(names, start, i, fold)) {
                    return true;
                }
                start = i + 1;
            } else if (fold && names.charAt(i) >= Chars.ASCII_END) {
                return hasFurniturePart(names.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether {@code names[start, end)} is a furniture part; with {@code fold}, ASCII text in any case. */
    private static boolean isFurniturePart(String names, int start, int end, boolean fold) {
        int length = end - start;
        if (length >= FURNITURE_PARTS_BY_LENGTH.length) {
            return false;
        }
        for (String part : FURNITURE_PARTS_BY_LENGTH[length]) {
            if (fold ? startsWithFolded(names, start, part) : names.startsWith(part, start)) {
                return true;
            }
        }
        return false;
    }

    /** {@code names.startsWith(part, start)} with ASCII letters of the names folded to lower case. */
    private static boolean startsWithFolded(String names, int start, String part) {
        for (int k = 0; k < part.length(); k++) {
            if (Chars.toLowerCase(names.charAt(start + k)) != part.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Furniture parts grouped by length: a part of a name is compared with those of its length only. */
    private static String[][] byLength(List<String> parts) {
        int longest = parts.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            out[length] = parts.stream().filter(p -> p.length() == l).toArray(String[]::new);
        }
        return out;
    }

    private static boolean isPartSeparator(char c) {
        // Printable ASCII holds no white space: most characters skip the Unicode lookup.
        return c == '-' || c == '_' || !Chars.isVisibleAscii(c) && Character.isWhitespace(c);
    }
}
