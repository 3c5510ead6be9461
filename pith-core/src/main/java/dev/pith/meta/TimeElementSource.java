package dev.pith.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
    /** A publication label alone, with an optional colon ("Published:", "Erschienen am"). */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "(?:" + DateWords.PUBLISHED.pattern() + ")\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public void collect(PageScan page, Candidates out) {
        int taken = 0;
        for (Element t : page.times) {
            if (taken >= MAX_TIMES) {
                break;
            }
            if (page.furniture.containsDate(t) && !ownLabelledDate(t, page.furniture)) {
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

    /**
     * True for a {@code <time datetime>} that a publication label introduces and that is no
     * item of a list of story links: the page's own date, marked up for machines and labelled
     * for readers, in a container whose name says furniture. A teaser's "posted 12/17/2025"
     * rarely carries the machine-readable value.
     */
    private static boolean ownLabelledDate(Element t, Furniture furniture) {
        return t.hasAttr("datetime") && labelledPublication(t) && !furniture.inTeaserList(t);
    }

    /**
     * True when the text just before the {@code <time>} is a publication label and nothing
     * else ("Erschienen am", often for screen readers only): the page says whose date it is,
     * even where its template reuses a teaser component's class names for the article's own
     * meta line.
     */
    private static boolean labelledPublication(Element t) {
        Node before = t.previousSibling();
        while (before instanceof TextNode text && text.isBlank()) {
            before = before.previousSibling();
        }
        String label = before instanceof TextNode text ? text.text().strip()
                : before instanceof Element e ? e.text().strip() : "";
        return !label.isEmpty() && label.length() <= VisibleSource.MAX_BARE_DATE_LINE
                && PUBLICATION_LABEL.matcher(label).matches();
    }

    private static boolean isUpdate(Element t) {
        String hints = t.className() + " " + t.attr("itemprop");
        Element parent = t.parent();
        String context = parent == null ? "" : parent.ownText() + " " + parent.className();
        return DateWords.UPDATED.matcher(hints).find()
                || DateWords.UPDATED.matcher(context).find() && !DateWords.PUBLISHED.matcher(context).find();
    }
}
