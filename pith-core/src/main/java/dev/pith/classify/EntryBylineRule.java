package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The bylines of a list of entries: a topic page or an index of reviews gives each entry a linked
 * title, a summary and "By Jane Doe • Dec. 19, 2025". There the byline is part of the entry the
 * reader scans, not the page's metadata, even where the summaries weigh enough for the region to
 * read as an article (which {@link BylineRule}'s own exception for lists needs). What marks the
 * entry is its title: a kept heading that is wholly a link to another page, a few blocks before
 * the byline, over a short entry. A forum post's author card looks alike ("Joined Oct 28, 2023"
 * under the poster's name), but the heading nearest to its date is the poster's unlinked rank, or
 * a title linked to the post itself ("#p123"), and a thread's posts mostly run long. A bare date
 * line under an entry ("Updated March 2, 2026") is the list's metadata and goes as on an article.
 */
final class EntryBylineRule implements DecisionPass {

    static final String NAME = "entry-byline";

    /** How far back from a byline its entry's title may lie: the title, a summary, an author line, then the date. */
    static final int MAX_STEPS_BACK = 3;
    /** A title names something; one word is a name or a label ("Reply", a poster's name). */
    static final int MIN_TITLE_WORDS = 2;
    /** An entry is a title, a summary and its byline; from a title to the next, more words are a post or a section. */
    static final int MAX_ENTRY_WORDS = TeaserItems.MAX_ITEM_WORDS;
    /** Of the bylines under linked titles, at least this share must close a short entry: a list's entries all do. */
    static final double MIN_SHORT_SHARE = 0.75;
    /** Fewer entries with bylines are a chance pairing, not a list of entries. */
    static final int MIN_ENTRIES = BylineRule.MIN_ENTRY_BYLINES;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void revise(List<Decision> decisions, RuleContext context) {
        boolean[] entry = new boolean[decisions.size()];
        int titled = 0;
        int found = 0;
        for (int i = 0; i < decisions.size(); i++) {
            int title = isDroppedAuthorLine(decisions.get(i)) ? entryTitle(decisions, i) : -1;
            if (title >= 0) {
                titled++;
                if (isShortEntry(decisions, title)) {
                    entry[i] = true;
                    found++;
                }
            }
        }
        // the entries of a list are all short; a thread's posts under linked titles mostly are not
        if (found < MIN_ENTRIES || found < titled * MIN_SHORT_SHARE) {
            return;
        }
        for (int i = 0; i < entry.length; i++) {
            if (entry[i]) {
                decisions.set(i, new Decision(decisions.get(i).block(), true, ""));
            }
        }
    }

    /** A block the byline rule dropped that names an author ("By Jane Doe"), not a bare date line. */
    private static boolean isDroppedAuthorLine(Decision d) {
        return !d.kept() && d.rule().equals(BylineRule.NAME) && BylineRule.opensWithName(d.block().text());
    }

    /**
     * The index of the nearest heading before block {@code i}, at most {@link #MAX_STEPS_BACK}
     * blocks back, when it is a kept entry title; -1 otherwise.
     */
    private static int entryTitle(List<Decision> decisions, int i) {
        for (int j = i - 1; j >= 0 && j >= i - MAX_STEPS_BACK; j--) {
            Decision d = decisions.get(j);
            if (d.block().kind() == BlockKind.HEADING) {
                return d.kept() && isLinkedTitle(d.block()) ? j : -1;
            }
        }
        return -1;
    }

    /** A heading of a few words, all of them a link to another page (not an anchor on this one). */
    private static boolean isLinkedTitle(TextBlock heading) {
        if (heading.words() < MIN_TITLE_WORDS || heading.linkWords() < heading.words()) {
            return false;
        }
        Element link = heading.owner().selectFirst("a[href]");
        if (link == null) {
            link = heading.owner().closest("a[href]");
        }
        return link != null && !link.attr("href").isBlank() && !link.attr("href").startsWith("#");
    }

    /** Whether the entry that heading {@code title} opens, up to the next heading, is short as a teaser is. */
    private static boolean isShortEntry(List<Decision> decisions, int title) {
        int words = 0;
        for (int j = title; j < decisions.size() && (j == title || decisions.get(j).block().kind() != BlockKind.HEADING); j++) {
            words += decisions.get(j).block().words();
            if (words > MAX_ENTRY_WORDS) {
                return false;
            }
        }
        return true;
    }
}
