package dev.pith.prune;

import dev.pith.parse.Ancestors;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    private final Element body;
    /** The ids the page's disclosure buttons open ({@link DisclosedPanels}); found when first asked for. */
    private Set<String> disclosed;
    /**
     * The elements the survey measured as named or tagged furniture, taken before any rule
     * measures more elements into the same map.
     */
    private final Element[] surveyedFurniture;
    /**
     * The outermost of those that hold no main content by the page-wide test, by identity; found
     * when first asked for ({@link #holdsRestOfPage}), which few pages need.
     */
    private Set<Element> outermostFurniture;
    /** Characters in {@link #outermostFurniture}. */
    private long furnitureChars;

    PruneContext(TextSizes sizes, Element body, PageSurvey survey) {
        this.sizes = sizes;
        this.pageChars = sizes.of(body);
        this.pageProse = sizes.proseOf(body);
        this.namedFurniture = survey.namedFurniture();
        this.classNames = survey.classNames();
        this.body = body;
        this.surveyedFurniture = survey.furnitureSizes().keySet().toArray(Element[]::new);
    }

    /**
     * Finds the surveyed furniture elements that the page-wide test would prune and that stand
     * inside no other such element, and their characters.
     */
    private void findOutermostFurniture() {
        Set<Element> prunable = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : surveyedFurniture) {
            if (!holdsMainContent(sizes.of(e), sizes.proseOf(e))) {
                prunable.add(e);
            }
        }
        outermostFurniture = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : prunable) {
            if (!Ancestors.isWithin(e.parent(), prunable)) {
                outermostFurniture.add(e);
                furnitureChars += sizes.of(e);
            }
        }
    }

    /**
     * The outermost furniture element that is {@code e} or holds it, or null: its text is back in
     * what the furniture leaves when {@code e}, or the box around it, is asked about.
     */
    private Element outermostFurnitureAround(Element e) {
        for (Element up = e; up != null; up = up.parent()) {
            if (outermostFurniture.contains(up)) {
                return up;
            }
        }
        return null;
    }

    /** What the page's class values say, as the {@link PageSurvey} judged them. */
    ClassNames classNames() {
        return classNames;
    }

    /** True when the element's class or id names furniture, as the {@link PageSurvey} judged it. */
    boolean namedFurniture(Element e) {
        return namedFurniture.contains(e);
    }

    /** The ids the page's disclosure buttons open. */
    Set<String> disclosed() {
        if (disclosed == null) {
            disclosed = DisclosedPanels.disclosedBy(body);
        }
        return disclosed;
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

    /**
     * True when {@code e} holds most of the text left outside the page's other furniture: a
     * mega-menu and a long footer can outweigh a listing whose grid a theme names
     * "related-product", and the share of the page then lies where the share of what the
     * furniture leaves does not.
     */
    boolean holdsRestOfPage(Element e) {
        if (outermostFurniture == null) {
            findOutermostFurniture();
        }
        Element outermost = outermostFurnitureAround(e);
        long rest = pageChars - furnitureChars + (outermost == null ? 0 : sizes.of(outermost));
        return rest > 0 && (double) sizes.of(e) / rest > Pruner.MAX_REST_SHARE;
    }
}
