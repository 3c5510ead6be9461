package dev.pith.prune;

import org.jsoup.nodes.Element;

/**
 * The options of a picker ({@code <select>}, {@code <datalist>}): a form's list of countries,
 * languages or sizes is never text a reader reads, wherever the form sits. Checked again inside
 * structures spared as repeated content, whose other elements stay.
 */
final class ChoiceListRule implements PruneRule {

    @Override
    public String name() {
        return "choice-list";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        String tag = e.normalName();
        return tag.equals("select") || tag.equals("datalist");
    }
}
