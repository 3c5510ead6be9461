package dev.pith.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The site's name as its address spells it. Many titles name the site only by its domain
 * ("energieverbraucher.de | Gaspreise", "Disfunctions.de » Blog Archiv » …") or by the domain's
 * own label in capitals ("BAFA - …" on bafa.de, "… | EnBW" on enbw.com), while the page states no
 * site name in its markup, or a wrong one. Read from the page URL, the canonical link and og:url.
 */
final class SiteHost {

    /** Second-level labels under which country domains register names ("co.uk", "com.au", "ac.at"). */
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go");
    private static final String WWW = "www.";

    private SiteHost() {
    }

    /**
     * The site names an address gives, as {@link TitleChooser#norm} spells them: the host without
     * "www." ("bafa de") and its registered label ("bafa"); none for a bad or host-less address,
     * nor for a home page, whose title is the site's own ("PostHog – We make dev tools …"): the
     * site's name there is what the page is about, not a suffix to cut.
     */
    static List<String> names(String url) {
        List<String> out = new ArrayList<>();
        String host = host(url);
        if (host.isEmpty() || isHome(url)) {
            return out;
        }
        out.add(TitleChooser.norm(host));
        String[] labels = host.split("\\.");
        if (labels.length >= 2) {
            int registered = labels.length - 2;
            // "example.co.uk": the label before the short second level
            if (registered > 0 && SECOND_LEVELS.contains(labels[registered])) {
                registered--;
            }
            out.add(TitleChooser.norm(labels[registered]));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * The names of h1s that link to the site's home page: a blog theme sets the site's name as the
     * first heading of every page ({@code <h1><a href="https://example.org">Four Years
     * Remaining</a></h1>}), and its title repeats it ("Four Years Remaining » Blog Archive » …").
     */
    static List<String> homeLinkNames(List<Element> h1s) {
        List<String> out = new ArrayList<>();
        for (Element h1 : h1s) {
            Element link = h1.childrenSize() == 1 && h1.ownText().isBlank() ? h1.child(0) : null;
            if (link != null && "a".equals(link.normalName()) && isHome(link.attr("href"))) {
                out.add(TitleChooser.norm(h1.text()));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** True for a link to a site's root: "/", "./", or an absolute address without a path. */
    private static boolean isHome(String href) {
        String h = href.strip();
        if (h.equals("/") || h.equals("./")) {
            return true;
        }
        try {
            URI u = URI.create(h);
            String path = u.getRawPath();
            return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/")) && u.getRawQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith(WWW) ? h.substring(WWW.length()) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
