package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the stamps a Q&A template sets in one slot of every post, with a verb that changes from
 * post to post: "asked Jun 29, 2012 at 10:51" on the question, "answered Jul 7, 2012 at 3:07" on
 * each answer, "edited Jan 28, 2013 at 19:38" beside the answers someone edited. Taken together
 * the slot names no one label ({@link PostFigures} asks most lines to share one), and a post with
 * both an "edited" and an "answered" stamp makes each stamp's item the small card it sits in, not
 * the post. Split by their opening word, the stamps of one verb are a thread's figure lines as
 * {@link PostFigures} judges them, each beside a post of its own; when those make up most of the
 * slot, the slot's other stamps (the question's "asked", the "edited" ones) go with them.
 */
final class PostStamps {

    /** A slot of stamps has a verb or two, three at most: asked, answered, edited. */
    static final int MAX_VERBS = 3;

    /** A member's card gives a few labelled values at most: join date, location, posts, reputation. */
    static final int MAX_LABELS = 6;
    /** A label is a few words before its colon: "Join Date", "Posts", "Reputation". */
    static final int MAX_LABEL_CHARS = 20;
    /** A member's card holds at most this many times the words of its labelled lines: a name, a title beside them. */
    static final double MAX_CARD_TO_LINES = 2.0;

    /** The stamps of the verbs found as figure lines make at least this share of the slot: the rest are the same stamp. */
    static final double MIN_FOUND_SHARE = 0.5;

    private PostStamps() {
    }

    /** The indexes of the blocks that are posts' stamps, from the region's blocks {@link PostFigures#byShape}; empty on most pages. */
    static Set<Integer> find(Collection<List<TextBlock>> byShape) {
        Set<Integer> stamps = new HashSet<>();
        for (List<TextBlock> slot : byShape) {
            if (slot.size() < PostFigures.MIN_POSTS) {
                continue;
            }
            Map<String, List<TextBlock>> byVerb = byOpeningWord(slot);
            if (byVerb == null || byVerb.size() < 2 || !isRecordSlot(byVerb, slot)) {
                // one verb: PostFigures judges the slot as it is
                continue;
            }
            Set<Integer> found = PostFigures.find(byVerb.values());
            if (!found.isEmpty() && (hasLabels(byVerb) || found.size() >= MIN_FOUND_SHARE * slot.size())) {
                slot.forEach(b -> stamps.add(b.index()));
            }
        }
        return stamps;
    }

    /**
     * A slot of a verb or few ({@link #MAX_VERBS}), or a member's record: labelled values
     * ({@link #MAX_LABELS} labels at most) in cards of their own ({@link #cards}), one of which
     * recurs whole, as a member who posts twice brings the same card ("Join Date: Aug 2008
     * Location: SIN Posts: 1,077"). A review's products each have a card of their own, even where
     * some of their values agree ("Weight Limit: 275 lb.").
     */
    private static boolean isRecordSlot(Map<String, List<TextBlock>> byOpening, List<TextBlock> slot) {
        if (!hasLabels(byOpening)) {
            return byOpening.size() <= MAX_VERBS;
        }
        Set<Element> cards = byOpening.size() <= MAX_LABELS ? cards(slot) : null;
        return cards != null && someRecurs(cards);
    }

    /** Whether two of the cards carry the same text. */
    private static boolean someRecurs(Set<Element> cards) {
        Set<String> seen = new HashSet<>();
        for (Element card : cards) {
            if (!seen.add(card.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether some lines are labelled values: their groups' keys end in the label's colon. */
    private static boolean hasLabels(Map<String, List<TextBlock>> byOpening) {
        for (String key : byOpening.keySet()) {
            if (key.endsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines grouped by their opening verb or label, in lower case; null unless every line is
     * a stamp (a word of letters, a space, then words that hold a figure: "answered Jul 7, 2012")
     * or a labelled value ("Posts: 1,077", "Join Date: Aug 2008"); the verbs of a slot that holds
     * both are judged as labels. A line that opens with a figure
     * ("400 lumens") or is neither ("Free updates") is no stamp.
     */
    private static Map<String, List<TextBlock>> byOpeningWord(List<TextBlock> lines) {
        Map<String, List<TextBlock>> byWord = new LinkedHashMap<>();
        for (TextBlock b : lines) {
            String text = b.text().strip();
            String opening = label(text);
            if (opening == null) {
                opening = openingVerb(text);
            }
            if (opening == null) {
                return null;
            }
            byWord.computeIfAbsent(opening, k -> new ArrayList<>()).add(b);
        }
        return byWord;
    }

    /** The line's opening word of letters in lower case, when a space and words with a figure follow it; else null. */
    private static String openingVerb(String line) {
        int end = 0;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        if (end == 0 || end == line.length() || line.charAt(end) != ' ' || !Chars.hasDigit(line.substring(end))) {
            return null;
        }
        return line.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The label of a "Label: value" line, letters and spaces before a colon, in lower case, with a colon; else null. */
    private static String label(String line) {
        int end = 0;
        while (end < line.length() && end <= MAX_LABEL_CHARS
                && (Character.isLetter(line.charAt(end)) || line.charAt(end) == ' ')) {
            end++;
        }
        if (end == 0 || end == line.length() || line.charAt(end) != ':' || !Character.isLetter(line.charAt(0))) {
            return null;
        }
        return line.substring(0, end + 1).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The elements the labelled lines stand in, when each holds little besides them: a member's
     * card ("Join Date: … Location: … Posts: …" beside the post); else null. Labelled values set
     * in the text itself ("Price: $75" under each section of a guide) stand in an element with the
     * section's prose, and are the text's data.
     */
    private static Set<Element> cards(List<TextBlock> lines) {
        Map<Element, Integer> lineWords = new IdentityHashMap<>();
        for (TextBlock b : lines) {
            Element card = b.owner().parent();
            if (card == null) {
                return null;
            }
            lineWords.merge(card, b.words(), Integer::sum);
        }
        for (Map.Entry<Element, Integer> card : lineWords.entrySet()) {
            if (TextMetrics.words(card.getKey().text()) > MAX_CARD_TO_LINES * card.getValue()) {
                return null;
            }
        }
        return lineWords.keySet();
    }
}
