package dev.pith.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date in the URL path ({@code /2022/09/28/}, {@code /2022-09-28-title}), as many news CMSs write it. */
final class UrlDateSource implements MetadataSource {

    private static final Pattern DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|\\.html|$)");

    @Override
    public void collect(PageScan page, Candidates out) {
        Matcher m = DAY.matcher(pageUrl(page));
        if (m.find()) {
            String iso = m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
            page.dates.parse(iso).ifPresent(d -> out.add(Field.PUBLISHED, d, Source.URL));
        }
    }

    /** The page URL, else the one the page declares (canonical link, og:url): saved pages often lack it. */
    private static String pageUrl(PageScan page) {
        if (!page.url.isEmpty()) {
            return page.url;
        }
        for (org.jsoup.nodes.Element link : page.links) {
            if ("canonical".equalsIgnoreCase(link.attr("rel"))) {
                return link.attr("href");
            }
        }
        for (org.jsoup.nodes.Element meta : page.metas) {
            if ("og:url".equals(MetaTags.key(meta))) {
                return MetaTags.content(meta);
            }
        }
        return "";
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
