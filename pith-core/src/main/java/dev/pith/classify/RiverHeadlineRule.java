package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Headlines of a river of stories that the page sets as linked lines rather than as headings: the
 * front or category page of an older news site lists each story as a linked title line, a date
 * line and a summary paragraph, and that river is the region. Being all link and no heading, each
 * title falls to {@link LinkListRule} while the summary under it stays, which leaves summaries
 * without the names of their stories. The titles come back when titles of one shape head a kept
 * summary at least {@link #MIN_STORIES} times and those summaries carry most of the kept text: on
 * an article page a run of linked teasers is the lesser part beside the article, and stays out.
 * A thread whose posts each open with a linked "Posted March 5, 2024" line has the same shape, and
 * that line is the post's own heading too.
 */
final class RiverHeadlineRule implements DecisionPass {

    /** Fewer stories alike are not a river. */
    static final int MIN_STORIES = 3;
    /** A headline has a few words at least; a shorter link is a label or a button. */
    static final int MIN_TITLE_WORDS = 3;
    /** ...and at most this many: a longer linked block is a paragraph of links. */
    static final int MAX_TITLE_WORDS = 25;
    /** A summary is a paragraph of at least this many words. */
    static final int MIN_SUMMARY_WORDS = 10;
    /** Kept lines this short between a title and its summary are its date, author or section line. */
    static final int MAX_DATELINE_WORDS = 12;
    /** How many blocks after a title its summary may start. */
    static final int MAX_LOOKAHEAD = 4;
    /** The summaries must carry at least this share of the kept words for the region to be a river. */
    static final double MIN_RIVER_SHARE = 0.5;

    @Override
    public String name() {
        return "river-headline";
    }

    @Override
    public void revise(List<Decision> decisions, RuleContext context) {
        Map<String, List<Integer>> candidatesByShape = new HashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (isTitleCandidate(decisions.get(i))) {
                candidatesByShape.computeIfAbsent(shapeOf(decisions, i), k -> new ArrayList<>()).add(i);
            }
        }
        if (candidatesByShape.isEmpty()) {
            return;
        }
        int keptWords = keptWords(decisions);
        for (List<Integer> candidates : candidatesByShape.values()) {
            List<Integer> titles = new ArrayList<>();
            int summaryWords = 0;
            for (int k = 0; k < candidates.size(); k++) {
                int summary = summaryOf(decisions, candidates.get(k));
                if (summary >= 0 && isOwnStory(decisions, candidates, k, summary)) {
                    titles.add(candidates.get(k));
                    summaryWords += decisions.get(summary).block().words();
                }
            }
            if (titles.size() >= MIN_STORIES && summaryWords >= MIN_RIVER_SHARE * keptWords) {
                titles.forEach(i -> decisions.set(i, new Decision(decisions.get(i).block(), true, "")));
            }
        }
    }

    private static String shapeOf(List<Decision> decisions, int i) {
        return SiblingShape.exact(decisions.get(i).block().owner());
    }

    /**
     * Whether the title and the summary after it make one story: the smallest element holding
     * both holds no other title of the shape. A grid of cards that end in a linked button ("Go
     * further", "Buy now") puts the next card's summary after each button, but the two share
     * only the grid, which holds the other buttons too.
     */
    private static boolean isOwnStory(List<Decision> decisions, List<Integer> candidates, int k, int summary) {
        Element story = commonAncestor(decisions.get(candidates.get(k)).block().owner(), decisions.get(summary).block().owner());
        return (k == 0 || !holds(story, decisions.get(candidates.get(k - 1)).block().owner()))
                && (k + 1 == candidates.size() || !holds(story, decisions.get(candidates.get(k + 1)).block().owner()));
    }

    /** The smallest element that is or holds both; null when they share no ancestor. */
    private static Element commonAncestor(Element a, Element b) {
        for (Element cur = a; cur != null; cur = cur.parent()) {
            if (holds(cur, b)) {
                return cur;
            }
        }
        return null;
    }

    /** Whether {@code e} is {@code container} or lies below it. */
    private static boolean holds(Element container, Element e) {
        return container != null && (e == container || RegionSelector.isInside(e, container));
    }

    /** A line that is one link of a headline's length, dropped as a link list. */
    private static boolean isTitleCandidate(Decision d) {
        TextBlock b = d.block();
        return !d.kept() && d.rule().equals(LinkListRule.NAME)
                && (b.kind() == BlockKind.TEXT || b.kind() == BlockKind.PARAGRAPH)
                && b.links() == 1 && b.words() >= MIN_TITLE_WORDS && b.words() <= MAX_TITLE_WORDS;
    }

    /**
     * The index of the kept summary paragraph the title heads, past images and its short date,
     * author or section line (kept, or dropped as a byline); -1 when a heading or any other text
     * comes first.
     */
    private static int summaryOf(List<Decision> decisions, int title) {
        int end = Math.min(decisions.size(), title + 1 + MAX_LOOKAHEAD);
        for (int j = title + 1; j < end; j++) {
            Decision d = decisions.get(j);
            TextBlock b = d.block();
            if (b.words() == 0) {
                continue;
            }
            if (d.kept() && b.kind() == BlockKind.PARAGRAPH && b.words() >= MIN_SUMMARY_WORDS) {
                return j;
            }
            if (b.kind() == BlockKind.HEADING || b.words() > MAX_DATELINE_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    private static int keptWords(List<Decision> decisions) {
        int words = 0;
        for (Decision d : decisions) {
            if (d.kept()) {
                words += d.block().words();
            }
        }
        return words;
    }
}
