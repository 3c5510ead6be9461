package dev.pith.prune;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What prune rules may ask about the page as a whole. */
final class PruneContext {

    private final TextSizes sizes;
    private final int pageChars;
    private final int pageProse;
    private final Set<Element> namedFurniture;
    private final ClassNames classNames;

    PruneContext(TextSizes sizes, Element body, PageSurvey survey) {
        this.sizes = sizes;
        this.pageChars = sizes.of(body);
        this.pageProse = sizes.proseOf(body);
        this.namedFurniture = survey.namedFurniture();
        this.classNames = survey.classNames();
    }

    /** What the page's class values say, as the {@link PageSurvey} judged them. */
    ClassNames classNames() {
        return classNames;
    }

    /** True when the element's class or id names furniture, as the {@link PageSurvey} judged it. */
    boolean namedFurniture(Element e) {
        return namedFurniture.contains(e);
    }

    TextSizes sizes() {
        return sizes;
    }

    int pageChars() {
        return pageChars;
    }

    /** Share of the page's text inside {@code e}, 0 to 1. */
    double shareOfPage(Element e) {
        return pageChars == 0 ? 0 : (double) sizes.of(e) / pageChars;
    }

    /**
     * True when a furniture rule must spare {@code e} although its name or tag matched: it
     * holds most of the page's text or of its paragraphs. Themes wrap articles in
     * "sticky-sidebar" or "modal-enabled" containers; the prose tells the truth.
     */
    boolean holdsMainContent(Element e) {
        return holdsMainContent(sizes.of(e), sizes.proseOf(e));
    }

    /** The same test for a group of elements taken together. */
    boolean holdsMainContent(List<Element> elements) {
        long chars = 0;
        long prose = 0;
        for (Element e : elements) {
            chars += sizes.of(e);
            prose += sizes.proseOf(e);
        }
        return holdsMainContent(chars, prose);
    }

    private boolean holdsMainContent(long chars, long prose) {
        return pageChars > 0 && (double) chars / pageChars > Pruner.MAX_PRUNED_SHARE
                || pageProse > 0 && (double) prose / pageProse > Pruner.MAX_PRUNED_PROSE_SHARE;
    }
}
