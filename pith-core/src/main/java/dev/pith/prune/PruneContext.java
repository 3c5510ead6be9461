package dev.pith.prune;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * What prune rules may ask about the page as a whole, and a per-page memo for verdicts on
 * class-name tokens.
 */
final class PruneContext {

    private final TextSizes sizes;
    private final int pageChars;
    private final int pageProse;
    private final Map<String, Map<String, Object>> tokenVerdicts = new HashMap<>();
    private final Map<String, Map<String, Object>> nameVerdicts = new HashMap<>();

    PruneContext(TextSizes sizes, Element body) {
        this.sizes = sizes;
        this.pageChars = sizes.of(body);
        this.pageProse = sizes.proseOf(body);
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
     * The verdict of {@code test} on one whole {@code class} or {@code id} value for a rule,
     * computed once per page: templates repeat the same values on hundreds of elements, and
     * this spares splitting and lower-casing them again for every one.
     */
    <T> T nameVerdict(String rule, String value, Function<String, T> test) {
        @SuppressWarnings("unchecked")
        T verdict = (T) nameVerdicts.computeIfAbsent(rule, r -> new HashMap<>())
                .computeIfAbsent(value, test::apply);
        return verdict;
    }

    /**
     * The verdict of {@code test} on one class-name token for a rule, computed once per page:
     * utility-class frameworks repeat the same tokens on thousands of elements.
     */
    <T> T tokenVerdict(String rule, String token, Function<String, T> test) {
        @SuppressWarnings("unchecked")
        T verdict = (T) tokenVerdicts.computeIfAbsent(rule, r -> new HashMap<>())
                .computeIfAbsent(token, test::apply);
        return verdict;
    }
}
