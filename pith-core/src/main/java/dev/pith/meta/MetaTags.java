package dev.pith.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Helpers shared by the {@code <meta>} tag sources. */
final class MetaTags {

    private MetaTags() {
    }

    /** The tag's key: its {@code property}, else {@code name}, else {@code http-equiv}, lower-cased. */
    static String key(Element meta) {
        String k = meta.attr("property");
        if (k.isEmpty()) {
            k = meta.attr("name");
        }
        if (k.isEmpty()) {
            k = meta.attr("http-equiv");
        }
        return k.strip().toLowerCase(Locale.ROOT);
    }

    /** The tag's {@code content} (or {@code value}) attribute. */
    static String content(Element meta) {
        String c = meta.attr("content");
        return c.isEmpty() ? meta.attr("value") : c;
    }

    /** Adds a date candidate when the value parses as a plausible date. */
    static void date(PageScan page, Candidates out, Field field, String value, Source source) {
        page.dates.parse(value, page.monthFirst).ifPresent(d -> out.add(field, d, source));
    }

    /** Adds each comma- or semicolon-separated tag. */
    static void tags(Candidates out, String value, Source source) {
        for (String t : value.split("[,;]")) {
            out.add(Field.TAG, t, source);
        }
    }
}
