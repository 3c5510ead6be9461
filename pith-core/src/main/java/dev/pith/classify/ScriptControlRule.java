package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The labels of script-driven controls: "autoplay on/off", "play", "show all", set in a short
 * block whose links run a script ({@code href="javascript:..."}) instead of leading anywhere.
 * Video players and galleries embedded in an article bring them along; they name a button, not
 * a thing the article says. A block whose links go somewhere is left to the other rules, unless
 * it sits in a box of such controls ({@link ScriptWidgets}): the player's title and its
 * "loading..." placeholder go with its buttons.
 */
final class ScriptControlRule implements BlockRule {

    /** A control's label is a few words; a longer block with such a link is text. */
    static final int MAX_WORDS = 12;
    /** At least this share of the block's words are on the script links. */
    static final double MIN_LINK_SHARE = 0.5;

    @Override
    public String name() {
        return "script-control";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return isControlLabel(block) || inWidget(block.owner(), context.scriptWidgets());
    }

    private static boolean isControlLabel(TextBlock block) {
        return block.links() > 0 && block.words() <= MAX_WORDS
                && block.linkWords() >= MIN_LINK_SHARE * block.words()
                && allLinksRunScripts(block.owner());
    }

    private static boolean allLinksRunScripts(Element owner) {
        boolean any = false;
        for (Element a : owner.getElementsByTag("a")) {
            if (!ScriptWidgets.runsScript(a)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean inWidget(Element owner, Set<Element> widgets) {
        if (widgets.isEmpty()) {
            return false;
        }
        for (Element e = owner; e != null; e = e.parent()) {
            if (widgets.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
