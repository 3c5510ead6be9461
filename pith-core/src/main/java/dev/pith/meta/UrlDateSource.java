package dev.pith.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date in the URL path ({@code /2022/09/28/}, {@code /2022-09-28-title}), as many news CMSs write it. */
final class UrlDateSource implements MetadataSource {

    private static final Pattern DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|\\.html|$)");

    @Override
    public void collect(PageScan page, Candidates out) {
        if (page.url.isEmpty()) {
            return;
        }
        Matcher m = DAY.matcher(page.url);
        if (m.find()) {
            String iso = m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
            page.dates.parse(iso).ifPresent(d -> out.add(Field.PUBLISHED, d, Source.URL));
        }
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
