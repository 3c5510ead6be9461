package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Blocks inside a small form within the region: a shop's size and quantity pickers ("Select a
 * size", "xs s m l"), a newsletter box, a search or sign-in form left in the main container. What
 * such a form holds is what the reader types or chooses, and its labels; the page's own text
 * stands outside it. A form that holds a large share of the region ({@link #MAX_REGION_SHARE})
 * is a container: forums wrap their posts in a moderation form, shops their product grid in a
 * filter form, and old sites the whole page in one. A paragraph of prose stays
 * ({@link RelatedSectionRule#isProse}).
 */
final class FormTextRule implements BlockRule {

    /** A form holding more of the region's words than this is a container of the content. */
    static final double MAX_REGION_SHARE = 0.2;

    @Override
    public String name() {
        return "form-text";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.smallForms().isEmpty() && !RelatedSectionRule.isProse(block)
                && Ancestors.isWithin(block.owner(), context.smallForms());
    }

    /** The forms inside the region (not a root of it) that hold little of its text; empty on most pages. */
    static Set<Element> find(RuleContext context, BlockTree tree) {
        Set<Element> forms = new HashSet<>();
        double[] words = null;
        double regionWords = 0;
        Region region = context.region();
        for (int n = 0; n < tree.size(); n++) {
            Element e = tree.element(n);
            if (!e.normalName().equals("form") || region.roots().contains(e) || !region.contains(e)) {
                continue;
            }
            if (words == null) {
                words = tree.sum(TextBlock::words);
                regionWords = region.words(context.blocks());
            }
            if (words[n] <= MAX_REGION_SHARE * regionWords) {
                forms.add(e);
            }
        }
        return forms;
    }
}
