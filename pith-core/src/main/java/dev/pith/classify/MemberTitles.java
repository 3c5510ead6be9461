package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the members' titles beside a thread's posts ("Well-known member", "Science Advisor",
 * "New member"): beside the posts' records ({@link AuthorCards},
 * {@link PostFigures}), a short unlinked line in an element of the same tag and class in each of
 * at least {@link PostFigures#MIN_POSTS} posts, whose few texts recur from post to post (a forum
 * has a handful of ranks) and whose posts hold far more text. The poster's name stays: it links
 * to the member's page.
 */
final class MemberTitles {

    /** A title is a few words; a longer line is something the poster wrote. */
    static final int MAX_WORDS = 3;
    /** The titles take at most this share of distinct texts over their lines: ranks recur, a poster's own words do not. */
    static final double MAX_DISTINCT_SHARE = 0.5;
    /**
     * The titles differ at least this much: members hold different ranks, where one text in every
     * card ("Pros & Cons", "Full-time") is a label of the card's own, not a member's.
     */
    static final int MIN_DISTINCT = 2;
    /** The posts hold at least this many times the titles' words: the title is a margin note. */
    static final double MIN_POST_TO_TITLES = 10.0;

    /** At least this share of the titles' items hold a member's record. */
    static final double MIN_ITEMS_WITH_RECORD = 0.5;

    private MemberTitles() {
    }

    /**
     * The indexes of the blocks that are members' titles, from the region's blocks grouped by
     * {@link PostFigures#byShape}; empty where no post holds a record ({@code records}: author
     * cards, figure lines' elements).
     */
    static Set<Integer> find(Collection<List<TextBlock>> byShape, Set<Element> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        Set<Element> holdRecords = new HashSet<>();
        for (Element record : records) {
            for (Element up = record; up != null && holdRecords.add(up); up = up.parent()) {
                // every ancestor up to one already marked
            }
        }
        Set<Integer> titles = new HashSet<>();
        for (List<TextBlock> lines : byShape) {
            if (lines.size() >= PostFigures.MIN_POSTS && areTitles(lines)
                    && PostFigures.standBesidePosts(lines, MIN_POST_TO_TITLES) && besideRecords(lines, holdRecords)) {
                lines.forEach(b -> titles.add(b.index()));
            }
        }
        return titles;
    }

    /**
     * Whether at least {@link #MIN_ITEMS_WITH_RECORD} of the items the lines stand in hold a
     * member's record (an author card, a post's figure line): the title is the member's, where a
     * listing's short labels ("Full-time", "Intermediate") recur in cards without one.
     */
    private static boolean besideRecords(List<TextBlock> lines, Set<Element> holdRecords) {
        Map<Element, Integer> linesWithin = PostFigures.linesWithin(lines);
        int withRecord = 0;
        for (TextBlock b : lines) {
            if (holdRecords.contains(PostFigures.itemOf(b.owner(), linesWithin))) {
                withRecord++;
            }
        }
        return withRecord >= MIN_ITEMS_WITH_RECORD * lines.size();
    }

    /** Whether every line is a few unlinked words and the lines repeat a few texts. */
    private static boolean areTitles(List<TextBlock> lines) {
        Set<String> distinct = new HashSet<>();
        for (TextBlock b : lines) {
            if (b.words() > MAX_WORDS || b.linkWords() > 0 || b.kind() == BlockKind.CODE) {
                return false;
            }
            distinct.add(b.text().strip());
        }
        return distinct.size() >= MIN_DISTINCT && distinct.size() <= MAX_DISTINCT_SHARE * lines.size();
    }
}
