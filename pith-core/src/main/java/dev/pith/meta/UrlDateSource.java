package dev.pith.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the URL path ({@code /2022/09/28/}, {@code /2022-09-28-title}, {@code /2019/nov/18/}),
 * as many news CMSs write it.
 */
final class UrlDateSource implements MetadataSource {

    private static final Pattern DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|\\.html|$)");

    /** The month as a word, as some news CMSs write it ({@code /2019/nov/18/}, {@code /2023/october/03/}). */
    private static final Pattern NAMED_MONTH_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\p{L}{3,9})/(\\d{1,2})(?:/|\\.html|$)");

    @Override
    public void collect(PageScan page, Candidates out) {
        for (String url : pageUrls(page)) {
            if (date(page, url, out)) {
                return;
            }
        }
    }

    /** Adds the date the URL path states; true if it states one. */
    private static boolean date(PageScan page, String url, Candidates out) {
        Matcher m = DAY.matcher(url);
        if (m.find()) {
            return add(page, out, m.group(1), m.group(2), m.group(3));
        }
        Matcher named = NAMED_MONTH_DAY.matcher(url);
        if (named.find()) {
            int month = MonthNames.month(named.group(2));
            return month > 0 && add(page, out, named.group(1), Integer.toString(month), named.group(3));
        }
        return false;
    }

    private static boolean add(PageScan page, Candidates out, String year, String month, String day) {
        Optional<String> d = page.dates.parse(year + "-" + pad(month) + "-" + pad(day));
        d.ifPresent(v -> out.add(Field.PUBLISHED, v, Source.URL));
        return d.isPresent();
    }

    /**
     * The page URL, else the ones the page declares (canonical link, og:url), in that order:
     * saved pages often lack the URL, and a canonical link may hold anything (a title, a path
     * without the date).
     */
    private static List<String> pageUrls(PageScan page) {
        if (!page.url.isEmpty()) {
            return List.of(page.url);
        }
        List<String> urls = new ArrayList<>();
        for (org.jsoup.nodes.Element link : page.links) {
            if ("canonical".equalsIgnoreCase(link.attr("rel"))) {
                urls.add(link.attr("href"));
                break;
            }
        }
        for (org.jsoup.nodes.Element meta : page.metas) {
            if ("og:url".equals(MetaTags.key(meta))) {
                urls.add(MetaTags.content(meta));
                break;
            }
        }
        return urls;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
