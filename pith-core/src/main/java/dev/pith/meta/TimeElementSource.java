package dev.pith.meta;

import org.jsoup.nodes.Element;

/**
 * {@code <time>} elements of the article: the first ones outside comments and teasers. A
 * {@code <time>} marked or introduced as an update ("Updated", class {@code updated}) is a
 * modification date. The web components that render a timestamp as "3 hours ago" on forums
 * and code hosts ({@code <relative-time datetime>}, {@code <faceplate-timeago ts>}) count as
 * {@code <time>}: their text is relative, their attribute is the instant.
 */
final class TimeElementSource implements MetadataSource {

    /** Only the first article times count: later ones date comments, teasers and archives. */
    static final int MAX_TIMES = 3;

    /** The attribute a timestamp component may carry instead of {@code datetime}. */
    private static final String TIMESTAMP = "ts";

    @Override
    public void collect(PageScan page, Candidates out) {
        int taken = 0;
        for (Element t : page.times) {
            if (taken >= MAX_TIMES) {
                break;
            }
            if (Furniture.containsDate(t)) {
                continue;
            }
            String v = t.hasAttr("datetime") ? t.attr("datetime")
                    : t.hasAttr(TIMESTAMP) ? t.attr(TIMESTAMP) : ShortText.of(t, VisibleSource.MAX_LINE_LENGTH);
            Field field = isUpdate(t) ? Field.MODIFIED : Field.PUBLISHED;
            var date = page.dates.parse(v, page.monthFirst);
            if (date.isPresent()) {
                out.add(field, date.get(), Source.TIME_ELEMENT);
                taken++;
            }
        }
    }

    private static boolean isUpdate(Element t) {
        String hints = t.className() + " " + t.attr("itemprop");
        Element parent = t.parent();
        String context = parent == null ? "" : parent.ownText() + " " + parent.className();
        return DateWords.UPDATED.matcher(hints).find()
                || DateWords.UPDATED.matcher(context).find() && !DateWords.PUBLISHED.matcher(context).find();
    }
}
