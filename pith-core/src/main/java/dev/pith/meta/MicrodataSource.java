package dev.pith.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Microdata {@code itemprop} and RDFa {@code property} attributes in the body: headline,
 * author, datePublished, dateModified, keywords. Elements inside comments or teasers are
 * skipped: a comment's {@code itemprop=datePublished} is the comment's date.
 */
final class MicrodataSource implements MetadataSource {

    /** Longer visible text is a whole article body marked up as an item, not a field value. */
    static final int MAX_VALUE_LENGTH = 500;

    @Override
    public void collect(PageScan page, Candidates out) {
        for (Element e : page.itemprops) {
            String key = key(e);
            if (key.isEmpty() || key.startsWith("og:") || key.startsWith("twitter:")) {
                continue;
            }
            Field field = switch (key) {
                case "headline" -> Field.TITLE;
                case "author", "creator" -> Field.AUTHOR;
                case "datepublished", "datecreated", "date", "issued", "created" -> Field.PUBLISHED;
                case "datemodified", "modified" -> Field.MODIFIED;
                case "keywords" -> Field.TAG;
                case "inlanguage" -> Field.LANGUAGE;
                default -> DateKeys.field(key);
            };
            if (field == null || page.furniture.contains(e)
                    || (field == Field.PUBLISHED || field == Field.MODIFIED) && page.furniture.inTeaserList(e)) {
                continue;
            }
            Source s = Source.MICRODATA;
            switch (field) {
                case PUBLISHED, MODIFIED -> MetaTags.date(page, out, field, value(e), s);
                case TAG -> MetaTags.tags(out, value(e), s);
                case AUTHOR -> out.add(field, authorName(e), s);
                default -> out.add(field, value(e), s);
            }
        }
    }

    /** The property name, without an RDFa prefix ({@code dc:creator} → {@code creator}). */
    private static String key(Element e) {
        String k = e.attr("itemprop");
        if (k.isEmpty()) {
            k = e.attr("property");
        }
        k = k.strip();
        int space = k.indexOf(' ');
        if (space > 0) {
            k = k.substring(0, space);
        }
        int colon = k.indexOf(':');
        String prefix = colon > 0 ? k.substring(0, colon) : "";
        if ("og".equals(prefix) || "twitter".equals(prefix) || "article".equals(prefix)) {
            return k.toLowerCase(Locale.ROOT);
        }
        return k.substring(colon + 1).toLowerCase(Locale.ROOT);
    }

    /** The machine value first ({@code content}, {@code datetime}), else the visible text. */
    private static String value(Element e) {
        for (String attr : new String[] {"content", "datetime", "value", "title"}) {
            if (e.hasAttr(attr)) {
                return e.attr(attr);
            }
        }
        String text = ShortText.of(e, MAX_VALUE_LENGTH);
        return text == null ? "" : text;
    }

    /** An author item's name: its {@code itemprop=name} child, else its own value. */
    private static String authorName(Element e) {
        Element name = e.selectFirst("[itemprop=name]");
        return name != null ? value(name) : value(e);
    }
}
