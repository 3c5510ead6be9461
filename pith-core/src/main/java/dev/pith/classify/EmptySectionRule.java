package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Headings and short labels whose section the other rules emptied: "Related articles",
 * "Tags", "Mehr zum Thema:", "Czytaj też" above a link list, teaser carousel or widget that
 * was already removed (by a rule, or by pruning, which leaves the region's end or the page's
 * end behind it). Once the links under it are gone such a title is a stray line in the text, in
 * whatever language the page is written. The signal is structural: under the title come no kept
 * text and some dropped text — but not a lone button: one short link under a card title
 * ("View", "Learn more") is the card's call to action, and the title is the card's content.
 *
 * <p>Titles are judged only after the last kept paragraph of prose: within the article a
 * heading over links that were dropped (a tutorial's index of topics, a service page's menu of
 * offers) names a part of the text. Titles whose text recurs on the page are parts of repeated items ("Tags",
 * "Previously at" on every card), not section titles, and stay.
 *
 * <p>A heading's section runs to the next kept heading (a subheading right under dropped text
 * starts a section of its own) over any label lines; a label line (a few unlinked words, no
 * sentence end) introduces the blocks up to the next kept text. Blocks
 * dropped as repeats count as kept: their text is on the page, just once. Every block is judged
 * against the verdicts of the block rules alone: judged against this pass's own verdicts, a grid
 * of short feature titles would fall one after the other.
 */
final class EmptySectionRule implements DecisionPass {

    /** Longer headings are statements (a news lede set as a heading) that stand on their own. */
    static final int MAX_HEADING_WORDS = 12;
    /** A label line is a title in all but markup: no more words than a short heading. */
    static final int MAX_LABEL_WORDS = 6;
    /** A kept block this long that ends a sentence is prose: headings before the last one are the article's. */
    static final int MIN_PROSE_WORDS = 20;
    /** A dropped block that is one link of at most this many words is a button. */
    static final int MAX_BUTTON_WORDS = 4;

    /** Rules whose drops leave the text on the page: the section is not empty. */
    private static final Set<String> TEXT_KEPT_ELSEWHERE = Set.of("repeated-text", "title-repeat");

    @Override
    public String name() {
        return "empty-section";
    }

    @Override
    public void revise(List<Decision> decisions, RuleContext context) {
        // On listings a title whose items were judged elsewhere still names a part of the page.
        if (context.region().kind() != Region.Kind.ARTICLE) {
            return;
        }
        List<Decision> byRules = List.copyOf(decisions);
        int lastProse = lastKeptProse(byRules);
        // counted when first needed: the position test rules out every block on most pages
        Map<String, Integer> textCounts = null;
        for (int i = 0; i < byRules.size(); i++) {
            Decision d = byRules.get(i);
            if (!d.kept() || !introducesNothing(byRules, i, lastProse)) {
                continue;
            }
            if (textCounts == null) {
                textCounts = textCounts(byRules);
            }
            if (textCounts.getOrDefault(d.block().text(), 0) == 1) {
                decisions.set(i, new Decision(d.block(), false, name()));
            }
        }
    }

    private static boolean introducesNothing(List<Decision> decisions, int i, int lastProse) {
        TextBlock b = decisions.get(i).block();
        if (i < lastProse) {
            return false;
        }
        if (b.kind() == BlockKind.HEADING) {
            return b.words() > 0 && b.words() <= MAX_HEADING_WORDS && headsOnlyDropped(decisions, i, true);
        }
        return isLabel(b) && headsOnlyDropped(decisions, i, false);
    }

    /**
     * How often each short text occurs among the blocks: a title that recurs belongs to repeated
     * items. Only blocks as short as a title are counted; a title cannot repeat a longer one.
     */
    private static Map<String, Integer> textCounts(List<Decision> decisions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Decision d : decisions) {
            if (d.block().words() <= MAX_HEADING_WORDS) {
                counts.merge(d.block().text(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The index of the last kept block of prose, or -1. */
    private static int lastKeptProse(List<Decision> decisions) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            TextBlock b = decisions.get(i).block();
            if (decisions.get(i).kept() && b.words() >= MIN_PROSE_WORDS && b.stops() > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the blocks after {@code i}, up to the end of its section (or of the page), hold
     * dropped text other than a lone button and, for a heading, no kept text.
     */
    private static boolean headsOnlyDropped(List<Decision> decisions, int i, boolean heading) {
        int dropped = 0;
        TextBlock firstDropped = null;
        for (int j = i + 1; j < decisions.size(); j++) {
            Decision d = decisions.get(j);
            TextBlock b = d.block();
            if (b.words() == 0 || heading && d.kept() && isLabel(b)) {
                continue;
            }
            if (d.kept() || TEXT_KEPT_ELSEWHERE.contains(d.rule())) {
                boolean sectionEnds = !heading || d.kept() && b.kind() == BlockKind.HEADING;
                return sectionEnds && emptied(dropped, firstDropped);
            }
            if (dropped++ == 0) {
                firstDropped = b;
            }
        }
        // With no text at all after it, a title may introduce an embed or a form: it stays.
        return emptied(dropped, firstDropped);
    }

    /** Some text was dropped under the title, and it was more than a lone button. */
    private static boolean emptied(int dropped, TextBlock firstDropped) {
        return dropped > 1 || dropped == 1 && !isButton(firstDropped);
    }

    private static boolean isButton(TextBlock b) {
        return b.links() == 1 && b.words() <= MAX_BUTTON_WORDS && b.linkWords() == b.words();
    }

    /**
     * A few unlinked words that do not end a sentence: a title set as plain text. A colon
     * inside ("Release date: May 2024") makes a field with its value, not a title.
     */
    static boolean isLabel(TextBlock b) {
        return (b.kind() == BlockKind.TEXT || b.kind() == BlockKind.PARAGRAPH)
                && b.words() > 0
                && b.words() <= MAX_LABEL_WORDS
                && b.linkWords() == 0
                && !endsSentence(b.text())
                && !hasInnerColon(b.text());
    }

    private static boolean hasInnerColon(String text) {
        int colon = text.indexOf(':');
        return colon >= 0 && colon < text.strip().length() - 1;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == ';' || last == '\u3002' || last == '\uFF01';
    }
}
